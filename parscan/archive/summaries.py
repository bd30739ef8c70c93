"""Each document's audit summary, kept in the store so that the workbench's archive list is one query.

Auditing a document takes 10 ms to 1 s; an archive of thousands cannot be audited on every view of its
list.  The summary (coverage, the open findings, the review state, the province from the registry, the index
kinds, and the *reach*: the (owner, scope, year, index) groups of figures the cross-document pass compares it
in) is written when the document is audited with its corrections, and is valid only for the reading and the
corrections it was computed from: each row records the file's finish time and the last correction's id, so a
re-extraction or a new correction makes it stale (and `Store.save_document` / `Store.add_correction` also
delete it), never wrong.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from parscan.archive.store import Correction
from parscan.schemas.document import ParscanDocument
from parscan.scoring.archive_audit import DocFacts, document_facts
from parscan.scoring.identity import symbol_key

# a summary is valid while the file's reading and its last correction are those it was computed from
VALID_SUMMARY_SQL = ("document_summaries s ON s.sha256 = f.sha256 AND s.finished_at IS f.finished_at"
                     " AND s.last_correction = (SELECT coalesce(max(c.id), 0) FROM corrections c"
                     " WHERE c.sha256 = f.sha256)")


@dataclass(frozen=True)
class DocumentSummary:
    sha256: str
    finished_at: float | None
    last_correction: int
    province: str | None
    index_kinds: list[str]
    checked: int
    correct: int
    wrong: int
    unverifiable: int
    open_findings: list[dict[str, str]]  # check, severity, message_vi of each finding no auditor has decided on
    reviewed_findings: int
    n_corrections: int
    reach: list[str]  # "owner|scope|year|kind" of every figure group the cross-document pass compares it in
    number_symbol: str | None  # as a key (symbol_key), for the documents citing it
    cites: list[str]  # keys of the numbers it cites

    @property
    def reviewed(self) -> bool:
        """Signed off: an auditor has looked at it (a correction or a decision) and no finding is left open."""
        return self.n_corrections > 0 and not self.open_findings


def reach_of(facts: DocFacts) -> tuple[list[str], str | None, list[str]]:
    """The figure groups the cross-document pass files a document's facts under (a rank move also needs the
    year before), its own number and the numbers it cites, all as keys."""
    groups = {(f.owner, f.scope, f.year, f.kind) for f in facts.facts}
    groups |= set(facts.rankings)
    for m in facts.moves:
        groups |= {(m.owner, m.scope, m.year, m.kind), (m.owner, m.scope, m.year - 1, m.kind)}
    ident = facts.ident
    own = symbol_key(ident.number_symbol) if ident.number_symbol else None
    return sorted(group_key(*g) for g in groups), own, sorted({symbol_key(c) for c in ident.cites})


def group_key(owner: str, scope: str, year: int, kind: str) -> str:
    return f"{owner}|{scope}|{year}|{kind}"


def summarize(audited: ParscanDocument, corrections: list[Correction], finished_at: float | None) -> DocumentSummary:
    """The summary of a document audited with its corrections applied (`corrections.audit_corrected`)."""
    cov = audited.coverage
    facts = document_facts(audited, 0)
    reach, own, cites = reach_of(facts)
    kinds = sorted({t.index_kind for t in audited.tables if t.index_kind and t.index_kind != "unknown"})
    return DocumentSummary(
        sha256=audited.source.sha256, finished_at=finished_at,
        last_correction=max((c.id for c in corrections), default=0), province=facts.ident.province,
        index_kinds=kinds, checked=cov.checked if cov else 0, correct=cov.correct if cov else 0,
        wrong=cov.wrong if cov else 0, unverifiable=cov.unverifiable if cov else 0,
        open_findings=[{"check": f.check, "severity": f.severity, "message_vi": f.message_vi}
                       for f in audited.findings if f.review is None],
        reviewed_findings=sum(f.review is not None for f in audited.findings), n_corrections=len(corrections),
        reach=reach, number_symbol=own, cites=cites)


def save_summary(db: sqlite3.Connection, s: DocumentSummary) -> None:
    severities = [f["severity"] for f in s.open_findings]
    db.execute(
        "INSERT OR REPLACE INTO document_summaries VALUES (?,?,?,?,?, ?,?,?,?, ?,?,?,?,?, ?,?,?,?,?)",
        (s.sha256, s.finished_at, s.last_correction, s.province, json.dumps(s.index_kinds),
         s.checked, s.correct, s.wrong, s.unverifiable,
         json.dumps(s.open_findings, ensure_ascii=False), severities.count("error"), severities.count("warning"),
         severities.count("info"), s.reviewed_findings,
         s.n_corrections, int(s.reviewed), json.dumps(s.reach, ensure_ascii=False), s.number_symbol,
         json.dumps(s.cites, ensure_ascii=False)))


def stale_documents(db: sqlite3.Connection) -> list[str]:
    """Finished documents without a valid summary (never audited here, re-extracted, or corrected since)."""
    return [r[0] for r in db.execute(
        f"SELECT f.sha256 FROM files f LEFT JOIN {VALID_SUMMARY_SQL} WHERE f.state = 'done' AND s.sha256 IS NULL"
        " ORDER BY f.path")]


@dataclass(frozen=True)
class Reach:
    """What the document view needs of every other document to find its neighbours across documents."""

    sha256: str
    path: str
    finished_at: float | None
    last_correction: int
    n_corrections: int
    groups: frozenset[str]
    number_symbol: str | None
    cites: frozenset[str]


def valid_reaches(db: sqlite3.Connection) -> dict[str, Reach]:
    """Every document's reach from its valid summary, by document."""
    rows = db.execute("SELECT s.sha256, f.path, s.finished_at, s.last_correction, s.n_corrections, s.reach,"
                      f" s.number_symbol, s.cites FROM files f JOIN {VALID_SUMMARY_SQL} WHERE f.state = 'done'")
    return {r[0]: Reach(r[0], r[1], r[2], r[3], r[4], frozenset(json.loads(r[5])), r[6], frozenset(json.loads(r[7])))
            for r in rows}


def summaries_version(db: sqlite3.Connection) -> tuple:
    """Changes whenever a summary is written or deleted, a file is re-read or a correction is made (a summary
    row is replaced, never updated, so its rowid grows)."""
    return tuple(db.execute(
        "SELECT (SELECT count(*) FROM document_summaries), (SELECT max(rowid) FROM document_summaries),"
        " (SELECT max(finished_at) FROM files), (SELECT max(id) FROM corrections)").fetchone())
