"""Export the record tables of a batch store: JSONL, CSV, XLSX or Parquet.

Why from the store and not from documents: after a batch over an archive the store is the one
place that holds every file's records; analysts want them as flat tables keyed by `sha256`.
The `series` table (`parscan.exporters.series`) is every unit's figures by year, one row per figure; the
`corrections` table is the auditors' trail (the findings table carries each finding's review).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any, Literal

from parscan.archive.store import RECORD_TABLES, Store
from parscan.errors import BadInputError

ExportFormat = Literal["jsonl", "csv", "xlsx", "parquet"]

# Columns holding JSON text in SQLite; JSONL gives them back as objects.
JSON_COLUMNS = {"components", "marks", "warnings", "values", "lead_agency", "scope", "members"}


def default_output(fmt: ExportFormat) -> Path:
    suffix = {"jsonl": ".jsonl", "xlsx": ".xlsx"}.get(fmt, "")  # csv and parquet: a directory
    return Path(f"parscan-export{suffix}")


def export_store(db: str | Path, fmt: ExportFormat, output: str | Path | None = None) -> list[Path]:
    """Write every record table; returns the files written (one for jsonl/xlsx, one per table otherwise)."""
    db = Path(db)
    if not db.is_file():
        raise BadInputError(f"{db}: no such store (run `parscan batch ... --db {db}` first)")
    target = Path(output) if output is not None else default_output(fmt)
    from parscan.exporters.series import series_rows

    with Store(db) as store:
        tables = {name: store.rows(name) for name in RECORD_TABLES}
        trail = correction_rows(store)
    tables["series"] = series_rows(db)  # the long-format panel: unit x year x component
    tables["corrections"] = trail
    writer = {"jsonl": _write_jsonl, "csv": _write_csv, "xlsx": _write_xlsx, "parquet": _write_parquet}.get(fmt)
    if writer is None:
        raise BadInputError(f"--format {fmt!r}: expected jsonl, csv, xlsx or parquet")
    return writer(tables, target)


def correction_rows(store: Store) -> tuple[list[str], list[tuple[Any, ...]]]:
    """The auditors' trail (`parscan serve`): every correction and review, oldest first, its time in ISO UTC.
    The record tables already hold the corrected values and the findings' reviews; this says who changed what."""
    columns = ["id", "sha256", "target", "old_value", "new_value", "author", "created_at", "note"]
    rows = [(c.id, c.sha256, c.target, c.old_value, c.new_value, c.author,
             dt.datetime.fromtimestamp(c.created_at, dt.timezone.utc).isoformat(timespec="seconds"), c.note)
            for c in store.corrections()]
    return columns, rows


def _write_jsonl(tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]], target: Path) -> list[Path]:
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as fh:
        for name, (columns, rows) in tables.items():
            for row in rows:
                record: dict[str, Any] = {"table": name}
                for column, value in zip(columns, row):
                    as_json = column in JSON_COLUMNS and value is not None and name in RECORD_TABLES
                    record[column] = json.loads(value) if as_json else value
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [target]


def _write_csv(tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]], target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (columns, rows) in tables.items():
        path = target / f"{name}.csv"
        # utf-8-sig: Excel opens Vietnamese CSV correctly only with the BOM
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow(columns)
            out.writerows(rows)
        written.append(path)
    return written


def _write_xlsx(tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]], target: Path) -> list[Path]:
    from openpyxl import Workbook

    target.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    book.remove(book.active)
    for name, (columns, rows) in tables.items():
        sheet = book.create_sheet(title=name)
        sheet.append(columns)
        for row in rows:
            sheet.append(list(row))
        sheet.freeze_panes = "A2"
    book.save(target)
    return [target]


def _write_parquet(tables: dict[str, tuple[list[str], list[tuple[Any, ...]]]], target: Path) -> list[Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (columns, rows) in tables.items():
        data = {column: [row[i] for row in rows] for i, column in enumerate(columns)}
        if name == "series":  # typed even where a column is empty in this store (province of national figures)
            from parscan.exporters.series import SERIES_TYPES

            schema = pa.schema([(c, getattr(pa, SERIES_TYPES[c])()) for c in columns])
            table = pa.table(data, schema=schema)
        else:
            table = pa.table(data) if rows else pa.table({c: pa.array([], pa.string()) for c in columns})
        path = target / f"{name}.parquet"
        pq.write_table(table, path)
        written.append(path)
    return written
