"""The archive list: every document of the store with its metadata, filtered, and full-text search.

Metadata comes from the `documents` record table (rewritten with the corrected reading when an auditor
corrects a document); the search is SQLite FTS5 over the repaired text (`document_text`), accent-folded so
"so tu phap" finds "Sở Tư pháp".
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from parscan.normalizers.names import fold

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
    place: str | None
    doc_kind: str | None
    index_kinds: list[str]
    snippet: str | None = None


def fts_query(text: str) -> str | None:
    """The user's words as an FTS5 query of quoted terms (every word must occur); None when there is none.
    Quoting keeps FTS5 operators and punctuation in the input from being read as query syntax."""
    terms = _TERM_RE.findall(text)
    return " ".join(f'"{t}"' for t in terms) or None


def list_documents(db: sqlite3.Connection, year: int | None = None, province: str | None = None,
                   kind: str | None = None, search: str | None = None) -> list[DocumentRow]:
    """Documents of the store in path order, narrowed by year, province (issuer or place), index kind and
    a full-text search (then each row carries a snippet with the matches between \\x02 and \\x03)."""
    sql = ("SELECT f.sha256, f.path, f.state, f.error, d.year_assessed, d.date, d.issuer, d.issuer_parent, d.place,"
           " d.doc_kind, (SELECT group_concat(DISTINCT json_extract(t.value, '$.index_kind'))"
           "   FROM document_json j, json_each(j.json, '$.tables') t WHERE j.sha256 = f.sha256) AS kinds")
    params: list[object] = []
    query = fts_query(search) if search else None
    if query:
        sql += (f", snippet(document_text, 1, '{_MARK_OPEN}', '{_MARK_CLOSE}', '…', 12) AS snip"
                " FROM files f LEFT JOIN documents d ON d.sha256 = f.sha256"
                " JOIN document_text ON document_text.sha256 = f.sha256 WHERE document_text MATCH ?")
        params.append(query)
    else:
        sql += ", NULL AS snip FROM files f LEFT JOIN documents d ON d.sha256 = f.sha256 WHERE 1"
    sql += " ORDER BY f.path"
    rows = []
    for r in db.execute(sql, params):
        row_year = r["year_assessed"] or (int(r["date"][:4]) if r["date"] and r["date"][:4].isdigit() else None)
        kinds = sorted(set(filter(None, (r["kinds"] or "").split(","))))
        if (year is None or row_year == year) and province_ok(r, province) and (not kind or kind in kinds):
            rows.append(DocumentRow(r["sha256"], r["path"], r["state"], r["error"], row_year, r["issuer"],
                                    r["place"], r["doc_kind"], kinds, r["snip"]))
    return rows


def province_ok(r: sqlite3.Row, province: str | None) -> bool:
    """The province named in the issuer, its parent body or the place (accent- and case-blind)."""
    if not province:
        return True
    wanted = fold(province)
    return any(wanted in fold(r[k] or "") for k in ("issuer", "issuer_parent", "place"))


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """A snippet as (text, is_match) pieces, for the template to escape and mark up."""
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{_MARK_OPEN}{_MARK_CLOSE}]", snippet)):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts
