"""The batch progress bar on stderr: files, pages, pages per minute and ETA (rich)."""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn


class RichBatchProgress:
    """Counts pages as they come back; the ETA is the remaining pages at the rate seen so far."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self._progress = Progress(
            TextColumn("[bold]batch"),
            BarColumn(),
            TextColumn("files {task.fields[files]}"),
            TextColumn("pages {task.completed:.0f}/{task.total:.0f}"),
            TextColumn("{task.fields[rate]} pages/min"),
            TextColumn("ETA {task.fields[eta]}"),
            console=self.console,
            transient=False,
        )
        self._task = None
        self._files_total = 0
        self._files_done = 0
        self._started = 0.0

    def start(self, files: int, pages: int) -> None:
        self._files_total = files
        self._started = time.perf_counter()
        self._task = self._progress.add_task("batch", total=pages, files=f"0/{files}", rate="-", eta="-")
        self._progress.start()

    def _refresh(self) -> None:
        task = self._progress.tasks[0]
        elapsed = time.perf_counter() - self._started
        rate = task.completed / elapsed * 60.0 if elapsed > 0 else 0.0
        left = max(0.0, (task.total or 0) - task.completed)
        eta = "-" if rate <= 0 else _clock(left / rate * 60.0)
        self._progress.update(
            self._task, files=f"{self._files_done}/{self._files_total}", rate=f"{rate:.1f}", eta=eta
        )

    def page_done(self) -> None:
        self._progress.advance(self._task, 1)
        self._refresh()

    def file_done(self, pages_left_unprocessed: int = 0) -> None:
        self._files_done += 1
        if pages_left_unprocessed:
            task = self._progress.tasks[0]
            self._progress.update(self._task, total=max(task.completed, (task.total or 0) - pages_left_unprocessed))
        self._refresh()

    def stop(self) -> None:
        if self._task is not None:
            self._progress.stop()


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
