"""The cross-document checks one document takes part in, redone with the auditor's corrections.

The archive pass (`parscan.scoring.archive_audit`) compares only facts filed under the same (owner, scope,
year, index) group, so the checks that involve a document come from the documents that share a group with
it (its *reach*, kept in the stored summaries) or that it cites or that cite it.  The pass is run over that
neighbourhood alone, in the archive's path order, and its checks and findings that cite the document are
kept: the same as the whole archive's pass would give it (a test holds them equal), at the cost of a few
documents instead of thousands.  Documents with corrections enter corrected and re-audited (as in
`parscan audit --db`); the others as stored, without their page words and cells (`light_document`).
The result is kept per document and neighbourhood state, so a repeated view costs a query.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from parscan.archive.store import Store
from parscan.archive.summaries import Reach, summaries_version, valid_reaches
from parscan.schemas.archive import ArchiveAudit, ArchiveCheck, ArchiveFinding
from parscan.schemas.findings import Coverage
from parscan.scoring.archive_audit import ArchiveIndex, light_document
from parscan.web.document_state import DocumentStates

_CACHE_SIZE = 64


def neighbours(reaches: dict[str, Reach], sha256: str) -> list[str]:
    """The documents whose facts the archive pass may compare with this one's (itself included), in the
    archive's path order: those sharing a figure group with it, citing it or cited by it, and the documents
    its neighbours cite (the pass resolves a cited number to the first document bearing it)."""
    me = reaches[sha256]
    near = {r.sha256 for r in reaches.values()
            if r.sha256 == sha256 or not me.groups.isdisjoint(r.groups) or (r.number_symbol in me.cites)
            or (me.number_symbol is not None and me.number_symbol in r.cites)}
    cited = set().union(*(reaches[s].cites for s in near))
    near |= {r.sha256 for r in reaches.values() if r.number_symbol in cited}
    return sorted(near, key=lambda s: (reaches[s].path, s))


def cites_document(item: ArchiveCheck | ArchiveFinding, sha256: str) -> bool:
    return any(ev.sha256 == sha256 for ev in item.evidence)


class ArchiveChecks:
    """Cross-document checks per document of one store, computed on first view and kept."""

    def __init__(self, states: DocumentStates) -> None:
        self.states = states
        self._cache: OrderedDict[tuple, ArchiveAudit] = OrderedDict()
        self._lock = threading.Lock()
        self._reaches: tuple[tuple, dict[str, Reach]] = ((), {})

    def of(self, store: Store, sha256: str) -> ArchiveAudit | None:
        """Checks and findings across documents that cite `sha256` (None when its summary is not stored yet:
        the caller runs `DocumentStates.summarize_stale` first)."""
        version = summaries_version(store.db)
        if self._reaches[0] != version:  # read again only when a summary changed
            self._reaches = (version, valid_reaches(store.db))
        summaries = self._reaches[1]
        if sha256 not in summaries:
            return None
        near = neighbours(summaries, sha256)
        key = (sha256, *((s, summaries[s].finished_at, summaries[s].last_correction) for s in near))
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        index = ArchiveIndex()
        for sha in near:
            if sha == sha256 or summaries[sha].n_corrections:
                state = self.states.get(store, sha)
                if state is None:
                    continue
                index.add(state.audited)
            else:
                row = store.db.execute("SELECT json FROM document_json WHERE sha256=?", (sha,)).fetchone()
                if row is not None:
                    index.add(light_document(row["json"]))
        whole = index.audit()
        checks = [c for c in whole.checks if cites_document(c, sha256)]
        mine = ArchiveAudit(documents=whole.documents, checks=checks,
                            findings=[f for f in whole.findings if cites_document(f, sha256)],
                            coverage=Coverage.of(checks, len(checks)))  # type: ignore[arg-type]
        with self._lock:
            self._cache[key] = mine
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)
        return mine
