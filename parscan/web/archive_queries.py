"""The archive list: every document of the store with its metadata, filtered, and full-text search.

Metadata comes from the `documents` record table (rewritten with the corrected reading when an auditor
corrects a document), coverage, findings, province and review state from the stored summaries; the search
is SQLite FTS5 over the repaired text (`document_text`), accent-folded so "so tu phap" finds "Sở Tư pháp".
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from parscan.archive.summaries import VALID_SUMMARY_SQL, DocumentSummary, summary_from_row

_TERM_RE = re.compile(r"\w+", re.UNICODE)
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"


@dataclass
class DocumentRow:
    sha256: str
    path: str
    state: str
    error: str | None
    year: int | None
    issuer: str | None
    doc_kind: str | None
    summary: DocumentSummary | None  # None until the document is audited here (or when it failed)
    snippet: str | None = None


@dataclass(frozen=True)
class ArchiveFilter:
    """What the auditor narrows the list to; None: no condition."""

    year: int | None = None
    province: str | None = None  # canonical name in the province registry
    kind: str | None = None  # index kind
    severity: str | None = None  # has an open finding of this severity
    reviewed: bool | None = None
    search: str | None = None


def fts_query(text: str) -> str | None:
    """The user's words as an FTS5 query of quoted terms (every word must occur); None when there is none.
    Quoting keeps FTS5 operators and punctuation in the input from being read as query syntax."""
    terms = _TERM_RE.findall(text)
    return " ".join(f'"{t}"' for t in terms) or None


_OPEN_COLUMN = {"error": "s.open_errors", "warning": "s.open_warnings", "info": "s.open_info"}


def list_documents(db: sqlite3.Connection, where: ArchiveFilter = ArchiveFilter()) -> list[DocumentRow]:
    """Documents of the store in path order, narrowed in SQL by year, province, index kind, open severity,
    review state (the stored summaries, `parscan.archive.summaries`) and a full-text search (then each row
    carries a snippet with the matches between \\x02 and \\x03).  One query: no document is audited here."""
    sql = ("SELECT f.sha256, f.path, f.state, f.error, d.issuer, d.doc_kind,"
           " coalesce(d.year_assessed, CAST(nullif(substr(d.date, 1, 4), '') AS INTEGER)) AS year, s.*")
    params: list[object] = []
    query = fts_query(where.search) if where.search else None
    joins = f" FROM files f LEFT JOIN documents d ON d.sha256 = f.sha256 LEFT JOIN {VALID_SUMMARY_SQL}"
    conditions = ["1"]
    if query:
        sql += f", snippet(document_text, 1, '{_MARK_OPEN}', '{_MARK_CLOSE}', '…', 12) AS snip"
        joins += " JOIN document_text ON document_text.sha256 = f.sha256"
        conditions.append("document_text MATCH ?")
        params.append(query)
    else:
        sql += ", NULL AS snip"
    if where.year is not None:
        conditions.append("year = ?")
        params.append(where.year)
    if where.province:
        conditions.append("s.province = ?")
        params.append(where.province)
    if where.kind:
        conditions.append("EXISTS (SELECT 1 FROM json_each(s.index_kinds) k WHERE k.value = ?)")
        params.append(where.kind)
    if where.severity in _OPEN_COLUMN:
        conditions.append(f"{_OPEN_COLUMN[where.severity]} > 0")
    if where.reviewed is not None:
        conditions.append("s.reviewed = ?")
        params.append(int(where.reviewed))
    rows = db.execute(sql + joins + " WHERE " + " AND ".join(conditions) + " ORDER BY f.path", params)
    # s.sha256 is NULL without a valid summary (the row's own sha256 comes first)
    return [DocumentRow(r[0], r["path"], r["state"], r["error"], r["year"], r["issuer"], r["doc_kind"],
                        summary_from_row(r) if r["last_correction"] is not None else None, r["snip"])
            for r in rows]


def provinces_in(db: sqlite3.Connection) -> list[str]:
    """The registry's provinces that documents of the store belong to (the province filter's choices)."""
    return [r[0] for r in db.execute("SELECT DISTINCT province FROM document_summaries WHERE province IS NOT NULL"
                                     " ORDER BY province")]


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, is_match) pieces, for the template to escape and mark up."""
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{_MARK_OPEN}{_MARK_CLOSE}]", snippet)):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts
