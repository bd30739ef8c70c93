"""Batch digitising of archives: many files, split into page tasks, results kept in a SQLite store.

Why pages and not files: one 200-page report must not hold one worker for an hour while the
others sit idle, so every file is cut into page tasks; pages of the next files are queued behind
them and a file is assembled (repair + extraction) as soon as its last page is back. Only a bounded
window of pages is in flight, which bounds both the client's memory and what a crash can lose.
"""

from __future__ import annotations

import glob
import os
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from parscan.archive.distributed import default_workers
from parscan.archive.store import FileTimings, Store
from parscan.archive.worker import FileOutcome, PageOutcome, run_assemble, run_page
from parscan.errors import BadInputError
from parscan.pipeline.ingest import open_source, sha256_of
from parscan.pipeline.options import ExtractOptions
from parscan.schemas.document import PageResult, Source

DEFAULT_PAGE_TIMEOUT_S = 300.0
DEFAULT_MEMORY_LIMIT_MB = 2048
MAX_PAGE_LOSSES = 2  # a page whose worker died this many times fails its file
WINDOW_PER_WORKER = 2
WORKER_DIED = "worker process died (out of memory, crash, or stuck past the page time limit)"  # pages in flight per worker: keeps workers busy, bounds what a crash loses


@dataclass
class BatchConfig:
    inputs: list[str]
    db: Path
    workers: int | None = None
    scheduler: str | None = None
    pdf_out: Path | None = None
    retry_failed: bool = False
    options: ExtractOptions = field(default_factory=lambda: ExtractOptions(page_timeout_s=DEFAULT_PAGE_TIMEOUT_S))
    memory_limit_mb: int | None = DEFAULT_MEMORY_LIMIT_MB


@dataclass
class Failure:
    path: str
    error: str


@dataclass
class BatchSummary:
    found: int = 0  # input paths found
    unique: int = 0  # distinct contents among them
    already_done: int = 0
    skipped_failed: int = 0  # failed earlier, not retried (no --retry-failed)
    aliases: int = 0  # paths whose content was already known under another path
    done: int = 0
    failed: int = 0
    pages: int = 0
    seconds: float = 0.0
    recovered: int = 0  # files left `running` by a crashed run, put back to pending
    failures: list[Failure] = field(default_factory=list)
    runner: str = ""

    @property
    def pages_per_min(self) -> float:
        return self.pages / self.seconds * 60.0 if self.seconds > 0 else 0.0


class BatchProgress(Protocol):
    """What the loop reports; `parscan.archive.progress` draws it with rich."""

    def start(self, files: int, pages: int) -> None: ...

    def page_done(self) -> None: ...

    def file_done(self, pages_left_unprocessed: int = 0) -> None: ...

    def stop(self) -> None: ...


class _Silent:
    def start(self, files: int, pages: int) -> None:
        pass

    def page_done(self) -> None:
        pass

    def file_done(self, pages_left_unprocessed: int = 0) -> None:
        pass

    def stop(self) -> None:
        pass


# -- inputs --------------------------------------------------------------------------------------


def discover_inputs(inputs: list[str], exclude: list[Path] | None = None) -> list[Path]:
    """Files, directories (recursively, hidden entries skipped) and glob patterns -> sorted file list.

    The store, its WAL/lock files and the PDF output folder are excluded, so running a batch
    over the folder that holds them never feeds parscan its own outputs.
    """
    excluded_files: set[Path] = set()
    excluded_dirs: list[Path] = []
    for path in exclude or []:
        resolved = path.resolve()
        if path.is_dir():
            excluded_dirs.append(resolved)
        excluded_files.update({resolved, *(Path(f"{resolved}{s}") for s in ("-wal", "-shm", "-journal", ".lock"))})

    found: dict[Path, None] = {}

    def add(path: Path) -> None:
        resolved = path.resolve()
        if resolved in excluded_files or any(resolved.is_relative_to(d) for d in excluded_dirs):
            return
        found.setdefault(resolved, None)

    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        add(Path(root) / name)
        elif path.is_file():
            add(path)
        elif glob.has_magic(item):
            for match in sorted(glob.glob(item, recursive=True)):
                if Path(match).is_file():
                    add(Path(match))
    return sorted(found)


