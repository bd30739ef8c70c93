"""`parscan batch` end to end on small real inputs: local pool vs Dask, status, failures, retries."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from test_batch_inputs import render_scan, save_pdf, save_png, text_documents
from typer.testing import CliRunner

from parscan.archive.batch import BatchConfig, discover_inputs, run_batch
from parscan.archive.store import RECORD_TABLES
from parscan.cli import app
from parscan.pipeline.ingest import sha256_of
from parscan.pipeline.options import ExtractOptions

TIMING_COLUMNS = {"queued_at", "started_at", "finished_at", "wall_s", "page_cpu_s", "peak_rss_mb", "attempts"}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("archive")
    for n, text in enumerate(text_documents(4)):
        (root / f"ocr_{n}.txt").write_text(text, encoding="utf-8")
    (root / "scans").mkdir()
    save_png(render_scan(tag="Trang 1"), root / "scans" / "one.png")
    save_pdf([render_scan(tag="Trang A"), render_scan(tag="Trang B")], root / "scans" / "two.pdf")
    return root


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every record and state in the store, minus timings (which differ between runs)."""
    con = sqlite3.connect(db)
    out = {}
    for table in (*RECORD_TABLES, "document_json", "files", "aliases"):
        cur = con.execute(f"SELECT * FROM {table} ORDER BY 1, 2")
        columns = [d[0] for d in cur.description]
        keep = [i for i, c in enumerate(columns) if c not in TIMING_COLUMNS]
        out[table] = [tuple(row[i] for i in keep) for row in cur.fetchall()]
    con.close()
    return out


def test_dask_cluster_gives_the_same_records_as_the_local_pool(archive: Path, tmp_path: Path) -> None:
    from distributed import LocalCluster

    local = run_batch(BatchConfig(inputs=[str(archive)], db=tmp_path / "local.sqlite", workers=2))
    assert local.done == 6 and local.failed == 0 and local.pages == 4 * 2 + 1 + 2
    with LocalCluster(processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None) as cluster:
        remote = run_batch(
            BatchConfig(inputs=[str(archive)], db=tmp_path / "dask.sqlite", scheduler=cluster.scheduler_address)
        )
    assert remote.done == 6 and remote.failed == 0 and "Dask" in remote.runner
    a, b = _snapshot(tmp_path / "local.sqlite"), _snapshot(tmp_path / "dask.sqlite")
    assert len(a["documents"]) == 6
    assert a == b
    scan = json.loads(next(j for sha, j in a["document_json"] if sha == sha256_of(archive / "scans" / "two.pdf")))
    assert [p["number"] for p in scan["pages"]] == [1, 2] and "Trang B" in scan["text"]


def test_rerun_skips_done_files_and_status_json(archive: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    texts = [str(p) for p in sorted(archive.glob("*.txt"))]
    first = run_batch(BatchConfig(inputs=texts, db=db, workers=1))
    assert first.done == 4
    again = run_batch(BatchConfig(inputs=[str(archive / "*.txt")], db=db, workers=1))
    assert again.done == 0 and again.already_done == 4 and again.pages == 0
    result = CliRunner().invoke(app, ["status", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["counts"] == {"done": 4, "failed": 0, "pending": 0, "running": 0}
    assert all(set(f) == {"path", "sha256", "state", "error"} for f in report["files"])
    assert sorted(f["path"] for f in report["files"]) == sorted(str(Path(t).resolve()) for t in texts)


def test_no_input_files_exits_2(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(app, ["batch", str(tmp_path / "empty"), "--db", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 2
    assert "no input files found" in result.output


def test_discovery_skips_store_and_pdf_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "s.sqlite").write_bytes(b"")
    (tmp_path / "s.sqlite-wal").write_bytes(b"")
    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").write_text("x", encoding="utf-8")
    found = discover_inputs([str(tmp_path)], [tmp_path / "s.sqlite", tmp_path / "pdf"])
    assert found == [(tmp_path / "a.txt").resolve()]


def test_timeout_and_memory_guard_fail_the_file_and_retry_failed_recovers(archive: Path, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(archive / "scans" / "one.png", inputs / "one.png")
    shutil.copy(archive / "ocr_0.txt", inputs / "ocr_0.txt")
    db = tmp_path / "s.sqlite"
    # a real page that cannot be OCRed in 50 ms: the page times out, the text file still goes through
    hurried = BatchConfig(inputs=[str(inputs)], db=db, workers=1, options=ExtractOptions(page_timeout_s=0.05))
    summary = run_batch(hurried)
    assert summary.done == 1 and summary.failed == 1
    [failure] = summary.failures
    assert failure.path.endswith("one.png") and "timed out" in failure.error
    # without --retry-failed the failure stays recorded and is not retried
    again = run_batch(BatchConfig(inputs=[str(inputs)], db=db, workers=1))
    assert again.skipped_failed == 1 and again.done == 0
    # a worker memory limit far below what OCR needs: recorded as a memory failure, batch goes on
    starved = BatchConfig(inputs=[str(inputs)], db=db, workers=1, retry_failed=True, memory_limit_mb=200)
    summary = run_batch(starved)
    assert summary.failed == 1 and summary.done == 0
    assert any(word in summary.failures[0].error for word in ("memory", "died")), summary.failures
    retried = run_batch(BatchConfig(inputs=[str(inputs)], db=db, workers=1, retry_failed=True))
    assert retried.done == 1 and retried.failed == 0
    con = sqlite3.connect(db)
    state, error, attempts = con.execute(
        "SELECT state, error, attempts FROM files WHERE sha256=?", (sha256_of(inputs / "one.png"),)
    ).fetchone()
    assert (state, error, attempts) == ("done", None, 3)
