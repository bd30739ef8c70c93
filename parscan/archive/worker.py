"""What runs inside a batch worker process: one page, or the assembly of one file.

Both functions are plain, picklable module-level functions so the same code runs in a local
`ProcessPoolExecutor` and on a Dask distributed cluster. They never raise for a bad input: the
reason comes back in the outcome, the file is recorded as failed and the batch goes on.
"""

from __future__ import annotations

import os
import pickle
import resource
import signal
import threading
import time
from dataclasses import dataclass, field

from parscan.archive.distributed import WORKER_ENV
from parscan.errors import ParscanError
from parscan.pipeline.options import ExtractOptions
from parscan.schemas.document import PageResult, ParscanDocument, Source


STUCK_EXIT_CODE = 70
HARD_LIMIT_FACTOR = 3  # the hard limit is this many times the page timeout, plus HARD_LIMIT_SLACK_S
HARD_LIMIT_SLACK_S = 30.0


class PageTimeout(Exception):
    """Raised by the SIGALRM guard when a page runs past its time limit."""


@dataclass
class PageOutcome:
    sha256: str
    number: int
    result: PageResult | None = None
    error: str | None = None
    seconds: float = 0.0
    peak_rss_mb: float | None = None


@dataclass
class FileOutcome:
    sha256: str
    document: ParscanDocument | None = None
    error: str | None = None
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


def init_worker(memory_limit_mb: int | None) -> None:
    """ProcessPoolExecutor initializer: thread limits, memory guard, leave Ctrl-C to the client."""
    os.environ.update(WORKER_ENV)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if memory_limit_mb:
        limit = memory_limit_mb * 1024 * 1024
        # Address-space limit: a runaway allocation raises MemoryError in this worker (and the
        # Tesseract child inherits it) instead of pushing the whole machine into swap.
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def peak_rss_mb() -> float:
    """Peak resident memory of this worker plus its largest Tesseract child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round((own + child) / 1024.0, 1)


def _kill_children() -> None:
    """A timed-out page may leave a Tesseract process behind; end it (only our own children)."""
    try:
        import psutil
    except ImportError:
        return
    for child in psutil.Process().children(recursive=True):
        try:
            child.kill()
        except psutil.Error:
            pass


def _stuck(number: int) -> None:
    """Last resort for a page stuck inside native code (in-process OCR does not see SIGALRM until
    the C call returns): end this worker; the client records the loss and fails the file after
    MAX_PAGE_LOSSES, so a batch over an archive can never hang on one page."""
    os._exit(STUCK_EXIT_CODE)


def _on_alarm(signum: int, frame: object) -> None:
    _kill_children()
    raise PageTimeout


def run_page(path: str, sha256: str, number: int, options: ExtractOptions) -> PageOutcome:
    """OCR one page; the reason of any failure comes back in `error`."""
    from parscan.pipeline.ingest import open_source
    from parscan.pipeline.run import process_page

    os.environ.update(WORKER_ENV)  # Dask workers do not run our initializer
    started = time.perf_counter()
    outcome = PageOutcome(sha256=sha256, number=number)
    timeout = options.page_timeout_s
    # SIGALRM only works in a process's main thread: true in a ProcessPoolExecutor worker; on Dask
    # worker threads the per-call Tesseract timeout (options.page_timeout_s) still applies.
    guard = bool(timeout) and threading.current_thread() is threading.main_thread()
    watchdog = None
    if guard:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, float(timeout))
        watchdog = threading.Timer(float(timeout) * HARD_LIMIT_FACTOR + HARD_LIMIT_SLACK_S, _stuck, (number,))
        watchdog.daemon = True
        watchdog.start()
    try:
        with open_source(path, options, sha256=sha256) as handle:
            outcome.result = process_page(handle, number, options)
    except PageTimeout:
        outcome.error = f"page {number}: timed out after {timeout:g} s"
    except MemoryError:
        outcome.error = f"page {number}: out of memory (worker memory limit reached)"
    except ParscanError as exc:
        message = str(exc)
        outcome.error = message if message.startswith(("page ", str(path))) else f"page {number}: {message}"
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop an archive batch
        outcome.error = f"page {number}: internal error: {exc.__class__.__name__}: {exc}"
    finally:
        if guard:
            watchdog.cancel()
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    outcome.seconds = time.perf_counter() - started
    outcome.peak_rss_mb = peak_rss_mb()
    return outcome


def extract_page(path: str, sha256: str, number: int, options: ExtractOptions) -> PageOutcome:
    """One page of `parscan extract --jobs N`, rasterised here from the file by its number.

    Unlike `run_page` a failure is raised, as `process_page` raises it in process, so the command
    fails with the same message and exit code as with `--jobs 1`.
    """
    from parscan.pipeline.ingest import open_source
    from parscan.pipeline.run import process_page

    os.environ.update(WORKER_ENV)
    started = time.perf_counter()
    try:
        with open_source(path, options, sha256=sha256) as handle:
            result = process_page(handle, number, options)
    except MemoryError:
        raise ParscanError(f"page {number}: out of memory (worker memory limit reached)") from None
    except Exception as exc:
        try:  # an exception that cannot travel back to the client is sent in words
            pickle.loads(pickle.dumps(exc))
        except Exception:  # noqa: BLE001
            raise ParscanError(f"page {number}: internal error: {exc.__class__.__name__}: {exc}") from None
        raise
    return PageOutcome(sha256=sha256, number=number, result=result, seconds=time.perf_counter() - started,
                       peak_rss_mb=peak_rss_mb())


def run_assemble(source: Source, results: list[PageResult], options: ExtractOptions) -> FileOutcome:
    """Join the pages of one file, repair and extract (runs on a worker: repair is CPU work)."""
    from parscan.pipeline.run import assemble

    started = time.perf_counter()
    outcome = FileOutcome(sha256=source.sha256)
    try:
        outcome.document = assemble(source, results, options)
    except MemoryError:
        outcome.error = "assembly: out of memory (worker memory limit reached)"
    except Exception as exc:  # noqa: BLE001 - recorded as the file's failure reason
        outcome.error = f"assembly: {exc.__class__.__name__}: {exc}"
    outcome.seconds = time.perf_counter() - started
    return outcome
