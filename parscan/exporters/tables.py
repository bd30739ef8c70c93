"""Export the interpreted tables (rankings, criteria, assignments, claims) as CSV or XLSX.

XLSX: one sheet per record kind (``rankings``, ``criteria``, ``assignments``, ``claims``) plus
``metadata``.  CSV: ONE file with a ``kind`` column and the union of all columns, so a single
``-o out.csv`` path holds everything and filters by kind in any spreadsheet.  Value columns are
dynamic (``appraisal``, ``survey``, ``score_2019``, ``target_2020`` …) because they come from the
printed headers.  Every row keeps its evidence (page, line span or box) and warnings.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from parscan.errors import BadInputError
from parscan.schemas.document import ParscanDocument
from parscan.schemas.geometry import Evidence

KINDS = ("rankings", "criteria", "assignments", "claims")


def _where(ev: Evidence | None) -> dict[str, Any]:
    if ev is None:
        return {"page": None, "line_start": None, "line_end": None, "box": None}
    box = f"{ev.box.x0},{ev.box.y0},{ev.box.x1},{ev.box.y1}" if ev.box else None
    return {"page": ev.page, "line_start": ev.line_start, "line_end": ev.line_end, "box": box}


def record_rows(doc: ParscanDocument) -> dict[str, list[dict[str, Any]]]:
    """Flat rows per record kind (the same dicts feed CSV and XLSX)."""
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in KINDS}
    for r in doc.rankings:
        row = {"table_id": r.table_id, "group": r.group, "rank": r.rank, "unit_printed": r.unit.printed,
               "unit": r.unit.canonical, "unit_id": r.unit.registry_id, "match_score": r.unit.score}
        row.update(r.components)
        row.update({"total": r.total, "max_points": r.max_points, "index_pct": r.index_pct,
                    "marks": " ".join(r.marks), "warnings": "; ".join(r.warnings), **_where(r.evidence)})
        out["rankings"].append(row)
    for c in doc.criteria:
        row = {"table_id": c.table_id, "code": c.code, "level": c.level, "name_printed": c.name.printed,
               "name": c.name.canonical, "match_score": c.name.score, "max_points": c.max_points,
               "max_points_source": c.max_points_source}
        row.update(c.values)
        row.update({"lead_agency": "; ".join(m.canonical or m.printed for m in c.lead_agency),
                    "warnings": "; ".join(c.warnings), **_where(c.evidence)})
        out["criteria"].append(row)
    for a in doc.assignments:
        for s in a.scope:
            out["assignments"].append({
                "agency_printed": a.agency.printed, "agency": a.agency.canonical, "level": s.level, "code": s.code,
                "name": s.name, "excluding": ", ".join(s.excluding), **_where(a.evidence)})
    for cl in doc.claims:
        out["claims"].append({
            "claim": cl.kind, "subject": cl.subject, "value": cl.value, "unit": cl.unit,
            "previous_value": cl.previous_value, "previous_year": cl.previous_year, "year": cl.year,
            "members": "; ".join(cl.members), "bounds": json.dumps(cl.bounds) if cl.bounds else None,
            "text": cl.text, **_where(cl.evidence)})
    return out


def _columns(rows: list[dict[str, Any]]) -> list[str]:
    cols: list[str] = []
    for row in rows:
        cols.extend(k for k in row if k not in cols)
    return cols


def write_tables(doc: ParscanDocument, path: str | Path, fmt: str = "xlsx") -> Path:
    """Write the records of `doc` to `path` as ``csv`` (one file, ``kind`` column) or ``xlsx``."""
    path = Path(path)
    rows = record_rows(doc)
    if fmt == "csv":
        flat = [{"kind": kind, **row} for kind in KINDS for row in rows[kind]]
        with path.open("w", newline="", encoding="utf-8-sig") as fh:  # BOM: Excel opens Vietnamese correctly
            writer = csv.DictWriter(fh, fieldnames=_columns(flat) or ["kind"])
            writer.writeheader()
            writer.writerows(flat)
        return path
    if fmt == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        book.remove(book.active)
        for kind in KINDS:
            sheet = book.create_sheet(kind)
            cols = _columns(rows[kind])
            if cols:
                sheet.append(cols)
                for row in rows[kind]:
                    sheet.append([row.get(c) for c in cols])
        meta = book.create_sheet("metadata")
        m = doc.document
        for key, value in (("source", doc.source.path), ("kind", m.kind), ("number_symbol", m.number_symbol),
                           ("issuer", m.issuer), ("issuer_parent", m.issuer_parent), ("place", m.place),
                           ("date", m.date), ("subject", m.subject), ("year_assessed", m.year_assessed),
                           ("signer", m.signer.name if m.signer else None),
                           ("signer_title", m.signer.title if m.signer else None),
                           ("is_par_document", m.is_par_document)):
            meta.append([key, value])
        book.save(path)
        return path
    raise BadInputError(f"unknown table format {fmt!r} (expected csv or xlsx)")
