"""A small batch store for the workbench tests, made by the real pipeline (`parscan batch`): page 1 of a
generated report scanned at 300 dpi, with one appraisal cell printed wrong (the generator's `row_total`
fault: the total is no longer appraisal + survey), and the same report as OCR text.  Built once per test
session, shared by the xdist workers through a lock file."""

from __future__ import annotations

import fcntl
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class PlantedMisread:
    unit: str
    printed: str  # the appraisal as printed (wrong)
    right: str  # the appraisal that makes the row add up


def _spec():
    from samples.generator.report import build_report

    return build_report(7, faults=("row_total",), n_departments=6, n_districts=4)


def planted() -> PlantedMisread:
    from samples.generator.numbers import fmt

    spec = _spec()
    fault = spec.planted_faults[0]
    row = next(r for r in spec.rankings if r["unit"] == fault["unit"])
    return PlantedMisread(fault["unit"], fmt(row["components"]["appraisal"]),
                          fmt(fault["published"] - row["components"]["survey"]))


def build_inputs(folder: Path) -> None:
    import pikepdf
    from samples.generator.render import render, render_text

    spec = _spec()
    folder.mkdir(parents=True, exist_ok=True)
    full = render(spec, folder / "full.pdf", profile="clean", dpi=300)
    with pikepdf.open(full) as pdf:  # the ranking table's page: one page keeps the OCR short
        del pdf.pages[1:]
        pdf.save(folder / "report_scan.pdf")
    for leftover in folder.glob("full*"):
        leftover.unlink()
    (folder / "report_text.txt").write_text(render_text(spec), encoding="utf-8")


def run_batch(inputs: list[Path] | Path, db: Path) -> subprocess.CompletedProcess[str]:
    paths = [str(p) for p in inputs] if isinstance(inputs, list) else [str(inputs)]
    return subprocess.run([sys.executable, "-m", "parscan.cli", "batch", *paths, "--db", str(db), "--workers", "1",
                           "--quiet"], cwd=REPO, capture_output=True, text=True, timeout=300)


def shared_store(base: Path) -> tuple[Path, PlantedMisread]:
    """The store (built on first call, under a lock) and what was planted in it; copy it before writing."""
    base.mkdir(parents=True, exist_ok=True)
    with open(base / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        db = base / "archive.sqlite"
        if not (base / "built").is_file():
            build_inputs(base / "inputs")
            done = run_batch(base / "inputs", db)
            assert done.returncode == 0, done.stderr
            (base / "built").touch()
    return db, planted()


def copy_store(db: Path, dest: Path) -> Path:
    """A private copy of the shared store (with its inputs' paths unchanged), for a test that writes."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(db, dest / db.name)
    return dest / db.name


class LiveServer:
    """The workbench served by uvicorn on a loopback port of its own, in a thread (for the browser and
    the concurrency tests); `with LiveServer(db) as url: ...`."""

    def __init__(self, db: Path) -> None:
        import socket

        import uvicorn

        from parscan.web.app import create_app

        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(create_app(db), log_level="warning"))

    def __enter__(self) -> str:
        import threading
        import time

        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "the workbench did not start"
            time.sleep(0.05)
        return self.url

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.socket.close()
