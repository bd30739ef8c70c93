"""`parscan audit FILE...`: recompute the published figures and report every discrepancy.

A FILE is either a document JSON written by `parscan extract` (read back as is) or any input
`extract()` accepts (PDF, image, OCR text), which is extracted first.  `--db STORE` audits every document
of a batch store from its stored JSON (no scan is read again).  With several documents the report gains
`archive`: the checks across documents (`parscan.scoring.archive_audit`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from parscan.errors import BadInputError

if TYPE_CHECKING:
    from parscan.schemas.document import ParscanDocument
    from parscan.scoring.report import ReportFormat

EXIT_FINDINGS = 3
_LEVELS = {"error": ("error",), "warning": ("error", "warning")}


def audit(
    files: Annotated[Optional[list[Path]], typer.Argument(help="document JSON from `parscan extract`, or PDF/image/text")] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="write the report here")] = None,
    fmt: Annotated[Optional[str], typer.Option("--format", help="json (default), html or md")] = None,
    methodology: Annotated[Optional[str], typer.Option("--methodology", help="methodology id; default: auto")] = None,
    fail_on: Annotated[Optional[str], typer.Option("--fail-on", help="exit 3 on findings: error|warning")] = None,
    db: Annotated[Optional[Path], typer.Option("--db", help="audit every document of a `parscan batch` store")] = None,
) -> None:
    """Recompute the published PAR figures and report every discrepancy, within and across documents."""
    code = run_audit(files or [], output, fmt, methodology, fail_on, db)  # type: ignore[arg-type]
    if code:
        raise typer.Exit(code)


def load_document(path: Path) -> ParscanDocument:
    """A document JSON when the file is one; otherwise extract the file."""
    from pydantic import ValidationError

    from parscan.schemas.document import ParscanDocument

    if not path.exists():
        raise BadInputError(f"{path}: no such file")
    if path.is_dir():
        raise BadInputError(f"{path}: is a directory, not a file")
    head = path.open("rb").read(64).lstrip()
    if head.startswith(b"{"):
        try:
            return ParscanDocument.model_validate_json(path.read_bytes())
        except (ValidationError, json.JSONDecodeError, UnicodeDecodeError) as exc:
            first = exc.errors()[0] if isinstance(exc, ValidationError) else None
            where = f" at {'/'.join(map(str, first['loc']))}: {first['msg']}" if first else ""
            raise BadInputError(f"{path}: not a parscan document JSON{where}") from exc
    from parscan.pipeline.run import extract

    return extract(path)


def run_audit(files: list[Path], output: Path | None, fmt: ReportFormat | None, methodology: str | None,
              fail_on: str | None, db: Path | None = None) -> int:
    """Audit the files (and the store), write the report, and return the exit code (3 when --fail-on is met)."""
    from parscan.scoring.archive_audit import audit_archive, audit_store
    from parscan.scoring.audit import audit_documents
    from parscan.scoring.report import write_report

    if not files and db is None:
        raise BadInputError("no input file given (or --db STORE)")
    if db is not None and not Path(db).is_file():
        raise BadInputError(f"{db}: no such store (run `parscan batch ... --db {db}` first)")
    if fail_on is not None and fail_on not in _LEVELS:
        raise BadInputError(f"--fail-on {fail_on!r}: expected 'error' or 'warning'")
    if fmt is None:
        suffix = output.suffix.lower().lstrip(".") if output else ""
        fmt = {"html": "html", "htm": "html", "md": "md", "markdown": "md"}.get(suffix, "json")  # type: ignore[assignment]
    if methodology:
        from parscan.scoring.methodology import load_methodology

        load_methodology(methodology)  # unknown id -> one clear line before any extraction
    docs = audit_store(db, methodology) if db is not None else []
    if files:
        docs += audit_documents([load_document(Path(f)) for f in files], methodology)
    archive = audit_archive(docs) if len(docs) > 1 else None
    write_report(docs, output if output is not None else sys.stdout, fmt, methodology,  # type: ignore[arg-type]
                 archive=archive)
    findings = [f for doc in docs for f in doc.findings] + (archive.findings if archive else [])
    if fail_on and any(f.severity in _LEVELS[fail_on] for f in findings):
        return EXIT_FINDINGS
    return 0
