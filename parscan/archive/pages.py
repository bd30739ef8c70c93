"""One file's pages on the batch's local worker pool: `parscan extract FILE --jobs N`.

`WorkerPages` is a `PageRunner` for `parscan.pipeline.run.extract`: the page stage (ingest,
preprocess, OCR, tables) of each page runs in a worker of the same `LocalRunner` as `parscan
batch` (forkserver with the pipeline preloaded, single-threaded Tesseract, memory-limited), while
the document-level stages (repair, extraction) stay in the client, in page order. Workers rasterise
their page from the file by its number, and only a window of pages is in flight, so the client
never holds page images and a 200-page file costs no more memory than a 2-page one.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Iterator
from typing import Any

from parscan.archive.batch import DEFAULT_MEMORY_LIMIT_MB, MAX_PAGE_LOSSES, WINDOW_PER_WORKER, WORKER_DIED
from parscan.archive.worker import extract_page
from parscan.errors import ParscanError
from parscan.pipeline.ingest import SourceHandle
from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.run import pages_in_process
from parscan.schemas.document import PageResult


class WorkerPages:
    """Run the pages of one opened source on `jobs` worker processes; results in completion order.

    With one job, one page, or a text file (nothing to OCR) the pages run in this process, as
    `parscan extract --jobs 1` always did. After a run: `workers` used (0: in process),
    `peak_rss_mb` the largest peak resident memory of one worker (its own plus its largest child).
    """

    def __init__(self, jobs: int, memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB) -> None:
        self.jobs = max(1, jobs)
        self.memory_limit_mb = memory_limit_mb
        self.workers = 0
        self.peak_rss_mb: float | None = None
        self.seconds = 0.0

    def __call__(self, handle: SourceHandle, numbers: list[int], options: ExtractOptions) -> Iterator[PageResult]:
        started = time.perf_counter()
        try:
            if self.jobs == 1 or len(numbers) < 2 or handle.source.kind == "text":
                yield from pages_in_process(handle, numbers, options)
            else:
                yield from self._on_workers(handle.source.path, handle.source.sha256, numbers, options)
        finally:
            self.seconds = time.perf_counter() - started

    def _on_workers(self, path: str, sha256: str, numbers: list[int], options: ExtractOptions) -> Iterator[PageResult]:
        from parscan.archive.distributed import LocalRunner

        runner = LocalRunner(min(self.jobs, len(numbers)), self.memory_limit_mb)
        self.workers = runner.workers
        window = max(2, runner.workers * WINDOW_PER_WORKER)
        waiting = deque(numbers)
        futures: dict[Any, int] = {}
        losses: dict[int, int] = {}
        try:
            while waiting or futures:
                while waiting and len(futures) < window:
                    number = waiting.popleft()
                    futures[runner.submit(extract_page, path, sha256, number, options)] = number
                broken = False
                for future in runner.wait_any(futures.keys(), timeout=1.0):
                    number = futures.pop(future)
                    try:
                        outcome = future.result()  # a page's failure is raised here, as in process
                    except BaseException as exc:
                        if not runner.is_broken(exc):
                            raise
                        broken = True
                        losses[number] = losses.get(number, 0) + 1
                        if losses[number] >= MAX_PAGE_LOSSES:
                            raise ParscanError(f"{path}: page {number}: {WORKER_DIED}") from None
                        waiting.appendleft(number)
                        continue
                    if outcome.peak_rss_mb is not None:
                        self.peak_rss_mb = max(self.peak_rss_mb or 0.0, outcome.peak_rss_mb)
                    yield outcome.result
                if broken:  # a worker died (OOM killer, native crash): the pool is gone; start again
                    waiting.extendleft(sorted(futures.values(), reverse=True))
                    futures.clear()
                    runner.restart()
        except BaseException:
            # Ctrl-C, a failed page, or the caller stopped reading: end the workers now, no orphans
            runner.close(kill=True)
            raise
        runner.close(wait=False)  # every page is in: assemble while the idle workers exit
