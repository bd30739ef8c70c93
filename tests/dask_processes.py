"""A Dask scheduler and workers started as separate processes, as on a real cluster.

Why not `distributed.LocalCluster`: it starts its scheduler inside the calling process and its
workers with that process's imports and settings, which hides what a real cluster pays (its own
interpreters, the network hop, workers that never imported parscan). Used by
`tests/test_batch_cluster.py` and `benchmarks/bench_cluster.py`. Loopback only; every process is
started in its own session so that `stop` ends it and its children (nannies' workers), also when
the caller fails half way.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from contextlib import contextmanager
from collections.abc import Iterator
from pathlib import Path

DASK = str(Path(sys.executable).with_name("dask"))
READY_TIMEOUT_S = 60.0


def _spawn(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    with open(log, "wb") as out:
        return subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def stop(processes: list[subprocess.Popen]) -> None:
    """End each process group we started (the workers first), waiting a moment, then SIGKILL."""
    for process in reversed(processes):
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
    deadline = time.monotonic() + 10
    for process in reversed(processes):
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            pass
        try:  # the group may outlive its leader (a nanny's worker): kill whatever is left of it
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.wait()


def _scheduler_address(scheduler_file: Path, scheduler: subprocess.Popen, log: Path) -> str:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if scheduler.poll() is not None:
            raise RuntimeError(f"dask scheduler exited: {log.read_text(errors='replace')[-2000:]}")
        if scheduler_file.is_file():
            try:
                return json.loads(scheduler_file.read_text())["address"]
            except (ValueError, KeyError):
                pass  # written but not yet complete
        time.sleep(0.1)
    raise RuntimeError("dask scheduler did not start in time")


def _wait_for_workers(address: str, workers: int) -> None:
    from distributed import Client

    with Client(address, timeout="20s", set_as_default=False) as client:
        client.wait_for_workers(workers, timeout=READY_TIMEOUT_S)


@contextmanager
def dask_cluster(
    workdir: Path, *, workers: int = 2, threads: int = 1, env: dict[str, str] | None = None
) -> Iterator[str]:
    """`dask scheduler` + `dask worker --nworkers N --nthreads T` on 127.0.0.1; yields the address."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1", **(env or {})}
    workdir.mkdir(parents=True, exist_ok=True)
    scheduler_file = workdir / "scheduler.json"
    processes: list[subprocess.Popen] = []
    try:
        processes.append(_spawn(
            [DASK, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
             "--scheduler-file", str(scheduler_file)],
            env, workdir / "scheduler.log",
        ))
        address = _scheduler_address(scheduler_file, processes[0], workdir / "scheduler.log")
        processes.append(_spawn(
            [DASK, "worker", address, "--host", "127.0.0.1", "--nworkers", str(workers), "--nthreads", str(threads),
             "--no-dashboard", "--local-directory", str(workdir / "workers")],
            env, workdir / "workers.log",
        ))
        _wait_for_workers(address, workers)
        yield address
    finally:
        stop(processes)