# -- the loop ------------------------------------------------------------------------------------


@dataclass
class _FileJob:
    path: str
    sha256: str
    source: Source | None = None
    numbers: list[int] = field(default_factory=list)
    queue: deque[int] = field(default_factory=deque)  # pages not yet submitted
    results: dict[int, PageResult] = field(default_factory=dict)
    losses: dict[int, int] = field(default_factory=dict)
    error: str | None = None
    started: float = 0.0
    page_cpu_s: float = 0.0
    peak_rss_mb: float | None = None
    in_flight: int = 0
    assembling: bool = False

    def timings(self, extra_cpu: float = 0.0) -> FileTimings:
        return FileTimings(
            wall_s=round(time.perf_counter() - self.started, 3),
            page_cpu_s=round(self.page_cpu_s + extra_cpu, 3),
            peak_rss_mb=self.peak_rss_mb,
        )


def make_runner(config: BatchConfig) -> Any:
    from parscan.archive.distributed import DaskRunner, LocalRunner

    if config.scheduler:
        return DaskRunner(config.scheduler)
    return LocalRunner(config.workers or default_workers(), config.memory_limit_mb)


class BatchRun:
    """One `parscan batch` invocation over a store."""

    def __init__(self, config: BatchConfig, store: Store, progress: BatchProgress | None = None) -> None:
        self.config = config
        self.store = store
        self.progress = progress or _Silent()
        self.summary = BatchSummary()
        self.jobs: list[_FileJob] = []
        self._active: deque[_FileJob] = deque()
        self._pdf_names: dict[str, str] = {}

    # planning: hash, dedupe, skip what is done, probe the rest (corrupt/encrypted fail here)

    def plan(self) -> list[_FileJob]:
        exclude = [self.config.db] + ([self.config.pdf_out] if self.config.pdf_out else [])
        paths = discover_inputs(self.config.inputs, exclude)
        self.summary.found = len(paths)
        if not paths:
            raise BadInputError("no input files found in " + " ".join(self.config.inputs))
        self.summary.recovered = self.store.recover()
        seen: set[str] = set()
        stems: dict[str, set[str]] = {}
        for path in paths:
            try:
                sha = sha256_of(path)
            except OSError as exc:
                self.summary.failures.append(Failure(str(path), f"cannot read file: {exc.strerror or exc}"))
                self.summary.failed += 1
                continue
            if sha in seen:
                if str(path) not in self.store.aliases(sha):
                    self.summary.aliases += 1
                self.store.register(sha, str(path))
                continue
            seen.add(sha)
            known_paths = self.store.aliases(sha)
            row = self.store.register(sha, str(path))
            if known_paths and str(path) not in known_paths:
                self.summary.aliases += 1  # a renamed or copied file: recorded, not processed again
            if row.state == "done":
                self.summary.already_done += 1
                continue
            if row.state == "failed" and not self.config.retry_failed:
                self.summary.skipped_failed += 1
                continue
            stems.setdefault(path.stem, set()).add(sha)
            self.jobs.append(_FileJob(path=str(path), sha256=sha))
        self.summary.unique = len(seen)
        for job in self.jobs:
            stem = Path(job.path).stem
            self._pdf_names[job.sha256] = f"{stem}.pdf" if len(stems[stem]) == 1 else f"{stem}-{job.sha256[:8]}.pdf"
        ready = []
        for job in self.jobs:
            if self._probe(job):
                ready.append(job)
        return ready

    def _probe(self, job: _FileJob) -> bool:
        try:
            with open_source(job.path, self.config.options) as handle:
                job.source = handle.source
                job.numbers = handle.page_numbers(self.config.options)
        except BadInputError as exc:
            self._fail(job, str(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - an unreadable file must not stop the batch
            self._fail(job, f"{job.path}: cannot open ({exc.__class__.__name__}: {exc})")
            return False
        job.queue = deque(job.numbers)
        self.store.set_source(job.source)
        return True

    def _fail(self, job: _FileJob, error: str) -> None:
        if not job.started:
            self.store.mark_running(job.sha256)  # counts the attempt
            job.started = time.perf_counter()
        self.store.mark_failed(job.sha256, error, job.timings())
        self.summary.failed += 1
        self.summary.failures.append(Failure(job.path, error))
        job.error = error

    def run(self) -> BatchSummary:
        started = time.perf_counter()
        ready = self.plan()
        if not ready:
            self.summary.seconds = time.perf_counter() - started
            return self.summary
        runner = make_runner(self.config)
        self.summary.runner = runner.description
        self.progress.start(len(ready), sum(len(j.numbers) for j in ready))
        try:
            self._loop(runner, deque(ready))
            self._check_all_settled(ready)
        except BaseException:
            # Ctrl-C or an internal error: files in flight go back to pending; a rerun finishes them
            for job in ready:
                row = self.store.get(job.sha256)
                if row is not None and row.state == "running":
                    self.store.mark_pending(job.sha256)
            runner.close(kill=True)
            self.progress.stop()
            raise
        runner.close()
        self.progress.stop()
        self.summary.seconds = time.perf_counter() - started
        return self.summary

    def _check_all_settled(self, ready: list[_FileJob]) -> None:
        """Every started file must end done or failed; anything else is a bug, kept resumable."""
        for job in ready:
            row = self.store.get(job.sha256)
            if row is not None and row.state in ("running", "pending"):
                raise RuntimeError(f"batch loop ended with {job.path} unfinished; rerun to resume")

    def _loop(self, runner: Any, waiting: deque[_FileJob]) -> None:
        window = max(2, runner.workers * WINDOW_PER_WORKER)
        futures: dict[Any, tuple[str, _FileJob, int]] = {}
        active = self._active = deque()  # started files with pages still to submit

        def top_up() -> None:
            while sum(1 for kind, _, _ in futures.values() if kind == "page") < window:
                while active and (active[0].error or not active[0].queue):
                    active.popleft()
                if not active:
                    if not waiting:
                        return
                    job = waiting.popleft()
                    self.store.mark_running(job.sha256)
                    job.started = time.perf_counter()
                    active.append(job)
                    continue
                job = active[0]
                number = job.queue.popleft()
                future = runner.submit(run_page, job.path, job.sha256, number, self.config.options)
                futures[future] = ("page", job, number)
                job.in_flight += 1

        top_up()
        while futures:
            done = runner.wait_any(futures.keys(), timeout=1.0)
            broken = False
            for future in done:
                kind, job, number = futures.pop(future)
                if kind == "page":
                    job.in_flight -= 1
                try:
                    outcome = future.result()
                except BaseException as exc:  # noqa: BLE001 - a worker died or the task was lost
                    if runner.is_broken(exc):
                        broken = True
                        self._lost(job, kind, number, futures)
                        continue
                    outcome = None
                    error = f"worker failure: {exc.__class__.__name__}: {exc}".strip()
                    if kind == "page":
                        outcome = PageOutcome(sha256=job.sha256, number=number, error=f"page {number}: {error}")
                    else:
                        outcome = FileOutcome(sha256=job.sha256, error=f"assembly: {error}")
                if kind == "page":
                    self._page_back(job, outcome, runner, futures)
                else:
                    self._file_back(job, outcome)
            if broken:
                runner.restart()
                self._resubmit_lost(runner, futures)
            top_up()

    def _lost(self, job: _FileJob, kind: str, number: int, futures: dict) -> None:
        """The pool died under this task: requeue it unless it keeps killing workers."""
        if kind == "assemble":
            job.assembling = False
            job.losses[0] = job.losses.get(0, 0) + 1
            if job.losses[0] >= MAX_PAGE_LOSSES:
                self._finish_failed(job, f"assembly: {WORKER_DIED}")
            return
        job.losses[number] = job.losses.get(number, 0) + 1
        if job.losses[number] >= MAX_PAGE_LOSSES and job.error is None:
            self._finish_failed(job, f"page {number}: {WORKER_DIED}")
        elif job.error is None:
            self._requeue(job, number)

    def _resubmit_lost(self, runner: Any, futures: dict) -> None:
        """After a restart: pending futures of the old pool are gone; queue their pages again."""
        for future, (kind, job, number) in list(futures.items()):
            futures.pop(future)
            if kind == "page":
                job.in_flight -= 1
                if job.error is None:
                    self._requeue(job, number)
            else:
                job.assembling = False
        # jobs with all pages back but not assembled (their assembly was lost) are resubmitted
        for job in self.jobs:
            if job.error is None and job.started and not job.queue and not job.in_flight and not job.assembling:
                if job.source is not None and len(job.results) == len(job.numbers) and not self._is_done(job):
                    self._submit_assemble(job, runner, futures)

    def _requeue(self, job: _FileJob, number: int) -> None:
        """Submit this page again (first in line): its worker died before answering."""
        job.queue.appendleft(number)
        if job not in self._active:
            self._active.appendleft(job)

    def _is_done(self, job: _FileJob) -> bool:
        row = self.store.get(job.sha256)
        return row is not None and row.state in ("done", "failed")

    def _page_back(self, job: _FileJob, outcome: PageOutcome, runner: Any, futures: dict) -> None:
        job.page_cpu_s += outcome.seconds
        if outcome.peak_rss_mb is not None:
            job.peak_rss_mb = max(job.peak_rss_mb or 0.0, outcome.peak_rss_mb)
        if job.error is not None:
            return  # the file already failed; late pages are dropped
        self.summary.pages += 1
        self.progress.page_done()
        if outcome.error or outcome.result is None:
            self._finish_failed(job, outcome.error or f"page {outcome.number}: no result")
            return
        job.results[outcome.number] = outcome.result
        if len(job.results) == len(job.numbers):
            self._submit_assemble(job, runner, futures)

    def _submit_assemble(self, job: _FileJob, runner: Any, futures: dict) -> None:
        assert job.source is not None
        results = [job.results[n] for n in job.numbers]
        future = runner.submit(run_assemble, job.source, results, self.config.options)
        futures[future] = ("assemble", job, 0)
        job.assembling = True

    def _finish_failed(self, job: _FileJob, error: str) -> None:
        unprocessed = len(job.queue) + job.in_flight
        job.queue.clear()
        self._fail(job, f"{job.path}: {error}" if not error.startswith(job.path) else error)
        self.progress.file_done(unprocessed)

    def _file_back(self, job: _FileJob, outcome: FileOutcome) -> None:
        job.assembling = False
        if job.error is not None:
            return
        if outcome.error or outcome.document is None:
            self._finish_failed(job, outcome.error or "assembly returned nothing")
            return
        doc = outcome.document
        if self.config.pdf_out is not None and doc.source.kind != "text":
            from parscan.exporters.searchable_pdf import write_searchable_pdf

            target = self.config.pdf_out / self._pdf_names[job.sha256]
            try:
                write_searchable_pdf(job.path, doc, target)
            except Exception as exc:  # noqa: BLE001 - the records are still worth keeping
                doc.warnings.append(f"searchable PDF not written: {exc.__class__.__name__}: {exc}")
        self.store.save_document(doc, job.timings(outcome.seconds))
        self.summary.done += 1
        self.progress.file_done()


def run_batch(config: BatchConfig, progress: BatchProgress | None = None) -> BatchSummary:
    """Run a batch to the end (or to Ctrl-C); the store holds the outcome of every file."""
    with Store(config.db) as store:
        store.lock()
        return BatchRun(config, store, progress).run()
