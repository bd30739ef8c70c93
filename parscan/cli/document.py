"""`parscan extract`, `parscan repair`, `parscan schema`: the commands about one document."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from parscan.cli.common import stderr
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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="no progress on stderr")] = False,
) -> None:
    """OCR a document and print (or write) its text or structured JSON."""
    from parscan.pipeline.options import ExtractOptions
    from parscan.pipeline.run import extract as run_extract

    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = OutputFormat(suffix) if suffix in OutputFormat.__members__ else OutputFormat.json
    if fmt in (OutputFormat.csv, OutputFormat.xlsx) and output is None:
        raise BadInputError(f"--format {fmt.value} needs -o PATH")
    options = ExtractOptions(dpi=dpi, lang=lang, pages=parse_pages(pages), repair=not no_repair, ocr_engine=engine)
    doc = run_extract(file, options, progress=None if quiet else _progress_printer(file))
    for warning in doc.warnings:
        if not quiet:
            stderr.print(f"parscan: warning: {warning}", markup=False, highlight=False, soft_wrap=True)
    if fmt is OutputFormat.text:
        _emit(doc.text + "\n", output)
    elif fmt is OutputFormat.json:
        _emit(doc.model_dump_json(indent=2) + "\n", output)
    else:
        from parscan.exporters.tables import write_tables

        write_tables(doc, output, fmt.value)


def _progress_printer(file: Path) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        if total > 1:
            stderr.print(f"{file.name}: page {done}/{total}", markup=False, highlight=False, soft_wrap=True)

    return report


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
    from parscan.normalizers.repair import DocumentCache, get_repairer

    if file is not None and not file.exists():
        raise BadInputError(f"{file}: no such file")
    raw = file.read_bytes() if file is not None else sys.stdin.buffer.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInputError(f"{file or 'stdin'}: not UTF-8 text") from exc
    repairer, cache = get_repairer(), DocumentCache()  # one document: its pages share the word cache
    pages = [
        "\n".join(repairer.repair_lines(page.split("\n"), cache=cache))
        for page in text.replace("\r\n", "\n").split("\f")
    ]
    sys.stdout.write("\f".join(pages))
    sys.stdout.flush()


def schema(
    output: Annotated[Optional[Path], typer.Option("-o", "--output")] = None,
) -> None:
    """Print the JSON Schema of the document JSON (the public contract)."""
    from parscan.schemas.export import published_schema

    _emit(published_schema(), output)
