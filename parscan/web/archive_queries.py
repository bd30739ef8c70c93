"""The archive list: every document of the store with its metadata, filtered, and full-text search.

Metadata comes from the `documents` record table (rewritten with the corrected reading when an auditor
corrects a document), coverage, findings, province and review state from the stored summaries; the search
is SQLite FTS5 over the repaired text (`document_text`), accent-folded so "so tu phap" finds "Sở Tư pháp".
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass

from parscan.archive.summaries import VALID_SUMMARY_SQL

_TERM_RE = re.compile(r"\w+", re.UNICODE)
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"


@dataclass(frozen=True)
class ListedAudit:
    """What the list shows of a document's stored summary (`parscan.archive.summaries`)."""

    province: str | None
    index_kinds: list[str]
    checked: int
    correct: int
    wrong: int
    unverifiable: int
    open_findings: list[dict[str, str]]
    reviewed: bool


@dataclass
class DocumentRow:
    sha256: str
    path: str
    state: str
    error: str | None
    year: int | None
    issuer: str | None
    doc_kind: str | None
    summary: ListedAudit | None  # None until the document is audited here (or when it failed)
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


_YEAR_SQL = "coalesce(d.year_assessed, CAST(nullif(substr(d.date, 1, 4), '') AS INTEGER))"
_OPEN_COLUMN = {"error": "s.open_errors", "warning": "s.open_warnings", "info": "s.open_info"}


def list_documents(db: sqlite3.Connection, where: ArchiveFilter = ArchiveFilter(), limit: int = -1,
                   offset: int = 0) -> tuple[list[DocumentRow], int]:
    """Documents of the store in path order, narrowed in SQL by year, province, index kind, open severity,
    review state (the stored summaries, `parscan.archive.summaries`) and a full-text search (then each row
    carries a snippet with the matches between \\x02 and \\x03); `limit` of them from `offset`, and how many
    match in all.  One query: no document is audited here."""
    sql = (f"SELECT f.sha256, f.path, f.state, f.error, d.issuer, d.doc_kind, {_YEAR_SQL} AS year,"
           " s.last_correction, s.province, s.index_kinds, s.checked, s.correct, s.wrong, s.unverifiable,"
           " s.open_findings, s.reviewed")
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
        conditions.append(f"{_YEAR_SQL} = ?")
        params.append(where.year)
    n_plain = len(conditions)  # the conditions below are on the summaries
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
    by_summary = len(conditions) > n_plain
    where_sql = " WHERE " + " AND ".join(conditions)
    page = " ORDER BY f.path LIMIT ? OFFSET ?"
    rows = db.execute(sql + joins + where_sql + page, [*params, limit, offset]).fetchall()
    if not by_summary:  # the summaries narrow nothing: count without joining them
        joins = joins.replace(f" LEFT JOIN {VALID_SUMMARY_SQL}", "")
    total = db.execute("SELECT count(*)" + joins + where_sql, params).fetchone()[0]
    return [DocumentRow(r[0], r[1], r[2], r[3], r[6], r[4], r[5], _listed(r), r["snip"]) for r in rows], total


def _listed(r: sqlite3.Row) -> ListedAudit | None:
    if r["last_correction"] is None:  # no valid summary
        return None
    return ListedAudit(r["province"], json.loads(r["index_kinds"]), r["checked"], r["correct"], r["wrong"],
                       r["unverifiable"], json.loads(r["open_findings"]), bool(r["reviewed"]))


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
