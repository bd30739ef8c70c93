"""The batch store: one SQLite file (WAL mode) that remembers every input and its records.

Why SQLite: a batch over a whole archive must survive `kill -9`, Ctrl-C and power cuts, and
rerunning the same command must finish the rest without duplicating anything. Files are keyed
by the SHA-256 of their bytes, so a renamed copy is recognised (its path becomes an alias) and a
finished file is never processed twice. Each finished file is written in ONE transaction (its
document JSON, its records and its state), so a crash loses at most the files that were in flight.
"""

from __future__ import annotations

import fcntl
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from parscan.errors import ParscanError
from parscan.schemas.document import ParscanDocument, Source
from parscan.schemas.geometry import Evidence

FileState = Literal["pending", "running", "done", "failed"]
STATES: tuple[FileState, ...] = ("done", "failed", "pending", "running")

# The record tables every exporter writes, in this order.
RECORD_TABLES = ("documents", "rankings", "criteria", "assignments", "claims", "findings")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS files (
    sha256 TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    kind TEXT,
    page_count INTEGER,
    bytes INTEGER,
    state TEXT NOT NULL CHECK (state IN ('pending', 'running', 'done', 'failed')),
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    queued_at REAL,
    started_at REAL,
    finished_at REAL,
    wall_s REAL,
    page_cpu_s REAL,
    peak_rss_mb REAL
);
CREATE TABLE IF NOT EXISTS aliases (
    sha256 TEXT NOT NULL REFERENCES files(sha256),
    path TEXT NOT NULL,
    PRIMARY KEY (sha256, path)
);
CREATE TABLE IF NOT EXISTS document_json (
    sha256 TEXT PRIMARY KEY REFERENCES files(sha256),
    json TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    sha256 TEXT PRIMARY KEY REFERENCES files(sha256),
    path TEXT, kind TEXT, page_count INTEGER, mean_conf REAL,
    doc_kind TEXT, issuer TEXT, issuer_parent TEXT, number_symbol TEXT, place TEXT, date TEXT,
    subject TEXT, year_assessed INTEGER, signer TEXT, is_par_document INTEGER,
    n_rankings INTEGER, n_criteria INTEGER, n_assignments INTEGER, n_claims INTEGER, n_findings INTEGER,
    parscan_version TEXT
);
CREATE TABLE IF NOT EXISTS rankings (
    sha256 TEXT NOT NULL REFERENCES files(sha256), idx INTEGER NOT NULL,
    table_id TEXT, grp TEXT, rank INTEGER, unit TEXT, unit_canonical TEXT, unit_id TEXT,
    total REAL, max_points REAL, index_pct REAL, components TEXT, marks TEXT, warnings TEXT, page INTEGER,
    PRIMARY KEY (sha256, idx)
);
CREATE TABLE IF NOT EXISTS criteria (
    sha256 TEXT NOT NULL REFERENCES files(sha256), idx INTEGER NOT NULL,
    table_id TEXT, code TEXT, level TEXT, name TEXT, name_canonical TEXT, max_points REAL,
    "values" TEXT, lead_agency TEXT, warnings TEXT, page INTEGER,
    PRIMARY KEY (sha256, idx)
);
CREATE TABLE IF NOT EXISTS assignments (
    sha256 TEXT NOT NULL REFERENCES files(sha256), idx INTEGER NOT NULL,
    agency TEXT, agency_canonical TEXT, agency_id TEXT, scope TEXT, page INTEGER,
    PRIMARY KEY (sha256, idx)
);
CREATE TABLE IF NOT EXISTS claims (
    sha256 TEXT NOT NULL REFERENCES files(sha256), idx INTEGER NOT NULL,
    kind TEXT, subject TEXT, value REAL, unit TEXT, previous_value REAL, previous_year INTEGER, year INTEGER,
    members TEXT, text TEXT, page INTEGER,
    PRIMARY KEY (sha256, idx)
);
CREATE TABLE IF NOT EXISTS findings (
    sha256 TEXT NOT NULL REFERENCES files(sha256), idx INTEGER NOT NULL,
    "check" TEXT, severity TEXT, message_vi TEXT, message_en TEXT, published TEXT, expected TEXT,
    unit TEXT, code TEXT, ocr_doubt INTEGER, page INTEGER,
    review_status TEXT, review_by TEXT, review_at TEXT, review_note TEXT,
    PRIMARY KEY (sha256, idx)
);
CREATE INDEX IF NOT EXISTS files_state ON files(state);
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sha256 TEXT NOT NULL REFERENCES files(sha256),
    target TEXT NOT NULL,
    old_value TEXT, new_value TEXT NOT NULL, author TEXT NOT NULL, created_at REAL NOT NULL, note TEXT
);
CREATE INDEX IF NOT EXISTS corrections_doc ON corrections(sha256, id);
CREATE TABLE IF NOT EXISTS document_summaries (
    sha256 TEXT PRIMARY KEY REFERENCES files(sha256),
    finished_at REAL, last_correction INTEGER NOT NULL, province TEXT, index_kinds TEXT NOT NULL,
    checked INTEGER, correct INTEGER, wrong INTEGER, unverifiable INTEGER,
    open_findings TEXT NOT NULL, open_errors INTEGER, open_warnings INTEGER, open_info INTEGER, reviewed_findings INTEGER,
    n_corrections INTEGER, reviewed INTEGER, reach TEXT NOT NULL, number_symbol TEXT, cites TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS document_text USING fts5(
    sha256 UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2'
);
"""


class StoreBusyError(ParscanError):
    """Another `parscan batch` holds this store: two writers would reset each other's work."""

    exit_code = 3


@dataclass(frozen=True)
class FileRow:
    sha256: str
    path: str
    state: FileState
    error: str | None
    attempts: int
    page_count: int | None


@dataclass(frozen=True)
class Correction:
    """An auditor's correction: the OCR reading stays in `document_json`, this row says what it should be.

    `target` is `cell:TABLE:ROW:COL`, `line:PAGE:INDEX` or `finding:KEY` (a review: confirmed|dismissed)."""

    id: int
    sha256: str
    target: str
    old_value: str | None
    new_value: str
    author: str
    created_at: float
    note: str | None


@dataclass(frozen=True)
class FileTimings:
    wall_s: float
    page_cpu_s: float
    peak_rss_mb: float | None


def _dumps(value: Any) -> str | None:
    if value in (None, [], {}):
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _page(evidence: Evidence | None) -> int | None:
    return evidence.page if evidence is not None else None


def _text_or_number(value: float | str | None) -> str | None:
    return None if value is None else str(value)


class Store:
    """SQLite store of a batch. Cheap to open; use as a context manager."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        self.path = Path(path)
        self._lock_fh: Any = None
        if read_only:  # a reader (`parscan serve`) neither creates nor migrates, and never waits for the write lock
            self.db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, isolation_level=None, timeout=30.0,
                                      check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            return
        if self.path.parent and not self.path.parent.exists():
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: we open transactions ourselves (BEGIN IMMEDIATE), one per finished file
        self.db = sqlite3.connect(str(self.path), isolation_level=None, timeout=30.0)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode=WAL")
        # NORMAL in WAL mode: a process crash loses nothing committed; only a power cut may lose the last ones
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        with self.transaction():
            for statement in filter(str.strip, _SCHEMA.split(";\n")):
                self.db.execute(statement)
            self._index_text_of_older_store()
            self._add_review_columns_of_older_store()

    def _index_text_of_older_store(self) -> None:
        """A store written before full-text search gets its documents' text indexed once, on first open."""
        if self.db.execute("SELECT 1 FROM document_text LIMIT 1").fetchone() is None:
            self.db.execute("INSERT INTO document_text (sha256, text) "
                            "SELECT sha256, json_extract(json, '$.text') FROM document_json")

    def _add_review_columns_of_older_store(self) -> None:
        """A store written before reviews were exported gets the findings' review columns (empty until the
        document is corrected or reviewed again)."""
        have = {r["name"] for r in self.db.execute("PRAGMA table_info(findings)")}
        for column in ("review_status", "review_by", "review_at", "review_note"):
            if column not in have:
                self.db.execute(f"ALTER TABLE findings ADD COLUMN {column} TEXT")

    def close(self) -> None:
        self.unlock()
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # -- single writer ---------------------------------------------------------------------------

    def lock(self) -> None:
        """Take the writer lock for a batch run; released by the OS even on kill -9."""
        fh = open(f"{self.path}.lock", "w")  # noqa: SIM115 - held for the life of the run
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            fh.close()
            raise StoreBusyError(f"{self.path}: another parscan batch is running on this store") from exc
        self._lock_fh = fh

    def unlock(self) -> None:
        if self._lock_fh is not None:
            self._lock_fh.close()
            self._lock_fh = None

    # -- file states -----------------------------------------------------------------------------

    def recover(self) -> int:
        """Files left `running` by a crashed run become `pending` again. Returns how many."""
        with self.transaction() as db:
            cur = db.execute("UPDATE files SET state='pending', started_at=NULL WHERE state='running'")
            return cur.rowcount

    def get(self, sha256: str) -> FileRow | None:
        row = self.db.execute(
            "SELECT sha256, path, state, error, attempts, page_count FROM files WHERE sha256=?", (sha256,)
        ).fetchone()
        return FileRow(**dict(row)) if row else None

    def register(self, sha256: str, path: str) -> FileRow:
        """Record an input as pending unless its content is already known; a new path becomes an alias."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO files (sha256, path, state, queued_at) VALUES (?, ?, 'pending', ?)",
                (sha256, path, time.time()),
            )
            db.execute("INSERT OR IGNORE INTO aliases (sha256, path) VALUES (?, ?)", (sha256, path))
        row = self.get(sha256)
        assert row is not None
        return row

    def set_source(self, source: Source) -> None:
        self.db.execute(
            "UPDATE files SET kind=?, page_count=?, bytes=? WHERE sha256=?",
            (source.kind, source.page_count, source.bytes, source.sha256),
        )

    def mark_running(self, sha256: str) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE files SET state='running', attempts=attempts+1, started_at=?, error=NULL WHERE sha256=?",
                (time.time(), sha256),
            )

    def mark_pending(self, sha256: str) -> None:
        """Put an in-flight file back (e.g. its worker pool died); its attempt still counts."""
        self.db.execute("UPDATE files SET state='pending' WHERE sha256=?", (sha256,))

    def mark_failed(self, sha256: str, error: str, timings: FileTimings | None = None) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE files SET state='failed', error=?, finished_at=?, wall_s=?, page_cpu_s=?, peak_rss_mb=? "
                "WHERE sha256=?",
                (
                    error,
                    time.time(),
                    timings.wall_s if timings else None,
                    timings.page_cpu_s if timings else None,
                    timings.peak_rss_mb if timings else None,
                    sha256,
                ),
            )

    def save_document(self, doc: ParscanDocument, timings: FileTimings) -> None:
        """Write a finished file in one transaction: JSON, records, state `done`."""
        sha = doc.source.sha256
        with self.transaction() as db:
            db.execute("DELETE FROM document_json WHERE sha256=?", (sha,))
            db.execute(
                "INSERT INTO document_json (sha256, json) VALUES (?, ?)", (sha, doc.model_dump_json())
            )
            _replace_records(db, doc)
            db.execute("DELETE FROM document_summaries WHERE sha256=?", (sha,))  # audited from the old reading
            db.execute(
                "UPDATE files SET state='done', error=NULL, kind=?, page_count=?, bytes=?, finished_at=?, "
                "wall_s=?, page_cpu_s=?, peak_rss_mb=? WHERE sha256=?",
                (
                    doc.source.kind,
                    doc.source.page_count,
                    doc.source.bytes,
                    time.time(),
                    timings.wall_s,
                    timings.page_cpu_s,
                    timings.peak_rss_mb,
                    sha,
                ),
            )

    def replace_records(self, doc: ParscanDocument) -> None:
        """Rewrite a document's record tables and searchable text from a corrected reading (the stored
        document JSON, what the OCR read, is left as it is): exports then show the corrected values."""
        with self.transaction() as db:
            _replace_records(db, doc)

    # -- corrections -----------------------------------------------------------------------------

    def add_correction(self, sha256: str, target: str, old_value: str | None, new_value: str, author: str,
                       note: str | None = None) -> Correction:
        """Record one correction (never an update: the trail keeps every earlier one)."""
        with self.transaction() as db:
            cur = db.execute(
                "INSERT INTO corrections (sha256, target, old_value, new_value, author, created_at, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (sha256, target, old_value, new_value, author, time.time(), note),
            )
            db.execute("DELETE FROM document_summaries WHERE sha256=?", (sha256,))  # audited without it
            row = db.execute("SELECT * FROM corrections WHERE id=?", (cur.lastrowid,)).fetchone()
        return Correction(**dict(row))

    def corrections(self, sha256: str | None = None) -> list[Correction]:
        """A document's corrections (every document's without `sha256`), oldest first."""
        if sha256 is None:
            rows = self.db.execute("SELECT * FROM corrections ORDER BY id")
        else:
            rows = self.db.execute("SELECT * FROM corrections WHERE sha256=? ORDER BY id", (sha256,))
        return [Correction(**dict(r)) for r in rows]

    # -- reading ---------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        counts = {state: 0 for state in STATES}
        for row in self.db.execute("SELECT state, COUNT(*) AS n FROM files GROUP BY state"):
            counts[row["state"]] = row["n"]
        return counts

    def files(self, states: Iterable[str] | None = None) -> list[FileRow]:
        rows = self.db.execute(
            "SELECT sha256, path, state, error, attempts, page_count FROM files ORDER BY path"
        ).fetchall()
        wanted = set(states) if states is not None else None
        return [FileRow(**dict(r)) for r in rows if wanted is None or r["state"] in wanted]

    def aliases(self, sha256: str) -> list[str]:
        rows = self.db.execute("SELECT path FROM aliases WHERE sha256=? ORDER BY path", (sha256,))
        return [r["path"] for r in rows]

    def document(self, sha256: str) -> ParscanDocument | None:
        row = self.db.execute("SELECT json FROM document_json WHERE sha256=?", (sha256,)).fetchone()
        return ParscanDocument.model_validate_json(row["json"]) if row else None

    def rows(self, table: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Column names and rows of one record table, in a stable order (for exporters)."""
        if table not in RECORD_TABLES:
            raise ValueError(f"unknown table {table!r}")
        order = "sha256" if table == "documents" else "sha256, idx"
        cur = self.db.execute(f"SELECT * FROM {table} ORDER BY {order}")
        columns = [d[0] for d in cur.description]
        return columns, [tuple(r) for r in cur.fetchall()]


