"""The `parscan` command line (typer). Each command is a thin shell over a stage's Python API.

Exit codes: 0 success, 1 internal error, 2 bad input, 3 audit findings at or above --fail-on.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from enum import Enum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console

from parscan.errors import BadInputError, ParscanError

app = typer.Typer(
    name="parscan",
    help="OCR, repair, extract and audit Vietnamese PAR Index (Chỉ số CCHC) documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True)


def fail(message: str, code: int) -> None:
    """One clear line on stderr, then exit: the contract for bad input and internal errors."""
    stderr.print(f"parscan: error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn parscan errors into exit codes; never show a traceback unless PARSCAN_DEBUG is set."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except ParscanError as exc:
            fail(str(exc), exc.exit_code)
        except KeyboardInterrupt:
            fail("interrupted", 130)
        except Exception as exc:  # noqa: BLE001 - last line of defence for the CLI contract
            if os.environ.get("PARSCAN_DEBUG"):
                raise
            fail(f"internal error: {exc.__class__.__name__}: {exc}", 1)

    return wrapper


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


@app.command()
@handle_errors
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


@app.command()
@handle_errors
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


@app.command()
@handle_errors
def schema(
    output: Annotated[Optional[Path], typer.Option("-o", "--output")] = None,
) -> None:
    """Print the JSON Schema of the document JSON (the public contract)."""
    from parscan.schemas.export import schema_json

    _emit(schema_json(), output)


def _register_archive_commands() -> None:
    from parscan.pipeline.cli_batch import register

    register(app)


_register_archive_commands()


@app.command()
@handle_errors
def audit(
    files: Annotated[list[Path], typer.Argument(help="document JSON from `parscan extract`, or PDF/image/text")],
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="write the report here")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", help="json (default), html or md")] = None,
    methodology: Annotated[Optional[str], typer.Option("--methodology", help="methodology id; default: auto")] = None,
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="exit 3 on findings: error|warning")] = None,
) -> None:
    """Recompute the published PAR figures and report every discrepancy."""
    from parscan.scoring.cli_audit import run_audit

    code = run_audit(files, output, fmt, methodology, fail_on)  # type: ignore[arg-type]
    if code:
        raise typer.Exit(code)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
