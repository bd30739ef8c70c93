"""A document as the auditor sees it: the stored reading with its corrections applied, audited.

Auditing a document takes 0.1-1 s; a page view must answer in well under that, so the result is kept
in memory, keyed by what it depends on (the stored reading's finish time and the last correction's id):
a new correction or a re-processed file makes a new key, never a stale view.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from parscan.archive.corrections import audit_corrected
from parscan.archive.store import Correction, Store
from parscan.archive.summaries import save_summary, stale_documents, summarize
from parscan.schemas.document import ParscanDocument

_CACHE_SIZE = 64


@dataclass(frozen=True)
class DocumentState:
    original: ParscanDocument  # what the OCR read (the stored JSON), never changed
    audited: ParscanDocument  # corrected and audited
    corrections: list[Correction]
    state: str
    finished_at: float | None  # of the stored reading


class DocumentStates:
    """Audited documents of one store, computed on first view and kept (least recently used out)."""

    def __init__(self) -> None:
        self._cache: OrderedDict[tuple[str, float | None, int], DocumentState] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, store: Store, sha256: str) -> DocumentState | None:
        """The document's state, or None when the store has no finished document with this hash."""
        row = store.db.execute(
            "SELECT f.state, f.finished_at, (SELECT max(id) FROM corrections c WHERE c.sha256 = f.sha256) AS last "
            "FROM files f WHERE f.sha256 = ?", (sha256,)).fetchone()
        if row is None:
            return None
        key = (sha256, row["finished_at"], row["last"] or 0)
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        original = store.document(sha256)
        if original is None:
            return None
        corrections = store.corrections(sha256)
        audited = audit_corrected(original.model_copy(deep=True), corrections)
        state = DocumentState(original, audited, corrections, row["state"], row["finished_at"])
        with self._lock:
            self._cache[key] = state
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return state

    def summarize_stale(self, store: Store, batch: int = 50) -> int:
        """Audit every finished document whose stored summary is missing or stale and store its summary
        (`store` opened for writing; a transaction per `batch` documents, so a batch writing the same store
        waits at most that long).  Returns how many were summarized."""
        stale = stale_documents(store.db)
        for start in range(0, len(stale), batch):
            summaries = []
            for sha in stale[start:start + batch]:
                state = self.get(store, sha)
                if state is not None:
                    summaries.append(summarize(state.audited, state.corrections, state.finished_at))
            with store.transaction() as db:
                for summary in summaries:
                    save_summary(db, summary)
        return len(stale)