def _replace_records(db: sqlite3.Connection, doc: ParscanDocument) -> None:
    sha = doc.source.sha256
    for table in (*RECORD_TABLES, "document_text"):
        db.execute(f"DELETE FROM {table} WHERE sha256=?", (sha,))
    db.execute("INSERT INTO document_text (sha256, text) VALUES (?, ?)", (sha, doc.text))
    meta = doc.document
    confs = [p.mean_conf for p in doc.pages if p.mean_conf is not None]
    signer = None
    if meta.signer is not None:
        signer = " ".join(x for x in (meta.signer.authority, meta.signer.title, meta.signer.name) if x) or None
    db.execute(
        "INSERT INTO documents VALUES (?,?,?,?,?, ?,?,?,?,?,?, ?,?,?,?, ?,?,?,?,?, ?)",
        (
            sha, doc.source.path, doc.source.kind, doc.source.page_count,
            round(sum(confs) / len(confs), 2) if confs else None,
            meta.kind, meta.issuer, meta.issuer_parent, meta.number_symbol, meta.place, meta.date,
            meta.subject, meta.year_assessed, signer,
            None if meta.is_par_document is None else int(meta.is_par_document),
            len(doc.rankings), len(doc.criteria), len(doc.assignments), len(doc.claims), len(doc.findings),
            doc.parscan_version,
        ),
    )
    db.executemany(
        "INSERT INTO rankings VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                sha, i, r.table_id, r.group, r.rank, r.unit.printed, r.unit.canonical, r.unit.registry_id,
                r.total, r.max_points, r.index_pct, _dumps(r.components), _dumps(r.marks), _dumps(r.warnings),
                _page(r.evidence),
            )
            for i, r in enumerate(doc.rankings)
        ],
    )
    db.executemany(
        "INSERT INTO criteria VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                sha, i, c.table_id, c.code, c.level, c.name.printed, c.name.canonical, c.max_points,
                _dumps(c.values), _dumps([m.canonical or m.printed for m in c.lead_agency]), _dumps(c.warnings),
                _page(c.evidence),
            )
            for i, c in enumerate(doc.criteria)
        ],
    )
    db.executemany(
        "INSERT INTO assignments VALUES (?,?,?,?,?,?,?)",
        [
            (
                sha, i, a.agency.printed, a.agency.canonical, a.agency.registry_id,
                _dumps([s.model_dump() for s in a.scope]), _page(a.evidence),
            )
            for i, a in enumerate(doc.assignments)
        ],
    )
    db.executemany(
        "INSERT INTO claims VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                sha, i, c.kind, c.subject, c.value, c.unit, c.previous_value, c.previous_year, c.year,
                _dumps(c.members), c.text, _page(c.evidence),
            )
            for i, c in enumerate(doc.claims)
        ],
    )
    db.executemany(
        "INSERT INTO findings VALUES (?,?,?,?,?,?,?,?,?,?,?,?, ?,?,?,?)",
        [
            (
                sha, i, f.check, f.severity, f.message_vi, f.message_en, _text_or_number(f.published),
                _text_or_number(f.expected), f.unit, f.code, int(f.ocr_doubt),
                f.evidence[0].page if f.evidence else None,
                *((f.review.status, f.review.by, f.review.at, f.review.note) if f.review else (None,) * 4),
            )
            for i, f in enumerate(doc.findings)
        ],
    )
