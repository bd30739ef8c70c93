"""The `series` table of `parscan export`: every unit's figures over the years, one row per figure (long format).

    unit, unit_key, scope, province, year, index_kind, component, value, rank, origin, role,
    source_sha256, source_path, page

One row per printed ranking figure (the index, the total and each component of a unit's row, with the row's
rank) and per stated figure (a unit's value or rank, a group's average); `role` says whether the document is
the issuing authority's publication of that year's figures or quotes them, so an analyst can keep the
publications only (`role == "publication"`) and load a clean panel into pandas.  Read from the store's
documents, never the scans.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from parscan.schemas.document import ParscanDocument
from parscan.scoring.archive_audit import _group_scope, _owner, _unit_of, iter_store
from parscan.scoring.identity import identify, publishes

SERIES_COLUMNS = ["unit", "unit_key", "scope", "province", "year", "index_kind", "component", "value", "rank",
                  "origin", "role", "source_sha256", "source_path", "page"]

SERIES_TYPES = {"unit": "string", "unit_key": "string", "scope": "string", "province": "string", "year": "int64",
                "index_kind": "string", "component": "string", "value": "float64", "rank": "int64", "origin": "string",
                "role": "string", "source_sha256": "string", "source_path": "string", "page": "int64"}


def document_series(doc: ParscanDocument) -> Iterator[tuple[Any, ...]]:
    ident = identify(doc)
    year = ident.year_assessed
    sha, path = doc.source.sha256, doc.source.path
    kinds = {t.id: t.index_kind for t in doc.tables if t.index_kind and t.index_kind != "unknown"}
    groups: dict[tuple[str | None, str | None], list] = defaultdict(list)
    for row in doc.rankings:
        groups[(row.table_id, row.group)].append(row)
    for (table_id, group), rows in groups.items():
        scope = _group_scope(doc, ident, group, [r.unit.printed for r in rows])
        owner = _owner(scope, ident) if scope else None
        kind = kinds.get(table_id or "", ident.index_kind)
        role = "publication" if scope and publishes(ident, scope, owner) else "quote"
        for row in rows:
            _, key = _unit_of(row.unit.printed, scope)
            page = row.evidence.page if row.evidence else None
            province = owner if owner and owner != "VN" else None
            base = (row.unit.printed, key, scope, province, year, kind)
            tail = (sha, path, page)
            index = row.index_pct if row.index_pct is not None else row.total
            if index is not None:
                yield (*base, "index", index, row.rank, "table", role, *tail)
            if row.total is not None and row.index_pct is not None:
                yield (*base, "total", row.total, row.rank, "table", role, *tail)
            for name, value in row.components.items():
                if value is not None:
                    yield (*base, name, value, row.rank, "table", role, *tail)
    for claim in doc.claims:
        cyear = claim.year or year
        if cyear is None or claim.value is None or claim.field:
            continue
        kind = claim.index_kind or ident.index_kind
        hint = claim.scope or (claim.group if claim.group in ("departments", "districts") else None) or \
            (ident.scopes[0] if ident.scopes else None)
        page = claim.evidence.page if claim.evidence else None
        if claim.kind in ("value", "highest", "lowest", "rank"):
            scope, key = _unit_of(claim.subject, hint)
            scope = scope or hint
            owner = _owner(scope, ident) if scope else None
            if not key or scope is None:
                continue
            role = "publication" if publishes(ident, scope, owner) and cyear == year else "quote"
            province = owner if owner and owner != "VN" else None
            if claim.kind == "rank":
                yield (claim.subject, key, scope, province, cyear, kind, "rank", claim.value, int(claim.value),
                       "claim", role, sha, path, page)
            else:
                yield (claim.subject, key, scope, province, cyear, kind, "index", claim.value, None, "claim", role,
                       sha, path, page)
            if claim.previous_value is not None and claim.kind == "value":
                yield (claim.subject, key, scope, province, claim.previous_year or cyear - 1, kind, "index",
                       claim.previous_value, None, "claim_previous", "quote", sha, path, page)
        elif claim.kind == "average" and claim.frame is not None and not claim.bounds and not claim.band and hint:
            owner = _owner(hint, ident)
            role = "publication" if publishes(ident, hint, owner) and cyear == year else "quote"
            province = owner if owner and owner != "VN" else None
            yield (None, "", hint, province, cyear, kind, "average", claim.value, None, "claim", role, sha, path, page)


def series_rows(db: str | Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Columns and rows of the series table of a store, ordered by scope, unit, year."""
    rows: list[tuple[Any, ...]] = []
    for doc in iter_store(db):
        rows.extend(document_series(doc))
    rows.sort(key=lambda r: (r[2] or "", r[3] or "", r[1] or "", r[4] or 0, r[6], r[10] != "publication"))
    return SERIES_COLUMNS, rows
