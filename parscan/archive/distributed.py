"""Where batch tasks run: a local process pool, or an existing Dask distributed cluster.

Both runners expose the same four calls (`submit`, `wait_any`, `is_broken`, `close`) so the batch
loop in `parscan.archive.batch` does not care which one it drives. No home-made scheduling:
the local one is `concurrent.futures.ProcessPoolExecutor`, the remote one `dask.distributed.Client`.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor
from concurrent.futures import wait as futures_wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from parscan.errors import ParscanError

# What the forkserver imports once, before it forks any worker (each worker then starts in ms).
# Last, Tesseract's default model: each worker then starts with it (parscan.archive.model_preload).
PRELOAD = ["parscan.archive.worker", "parscan.pipeline.run", "parscan.archive.model_preload"]
# One Tesseract thread per worker: on a busy machine N single-threaded workers beat OpenMP threads.
# OpenCV too (it reads OPENCV_FOR_THREADS_NUM when it loads): with every core already running a
# worker, its thread pool only adds spinning and switching; single-threaded, the morphology and
# labelling of a page cost ~0.1 s less CPU (BENCHMARKS.md, issue 16, session 6).
# (Here, not in `worker`, so that starting the forkserver early imports neither pydantic nor the models.)
WORKER_ENV = {"OMP_THREAD_LIMIT": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
              "OPENCV_FOR_THREADS_NUM": "1"}


class Runner(Protocol):
    workers: int
    description: str

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any: ...

    def wait_any(self, futures: Iterable[Any], timeout: float) -> set[Any]: ...

    def is_broken(self, exc: BaseException) -> bool: ...

    def restart(self) -> None: ...

    def close(self, *, kill: bool = False) -> None: ...


class LocalRunner:
    """`ProcessPoolExecutor` with single-threaded, memory-limited workers.

    Workers come from a forkserver that has already imported the pipeline, so starting one costs
    milliseconds instead of the ~1 s import of numpy/OpenCV/pydantic, and no client thread is forked.
    """

    def __init__(self, workers: int, memory_limit_mb: int | None) -> None:
        self.workers = workers
        self.memory_limit_mb = memory_limit_mb
        self.description = f"{workers} local worker process(es)"
        self._context = start_forkserver()
        self._pool = self._new_pool()

    def _new_pool(self) -> ProcessPoolExecutor:
        from parscan.archive.worker import init_worker

        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=self._context,
            initializer=init_worker,
            initargs=(self.memory_limit_mb,),
        )

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self._pool.submit(fn, *args)

    def wait_any(self, futures: Iterable[Any], timeout: float) -> set[Any]:
        done, _ = futures_wait(list(futures), timeout=timeout, return_when=FIRST_COMPLETED)
        return set(done)

    def is_broken(self, exc: BaseException) -> bool:
        return isinstance(exc, BrokenProcessPool)

    def restart(self) -> None:
        """A worker died (killed by the OOM killer, a crash in a native library): start a new pool."""
        self.close(kill=True)
        self._pool = self._new_pool()

    def close(self, *, kill: bool = False, wait: bool = True) -> None:
        """End the pool; `wait=False` returns without waiting for idle workers to exit (~0.1 s: they
        exit on their own, and the interpreter joins them at its exit)."""
        if kill:
            # Workers ignore SIGINT (and so do the Tesseract commands they start): end them and their
            # children, so an interrupted run neither waits for a page to finish nor leaves orphans.
            for process in list(getattr(self._pool, "_processes", {}).values()):
                if process.is_alive():
                    _kill_children_of(process.pid)
                    process.kill()
        self._pool.shutdown(wait=wait or kill, cancel_futures=True)


def default_workers() -> int:
    """The cores this process may use: the default of `batch --workers` and `extract --jobs`."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def start_forkserver() -> Any:
    """Start (once) the forkserver the local workers fork from, with the pipeline preloaded.

    Cheap to call early: `parscan extract --jobs N` calls it first thing, so the forkserver imports
    the pipeline on one core while the client imports it on another. Returns the context.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD)
    saved = {name: os.environ.get(name) for name in WORKER_ENV}
    os.environ.update(WORKER_ENV)  # inherited by the forkserver before it imports numpy and Tesseract
    try:
        _start_forkserver_ignoring_sigint()
    finally:  # this process keeps its own settings (it may still OCR a one-page file itself)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return context


def _kill_children_of(pid: int) -> None:
    try:
        import psutil

        children = psutil.Process(pid).children(recursive=True)
    except Exception:  # noqa: BLE001 - psutil missing, or the worker already gone
        return
    for child in children:
        try:
            child.kill()
        except psutil.Error:
            pass


def _start_forkserver_ignoring_sigint() -> None:
    """Start the forkserver with Ctrl-C ignored: the client handles Ctrl-C (marks files pending,
    ends workers); a forkserver still importing the pipeline would otherwise print a traceback."""
    from multiprocessing import forkserver

    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


class DaskRunner:
    """The same tasks on an existing Dask distributed cluster (`--scheduler tcp://host:port`).

    Workers need parscan and Tesseract installed and must see the input paths (shared storage);
    the SQLite store stays with the client, which is the only writer.
    """

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError as exc:  # pragma: no cover - dask[distributed] is a dependency
            raise ParscanError("--scheduler needs dask[distributed] installed") from exc
        try:
            self._client = Client(address, timeout="20s", set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise ParscanError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        from parscan.archive.dask_worker_setup import PLUGIN_NAME, ParscanWorkerSetup

        # on every worker, now and joining later: the local pool's memory and thread settings, the
        # profiler paused, the pipeline preloaded (why: parscan.archive.dask_worker_setup)
        try:
            self._client.register_plugin(ParscanWorkerSetup(), name=PLUGIN_NAME)
        except Exception as exc:  # the scheduler or a worker cannot import this parscan
            self._client.close()
            raise ParscanError(
                f"the Dask cluster at {address} cannot load parscan ({exc.__class__.__name__}: {exc}); "
                "the scheduler and every worker need the client's parscan installed"
            ) from exc
        threads = sum(self._client.nthreads().values())
        self.workers = max(1, threads)
        self.description = f"Dask cluster {address} ({threads} worker thread(s))"

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        # pure=False: a retried page must run again, not return a cached failure
        return self._client.submit(fn, *args, pure=False)

    def wait_any(self, futures: Iterable[Any], timeout: float) -> set[Any]:
        from distributed import wait

        futures = list(futures)
        try:
            with self._client.as_current():
                done, _ = wait(futures, timeout=timeout, return_when="FIRST_COMPLETED")
        except TimeoutError:
            return set()
        return set(done)

    def is_broken(self, exc: BaseException) -> bool:
        return False  # Dask reschedules tasks of lost workers itself; KilledWorker is a per-task failure

    def restart(self) -> None:  # pragma: no cover - never broken
        pass

    def close(self, *, kill: bool = False) -> None:
        from parscan.archive.dask_worker_setup import PLUGIN_NAME

        try:  # the workers get their own settings back (a cluster outlives the batch)
            self._client.unregister_worker_plugin(PLUGIN_NAME)
        except Exception:  # noqa: BLE001 - a scheduler already gone must not hide the batch's outcome
            pass
        self._client.close()
