"""`parscan export`: every record table, in each format, with Vietnamese text intact."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parscan.archive.store import RECORD_TABLES, FileTimings, Store
from parscan.cli import app
from parscan.exporters.records import export_store
from parscan.schemas import Claim, Evidence, Match, Page, ParscanDocument, RankingRow, Source
from parscan.schemas.ocr import Line


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    db = tmp_path / "s.sqlite"
    with Store(db) as store:
        for n, sha in enumerate(("1" * 64, "2" * 64)):
            doc = ParscanDocument(
                source=Source(path=f"/a/{n}.txt", sha256=sha, kind="text", page_count=1),
                pages=[Page(number=1, origin="text_file", lines=[Line(text="Ủy ban nhân dân")])],
            )
            doc.rankings = [
                RankingRow(
                    rank=1,
                    unit=Match(printed="Sở Tư pháp"),
                    total=85.46,
                    components={"a": 1.5},
                    evidence=Evidence(page=1),
                )
            ]
            members = ["Sở Nội vụ", "Sở Y tế"]
            doc.claims = [Claim(kind="members", members=members, text="gồm Sở Nội vụ, Sở Y tế")]
            store.register(sha, doc.source.path)
            store.save_document(doc, FileTimings(1.0, 1.0, None))
    return db


def test_jsonl_has_a_table_key_and_decoded_objects(store_path: Path, tmp_path: Path) -> None:
    [out] = export_store(store_path, "jsonl", tmp_path / "x.jsonl")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["table"] for r in records} == {"documents", "rankings", "claims", "series"}
    rankings = [r for r in records if r["table"] == "rankings"]
    assert len(rankings) == 2 and rankings[0]["unit"] == "Sở Tư pháp" and rankings[0]["components"] == {"a": 1.5}
    claims = [r for r in records if r["table"] == "claims"]
    assert claims[0]["members"] == ["Sở Nội vụ", "Sở Y tế"]


def test_csv_one_file_per_table(store_path: Path, tmp_path: Path) -> None:
    written = export_store(store_path, "csv", tmp_path / "csv")
    assert sorted(p.stem for p in written) == sorted([*RECORD_TABLES, "series", "corrections"])
    with (tmp_path / "csv" / "rankings.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["unit"] for r in rows] == ["Sở Tư pháp", "Sở Tư pháp"] and rows[0]["total"] == "85.46"


def test_xlsx_one_sheet_per_table(store_path: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    [out] = export_store(store_path, "xlsx", tmp_path / "x.xlsx")
    book = load_workbook(out)
    assert book.sheetnames == [*RECORD_TABLES, "series", "corrections"]
    sheet = book["rankings"]
    header = [c.value for c in sheet[1]]
    assert sheet.max_row == 3 and sheet.cell(2, header.index("unit") + 1).value == "Sở Tư pháp"


def test_parquet_one_file_per_table(store_path: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    export_store(store_path, "parquet", tmp_path / "pq")
    table = pq.read_table(tmp_path / "pq" / "rankings.parquet")
    assert table.num_rows == 2 and table.column("total").to_pylist() == [85.46, 85.46]
    assert pq.read_table(tmp_path / "pq" / "findings.parquet").num_rows == 0


def test_cli_export_and_missing_store(store_path: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--db", str(store_path), "--format", "csv", "-o", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "c" / "documents.csv").is_file()
    missing = runner.invoke(app, ["export", "--db", str(tmp_path / "nope.sqlite"), "--format", "jsonl"])
    assert missing.exit_code == 2 and "no such store" in missing.output


def test_a_store_older_than_reviews_gains_the_review_columns(tmp_path: Path) -> None:
    import sqlite3

    from parscan.schemas.findings import Finding, Review

    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as con:  # the findings table as stores were written before reviews were exported
        con.execute('CREATE TABLE findings (sha256 TEXT NOT NULL, idx INTEGER NOT NULL, "check" TEXT, severity TEXT,'
                    " message_vi TEXT, message_en TEXT, published TEXT, expected TEXT, unit TEXT, code TEXT,"
                    " ocr_doubt INTEGER, page INTEGER, PRIMARY KEY (sha256, idx))")
    sha = "3" * 64
    doc = ParscanDocument(source=Source(path="/a/x.txt", sha256=sha, kind="text", page_count=1))
    doc.findings = [Finding(check="row_total", severity="error", message_vi="sai", message_en="wrong", unit="Sở Y tế",
                            review=Review(status="dismissed", by="Kiểm toán viên", at="2026-01-02T03:04:05+00:00"))]
    with Store(db) as store:
        store.register(sha, doc.source.path)
        store.save_document(doc, FileTimings(1.0, 1.0, None))
    [out] = export_store(db, "jsonl", tmp_path / "x.jsonl")
    [finding] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()
                 if json.loads(line)["table"] == "findings"]
    assert (finding["unit"], finding["review_status"], finding["review_by"]) == ("Sở Y tế", "dismissed", "Kiểm toán viên")
