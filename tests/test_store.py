"""The SQLite store: content keys, aliases, crash recovery, one transaction per file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from parscan.archive.store import FileTimings, Store, StoreBusyError
from parscan.schemas import (
    Claim,
    Evidence,
    Match,
    Page,
    ParscanDocument,
    RankingRow,
    Source,
)
from parscan.schemas.ocr import Line

TIMINGS = FileTimings(wall_s=1.0, page_cpu_s=0.5, peak_rss_mb=100.0)


def _doc(sha: str, path: str, n_rankings: int = 2) -> ParscanDocument:
    doc = ParscanDocument(
        source=Source(path=path, sha256=sha, kind="text", page_count=1, bytes=10),
        pages=[Page(number=1, origin="text_file", lines=[Line(text="Sở Tư pháp 85,46")])],
    )
    doc.refresh_text()
    doc.rankings = [
        RankingRow(rank=i + 1, unit=Match(printed=f"Sở số {i}"), total=80.0 + i, evidence=Evidence(page=1))
        for i in range(n_rankings)
    ]
    doc.claims = [Claim(kind="average", value=85.46, unit="điểm", text="bình quân 85,46 điểm")]
    return doc


def test_register_is_keyed_by_content_and_records_aliases(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        first = store.register("a" * 64, "/x/report.pdf")
        again = store.register("a" * 64, "/y/renamed.pdf")
        assert first.state == again.state == "pending"
        assert again.path == "/x/report.pdf"  # the first path stays the file's name
        assert store.aliases("a" * 64) == ["/x/report.pdf", "/y/renamed.pdf"]
        assert store.counts() == {"done": 0, "failed": 0, "pending": 1, "running": 0}


def test_wal_mode_and_recovery_of_running_files(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with Store(db) as store:
        store.register("b" * 64, "/b.txt")
        store.mark_running("b" * 64)
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(db) as store:  # the next run after a crash
        assert store.recover() == 1
        row = store.get("b" * 64)
        assert row.state == "pending" and row.attempts == 1


def test_save_document_twice_replaces_records(tmp_path: Path) -> None:
    sha = "c" * 64
    with Store(tmp_path / "s.sqlite") as store:
        store.register(sha, "/c.txt")
        store.mark_running(sha)
        store.save_document(_doc(sha, "/c.txt", n_rankings=3), TIMINGS)
        store.save_document(_doc(sha, "/c.txt", n_rankings=2), TIMINGS)  # a retry after a partial crash
        columns, rows = store.rows("rankings")
        assert [r[columns.index("idx")] for r in rows] == [0, 1]
        assert rows[0][columns.index("unit")] == "Sở số 0"
        assert store.rows("documents")[1][0][store.rows("documents")[0].index("n_rankings")] == 2
        assert len(store.rows("claims")[1]) == 1
        assert store.get(sha).state == "done"
        assert store.document(sha).pages[0].lines[0].text == "Sở Tư pháp 85,46"


def test_failed_transaction_leaves_no_partial_records(tmp_path: Path) -> None:
    sha = "d" * 64
    with Store(tmp_path / "s.sqlite") as store:
        store.register(sha, "/d.txt")
        store.mark_running(sha)
        doc = _doc(sha, "/d.txt")
        doc.claims[0].members = [object()]  # type: ignore[list-item] - not JSON-serialisable: fails mid-write
        with pytest.raises(Exception):
            store.save_document(doc, TIMINGS)
        assert store.get(sha).state == "running"
        assert store.rows("rankings")[1] == [] and store.rows("documents")[1] == []


def test_failed_state_keeps_reason(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite") as store:
        store.register("e" * 64, "/e.pdf")
        store.mark_running("e" * 64)
        store.mark_failed("e" * 64, "/e.pdf: PDF is encrypted (password required)")
        [row] = store.files(["failed"])
        assert row.error.endswith("encrypted (password required)") and row.attempts == 1


def test_second_writer_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.sqlite"
    with Store(db) as first, Store(db) as second:
        first.lock()
        with pytest.raises(StoreBusyError):
            second.lock()
        first.unlock()
        second.lock()
