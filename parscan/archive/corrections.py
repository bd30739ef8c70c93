"""An auditor's corrections applied to a stored document, and its audit redone with them.

The store keeps what the OCR read (`document_json`) and, beside it, every correction (`corrections`):
a cell's value, a line's text, or a decision on a finding.  Applying them gives the *corrected* document:
the latest correction of each target replaces the reading, the records are read again from the corrected
tables and lines (`parscan.extractors.reinterpret`), the audit is redone, and each finding an auditor has
confirmed or dismissed carries that review.  `parscan audit --db` and `parscan serve` both go through here,
so the browser and the command line agree.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from parscan.archive.store import Correction
from parscan.schemas.document import ParscanDocument
from parscan.schemas.findings import Finding, Review
from parscan.schemas.ocr import Line
from parscan.schemas.records import Cell

REVIEW_STATUSES = ("confirmed", "dismissed")


class TargetError(ValueError):
    """A correction names no cell, line or finding of its document."""


@dataclass(frozen=True)
class Target:
    """What a correction is about: `cell:TABLE:ROW:COL`, `line:PAGE:INDEX` (0-based) or `finding:KEY`."""

    kind: str
    table: str = ""
    page: int = 0
    row: int = 0
    col: int = 0
    key: str = ""

    @classmethod
    def parse(cls, text: str) -> "Target":
        kind, _, rest = text.partition(":")
        try:
            if kind == "cell":
                table, row, col = rest.rsplit(":", 2)
                return cls("cell", table=table, row=int(row), col=int(col))
            if kind == "line":
                page, index = rest.split(":")
                return cls("line", page=int(page), row=int(index))
        except ValueError as exc:
            raise TargetError(f"malformed target {text!r}") from exc
        if kind == "finding" and rest:
            return cls("finding", key=rest)
        raise TargetError(f"malformed target {text!r}")


def cell_target(table_id: str, cell: Cell) -> str:
    return f"cell:{table_id}:{cell.row}:{cell.col}"


def line_target(page: int, index: int) -> str:
    return f"line:{page}:{index}"


def finding_key(finding: Finding) -> str:
    """A finding's identity across re-audits: the same check on the same figure of the same unit."""
    return "|".join(str(x) for x in (finding.check, finding.unit or "", finding.code or "", finding.published))


def finding_target(finding: Finding) -> str:
    return f"finding:{finding_key(finding)}"


def find_cell(doc: ParscanDocument, table_id: str, row: int, col: int) -> Cell | None:
    for table in doc.tables:
        if table.id == table_id:
            return next((c for c in table.cells if c.row == row and c.col == col), None)
    return None


def find_line(doc: ParscanDocument, page: int, index: int) -> Line | None:
    for p in doc.pages:
        if p.number == page:
            return p.lines[index] if 0 <= index < len(p.lines) else None
    return None


def current_value(doc: ParscanDocument, target: str) -> str | None:
    """What the (corrected) document holds at `target`; raises TargetError when there is no such thing."""
    t = Target.parse(target)
    if t.kind == "cell":
        cell = find_cell(doc, t.table, t.row, t.col)
        if cell is None:
            raise TargetError(f"no cell {target!r} in this document")
        return cell.text
    if t.kind == "line":
        line = find_line(doc, t.page, t.row)
        if line is None:
            raise TargetError(f"no line {target!r} in this document")
        return line.text
    finding = next((f for f in doc.findings if finding_key(f) == t.key), None)
    if finding is None:
        raise TargetError(f"no finding {t.key!r} in this document")
    return finding.review.status if finding.review else None


def latest(corrections: list[Correction]) -> dict[str, Correction]:
    """The correction in force for each target: the last one recorded."""
    out: dict[str, Correction] = {}
    for c in sorted(corrections, key=lambda c: c.id):
        out[c.target] = c
    return out


def apply_corrections(doc: ParscanDocument, corrections: list[Correction]) -> ParscanDocument:
    """A copy of `doc` with the corrected cells and lines, its records read again from them (or `doc`
    itself when no correction changes a reading).  A correction whose target is gone is skipped."""
    from parscan.extractors import reinterpret
    from parscan.normalizers.numbers import read_number

    edits = [c for c in latest(corrections).values() if not c.target.startswith("finding:")]
    if not edits:
        return doc
    doc = doc.model_copy(deep=True)
    for c in edits:
        t = Target.parse(c.target)
        if t.kind == "cell" and (cell := find_cell(doc, t.table, t.row, t.col)) is not None:
            cell.text, cell.value, cell.ocr_doubt = c.new_value, read_number(c.new_value).value, None
        elif t.kind == "line" and (line := find_line(doc, t.page, t.row)) is not None:
            line.text = c.new_value
    doc.refresh_text()
    return reinterpret(doc)


def apply_reviews(doc: ParscanDocument, corrections: list[Correction]) -> ParscanDocument:
    """Attach to each finding the auditor's latest decision on it (in place; returned)."""
    decisions = {c.target: c for c in latest(corrections).values() if c.target.startswith("finding:")}
    for finding in doc.findings:
        c = decisions.get(finding_target(finding))
        if c is not None and c.new_value in REVIEW_STATUSES:
            at = dt.datetime.fromtimestamp(c.created_at, dt.timezone.utc).isoformat(timespec="seconds")
            finding.review = Review(status=c.new_value, by=c.author, at=at, note=c.note)  # type: ignore[arg-type]
    return doc


def audit_corrected(doc: ParscanDocument, corrections: list[Correction],
                    methodology: str | None = None) -> ParscanDocument:
    """The document as corrected, audited alone, its findings carrying their reviews (`doc` itself, audited
    in place, when no correction changes a reading)."""
    from parscan.scoring.audit import audit_documents

    corrected = apply_corrections(doc, corrections)
    audit_documents([corrected], methodology)
    return apply_reviews(corrected, corrections)


def stored_corrections(db: str | Path) -> dict[str, list[Correction]]:
    """Every document's corrections from a store, read-only (a store older than corrections has none)."""
    con = sqlite3.connect(f"file:{Path(db)}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    try:
        rows = con.execute("SELECT * FROM corrections ORDER BY id").fetchall()
    except sqlite3.OperationalError:  # no such table: written before `parscan serve` existed
        rows = []
    finally:
        con.close()
    out: dict[str, list[Correction]] = {}
    for r in rows:
        out.setdefault(r["sha256"], []).append(Correction(**dict(r)))
    return out
