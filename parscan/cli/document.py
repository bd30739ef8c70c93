"""`parscan extract`, `parscan repair`, `parscan schema`: the commands about one document."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from parscan.cli.common import say
from parscan.errors import BadInputError


def parse_pages(spec: str | None) -> list[int] | None:
    """'1-3,5' -> [1, 2, 3, 5]."""
    if not spec:
        return None
    pages: list[int] = []
    try:
        for part in spec.split(","):
            part = part.strip()
            if "-" in part:
                low, high = (int(x) for x in part.split("-", 1))
                pages.extend(range(low, high + 1))
            elif part:
                pages.append(int(part))
    except ValueError as exc:
        raise BadInputError(f"--pages {spec!r}: expected numbers and ranges like 1-3,5") from exc
    if not pages or min(pages) < 1:
        raise BadInputError(f"--pages {spec!r}: page numbers start at 1")
    return sorted(set(pages))


class OutputFormat(str, Enum):
    json = "json"
    text = "text"
    csv = "csv"
    xlsx = "xlsx"


def extract(
    file: Annotated[Path, typer.Argument(help="PDF, PNG/JPEG/TIFF image, or OCR text file")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="write here instead of stdout")] = None,
    fmt: Annotated[Optional[OutputFormat], typer.Option("--format", help="json (default), text, csv, xlsx")] = None,
    pages: Annotated[Optional[str], typer.Option(help="pages to process, e.g. 1-3,5")] = None,
    dpi: Annotated[int, typer.Option(help="rasterisation dpi for scanned PDF pages")] = 300,
    lang: Annotated[str, typer.Option(help="Tesseract language(s)")] = "vie",
    no_repair: Annotated[bool, typer.Option("--no-repair", help="keep the raw OCR text")] = False,
    engine: Annotated[str, typer.Option(help="OCR engine: tesserocr (in-process) or tesseract (command)")] = "tesserocr",
    jobs: Annotated[
        Optional[int], typer.Option("--jobs", "-j", min=1, help="worker processes for the pages (default: all cores)")
    ] = None,
    pdf_out: Annotated[
        Optional[Path], typer.Option("--pdf-out", help="also write a searchable PDF (repaired text layer) here")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress on stderr")] = False,
) -> None:
    """OCR a document and print (or write) its text or structured JSON."""
    from parscan.archive.distributed import default_workers, start_forkserver

    jobs = jobs or default_workers()
    page_list = parse_pages(pages)
    if jobs > 1 and file.suffix.lower() in (".pdf", ".tif", ".tiff") and file.is_file() and \
            (page_list is None or len(page_list) > 1):
        start_forkserver()  # it imports the pipeline on another core while this process does the same

    from parscan.archive.pages import WorkerPages
    from parscan.pipeline.ingest import sniff_kind
    from parscan.pipeline.options import ExtractOptions
    from parscan.pipeline.run import extract as run_extract

    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = OutputFormat(suffix) if suffix in OutputFormat.__members__ else OutputFormat.json
    if fmt in (OutputFormat.csv, OutputFormat.xlsx) and output is None:
        raise BadInputError(f"--format {fmt.value} needs -o PATH")
    options = ExtractOptions(dpi=dpi, lang=lang, pages=page_list, repair=not no_repair, ocr_engine=engine)
    searchable = None
    if pdf_out is not None:
        kind = sniff_kind(file)
        _check_pdf_out(file, pdf_out, kind)
        from parscan.exporters.searchable_pdf import SearchablePdf

        searchable = SearchablePdf(file, kind)  # the writer of `batch --pdf-out`, fed each page as it is final
    run_pages = WorkerPages(jobs)
    with searchable or nullcontext():
        doc = run_extract(file, options, progress=None if quiet else _progress_printer(file), run_pages=run_pages,
                          on_page=searchable.add if searchable else None)
        if searchable is not None:
            searchable.save(pdf_out)  # temp file + rename
    if not quiet and run_pages.workers:
        peak = f", peak {run_pages.peak_rss_mb:.0f} MB per worker" if run_pages.peak_rss_mb else ""
        say(f"parscan extract: {len(doc.pages)} page(s) in {run_pages.seconds:.1f} s "
            f"on {run_pages.workers} worker process(es){peak}")
    for warning in doc.warnings:
        if not quiet:
            say(f"parscan: warning: {warning}")
    if fmt is OutputFormat.text:
        _emit(doc.text + "\n", output)
    elif fmt is OutputFormat.json:
        _emit(doc.model_dump_json(indent=2) + "\n", output)
    else:
        from parscan.exporters.tables import write_tables

        write_tables(doc, output, fmt.value)


def _check_pdf_out(file: Path, pdf_out: Path, kind: str) -> None:
    """Refuse a searchable PDF that cannot be written before any page is OCRed."""
    if kind == "text":
        raise BadInputError(f"{file}: a text file has no page images for a searchable PDF")
    if pdf_out.is_dir():
        raise BadInputError(f"--pdf-out {pdf_out}: is a directory, not a file")
    if pdf_out.exists() and pdf_out.resolve() == file.resolve():
        raise BadInputError(f"--pdf-out {pdf_out}: is the input file; write the searchable PDF elsewhere")


def _progress_printer(file: Path) -> Callable[[int, int], None]:
    started = time.perf_counter()

    def report(done: int, total: int) -> None:
        if total > 1:
            left = (time.perf_counter() - started) / done * (total - done)
            eta = f", ETA {_clock(left)}" if done < total else ""
            say(f"{file.name}: page {done}/{total}{eta}")

    return report


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(round(seconds)), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")


def repair(
    file: Annotated[Optional[Path], typer.Argument(help="OCR text file; stdin when omitted")] = None,
) -> None:
    """Repair garbled Vietnamese OCR text: one output line per input line, same order."""
    from parscan.cli.plain import repair as repair_text

    repair_text(file)


def schema(
    output: Annotated[Optional[Path], typer.Option("-o", "--output")] = None,
) -> None:
    """Print the JSON Schema of the document JSON (the public contract)."""
    from parscan.schemas.export import published_schema

    _emit(published_schema(), output)
