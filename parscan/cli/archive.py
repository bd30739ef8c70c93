"""`parscan batch`, `parscan export`, `parscan status`: the commands about an archive and its store."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"
    parquet = "parquet"


class StatusFormat(str, Enum):
    text = "text"
    json = "json"


def batch(
    inputs: Annotated[list[str], typer.Argument(help="files, directories (recursive) or glob patterns")],
    db: Annotated[Path, typer.Option("--db", help="SQLite store (created if missing)")] = Path("parscan.sqlite"),
    workers: Annotated[Optional[int], typer.Option(min=1, help="local worker processes (default: CPU cores)")] = None,
    scheduler: Annotated[
        Optional[str], typer.Option(help="run on an existing Dask cluster, e.g. tcp://host:8786")
    ] = None,
    pdf_out: Annotated[Optional[Path], typer.Option("--pdf-out", help="write a searchable PDF per input here")] = None,
    retry_failed: Annotated[bool, typer.Option("--retry-failed", help="process files that failed before")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress bar or summary (cron)")] = False,
    dpi: Annotated[int, typer.Option(help="rasterisation dpi for scanned PDF pages")] = 300,
    lang: Annotated[str, typer.Option(help="Tesseract language(s)")] = "vie",
    page_timeout: Annotated[
        float, typer.Option("--page-timeout", min=1, help="seconds per page before it fails")
    ] = 300.0,
    memory_limit: Annotated[
        int, typer.Option("--memory-limit", min=0, help="address-space limit per local worker in MB (0: none)")
    ] = 2048,
) -> None:
    """OCR, repair and extract many files into a SQLite store; rerun to resume after a crash."""
    from parscan.archive.batch import BatchConfig, run_batch
    from rich.console import Console

    from parscan.archive.progress import RichBatchProgress
    from parscan.pipeline.options import ExtractOptions

    console = Console(stderr=True)
    config = BatchConfig(
        inputs=inputs,
        db=db,
        workers=workers,
        scheduler=scheduler,
        pdf_out=pdf_out,
        retry_failed=retry_failed,
        options=ExtractOptions(dpi=dpi, lang=lang, page_timeout_s=page_timeout),
        memory_limit_mb=memory_limit or None,
    )
    summary = run_batch(config, None if quiet else RichBatchProgress(console))
    if not quiet:
        line = (
            f"parscan batch: {summary.found} file(s) found, {summary.unique} distinct: "
            f"{summary.done} done now, {summary.already_done} already done, {summary.failed} failed"
        )
        if summary.skipped_failed:
            line += f", {summary.skipped_failed} failed before (use --retry-failed)"
        if summary.aliases:
            line += f", {summary.aliases} renamed/duplicate path(s) recorded as aliases"
        if summary.recovered:
            line += f"; {summary.recovered} interrupted file(s) resumed"
        console.print(line, markup=False, highlight=False, soft_wrap=True)
        if summary.pages:
            console.print(
                f"parscan batch: {summary.pages} page(s) in {summary.seconds:.1f} s "
                f"({summary.pages_per_min:.1f} pages/min) on {summary.runner}",
                markup=False,
                highlight=False,
            )
    for failure in summary.failures[:50]:
        console.print(f"parscan batch: failed: {failure.error}", markup=False, highlight=False, soft_wrap=True)
    if len(summary.failures) > 50:
        console.print(f"parscan batch: ... and {len(summary.failures) - 50} more (see `parscan status`)")


def export(
    db: Annotated[Path, typer.Option("--db", help="SQLite store written by `parscan batch`")] = Path("parscan.sqlite"),
    fmt: Annotated[ExportFormat, typer.Option("--format", help="jsonl, csv, xlsx or parquet")] = ExportFormat.jsonl,
    output: Annotated[
        Optional[Path], typer.Option("-o", "--output", help="file (jsonl, xlsx) or directory (csv, parquet)")
    ] = None,
) -> None:
    """Export the record tables of a store (documents, rankings, criteria, assignments, claims, findings)."""
    from parscan.exporters.records import export_store

    for path in export_store(db, fmt.value, output):
        print(path)


def status(
    db: Annotated[Path, typer.Option("--db", help="SQLite store written by `parscan batch`")] = Path("parscan.sqlite"),
    fmt: Annotated[StatusFormat, typer.Option("--format", help="text or json")] = StatusFormat.text,
) -> None:
    """Counts of files by state (done, failed, pending, running) and the reason of each failure."""
    from parscan.archive.store import STATES, Store
    from parscan.errors import BadInputError

    if not db.is_file():
        raise BadInputError(f"{db}: no such store")
    with Store(db) as store:
        counts = store.counts()
        files = store.files()
    if fmt is StatusFormat.json:
        payload = {
            "counts": counts,
            "files": [{"path": f.path, "sha256": f.sha256, "state": f.state, "error": f.error} for f in files],
        }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
        return
    print("  ".join(f"{state}: {counts[state]}" for state in STATES))
    for f in files:
        if f.state == "failed":
            print(f"failed  {f.error if (f.error or '').startswith(f.path) else f'{f.path}: {f.error}'}")
