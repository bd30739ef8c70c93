"""Crash safety of `parscan batch`: SIGKILL the whole batch three times at random points, rerun,
and check that every good file is done exactly once and every bad one failed with its reason."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from test_batch_inputs import make_archive, query

from parscan.archive.store import RECORD_TABLES
from parscan.pipeline.ingest import sha256_of
from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.run import extract

REPO = Path(__file__).resolve().parents[1]
RECORDS = ("rankings", "criteria", "assignments", "claims", "findings")
BAD_REASONS = {
    "corrupt.pdf": ("corrupt", "truncated", "cannot"),
    "encrypted.pdf": ("encrypted", "password"),
    "empty.txt": ("empty",),
    "data.bin": ("unsupported",),
    "broken.png": ("image", "cannot", "unreadable"),
    "letter.pdf": ("not a pdf file",),
    "notes.docx": ("unsupported file type: .docx",),
}


def _batch_cmd(archive: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "parscan.cli", "batch", str(archive), "--db", str(db), "--workers", "2", "--quiet"]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO), "OMP_THREAD_LIMIT": "1"}


def _done(db: Path) -> int:
    try:
        return query(db, "SELECT COUNT(*) FROM files WHERE state='done'")[0][0]
    except Exception:  # noqa: BLE001 - the store may not exist yet
        return 0


def _kill_mid_batch(archive: Path, db: Path, rng: random.Random, n_good: int) -> tuple[int, bool]:
    """Start a batch in its own process group, let it finish a random number of files (at least
    one, leaving most of the rest), then SIGKILL the whole group at a random moment."""
    before = _done(db) if db.exists() else 0
    target = before + rng.randint(1, max(1, (n_good - before) // 4))
    proc = subprocess.Popen(
        _batch_cmd(archive, db), cwd=REPO, env=_env(), start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None and _done(db) < target:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.1))
    finally:
        killed = proc.poll() is None
        if killed:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    return _done(db), killed


def _assert_consistent(db: Path) -> None:
    """A killed batch never leaves a half-written file: records exist iff the file is done."""
    orphans = query(
        db,
        "SELECT COUNT(*) FROM documents d JOIN files f USING (sha256) WHERE f.state != 'done'",
    )[0][0]
    missing = query(
        db,
        "SELECT COUNT(*) FROM files f WHERE f.state='done' AND NOT EXISTS "
        "(SELECT 1 FROM documents d WHERE d.sha256=f.sha256)",
    )[0][0]
    assert orphans == 0 and missing == 0
    for table in RECORDS:
        stray = query(db, f"SELECT COUNT(*) FROM {table} r JOIN files f USING (sha256) WHERE f.state != 'done'")[0][0]
        assert stray == 0, table


def test_sigkill_three_times_then_rerun_completes_exactly_once(tmp_path: Path) -> None:
    rng = random.Random(int(os.environ.get("PARSCAN_FAULT_SEED", "0")) or None)
    archive = tmp_path / "archive"
    good, bad = make_archive(archive)
    alias = archive / "bao-cao" / "renamed copy of ocr_03.txt"
    shutil.copy(good[3], alias)
    assert len(good) + len(bad) + 1 >= 30
    db = tmp_path / "store" / "parscan.sqlite"

    kills = []
    for _ in range(3):
        kills.append(_kill_mid_batch(archive, db, rng, len(good)))
        _assert_consistent(db)
    # the kills really hit a batch in progress (work done, work left)
    assert all(killed and 0 < done < len(good) for done, killed in kills), kills
    assert query(db, "SELECT COUNT(*) FROM files WHERE state IN ('pending', 'running')")[0][0] > 0

    final = subprocess.run(_batch_cmd(archive, db), cwd=REPO, env=_env(), capture_output=True, text=True, timeout=120)
    assert final.returncode == 0, final.stderr
    status = subprocess.run(
        [sys.executable, "-m", "parscan.cli", "status", "--db", str(db), "--format", "json"],
        cwd=REPO, env=_env(), capture_output=True, text=True, timeout=60,
    )
    assert status.returncode == 0, status.stderr
    report = json.loads(status.stdout)
    assert set(report) == {"counts", "files"}
    by_sha = {f["sha256"]: f for f in report["files"]}

    # one row per distinct content: the renamed copy is an alias, not a second file
    assert len(report["files"]) == len(good) + len(bad)
    assert report["counts"] == {"done": len(good), "failed": len(bad), "pending": 0, "running": 0}
    assert query(db, "SELECT COUNT(*) FROM aliases WHERE path=?", str(alias.resolve()))[0][0] == 1

    for path in bad:
        row = by_sha[sha256_of(path)]
        assert row["state"] == "failed"
        assert row["error"] and any(word in row["error"].lower() for word in BAD_REASONS[path.name]), row

    _assert_consistent(db)
    options = ExtractOptions(page_timeout_s=300)
    for path in good:
        sha = sha256_of(path)
        assert by_sha[sha]["state"] == "done" and by_sha[sha]["error"] is None
        assert query(db, "SELECT COUNT(*) FROM documents WHERE sha256=?", sha)[0][0] == 1
        stored = json.loads(query(db, "SELECT json FROM document_json WHERE sha256=?", sha)[0][0])
        assert [p["number"] for p in stored["pages"]] == list(range(1, stored["source"]["page_count"] + 1))
        for table in RECORDS:
            idx = [r[0] for r in query(db, f"SELECT idx FROM {table} WHERE sha256=? ORDER BY idx", sha)]
            assert idx == list(range(len(stored[table]))), (path.name, table)
        if path.suffix == ".txt":
            # the records equal those of an uninterrupted single-file run (text input: cheap to redo)
            reference = extract(path, options)
            for table in RECORDS:
                assert len(stored[table]) == len(getattr(reference, table)), (path.name, table)
            assert stored["text"] == reference.text
    assert set(RECORD_TABLES) >= {"documents", *RECORDS}
