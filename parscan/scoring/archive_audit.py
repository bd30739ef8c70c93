"""Audit across documents: the same figure in two documents, last year's figures against last year's document.

Each document is reduced to *facts*: one figure about one unit (or one group) for one year and one index,
read from a ranking table (a unit's index and rank) or from a statement (a unit's value, rank and rank
move, a group's average, a count of units in a band, a previous year's value or the change since).  Facts
are keyed by (owner, scope, unit, year, index kind, figure) - owner is "VN" for provinces and ministries,
the province for its departments and districts - and only facts with the same key are compared: no
document is compared with every other, so an archive of 10,000 documents is one pass and a dictionary.

The reference for a key is the issuing authority's publication of that year (the national announcement for
provinces and ministries, the province's report for its departments and districts: `identity.publishes`):
its printed table first, then its statements, then figures computed from its table (a group's mean, a count
in a band).  Every other document's figure with that key is a quote and is checked against it
(`archive_quote`, `archive_previous_value`, `archive_delta`, `archive_count`, `archive_rank_move`).  Two quotes
that disagree with no publication in the archive are reported as a warning: one of them is wrong, the
archive cannot say which.

    archive = audit_archive(docs)                 # ParscanDocument objects already audited one by one
    archive = audit_store_archive("batch.sqlite")   # from a batch store, reading its stored JSON only
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from parscan.normalizers.names import fold
from parscan.schemas.archive import ArchiveAudit, ArchiveCheck, ArchiveFinding, CitedEvidence, DocumentIdentity
from parscan.schemas.document import ParscanDocument
from parscan.schemas.findings import Coverage
from parscan.schemas.geometry import Evidence
from parscan.schemas.records import Claim
from parscan.scoring.identity import classify_unit, identify, publishes, symbol_key
from parscan.scoring.numeric import dec, decimals_of, fmt, round_to

NATIONAL = "VN"
DELTA_TOLERANCE = Decimal("0.011")  # a change computed from unrounded values may differ by one in the last place
_DOUBT_NOTES = ("restored", "ocr_digit_fix", "unreadable", "garbled", "uncertain", "low_conf", "ambiguous", "guess")
_FIGURE_VI = {"index": "Chỉ số", "rank": "thứ hạng", "average": "giá trị trung bình", "count": "số đơn vị",
              "rank_move": "số bậc thay đổi"}
_FIGURE_EN = {"index": "index", "rank": "rank", "average": "average", "count": "number of units",
              "rank_move": "rank move"}
_KIND_VI = {"par": "Chỉ số CCHC", "sipas": "SIPAS", "papi": "PAPI", "pci": "PCI", "ddci": "DDCI", "ict": "ICT Index"}
_KIND_EN = {"par": "PAR INDEX", "sipas": "SIPAS", "papi": "PAPI", "pci": "PCI", "ddci": "DDCI", "ict": "ICT Index"}
_SCOPE_VI = {"provinces": "các tỉnh, thành phố", "ministries": "các bộ, cơ quan ngang bộ",
             "departments": "các sở, ban, ngành", "districts": "các huyện, thị xã, thành phố"}


# ---------------------------------------------------------------------------------------------
# facts


@dataclass(slots=True)
class Fact:
    doc: int  # index into the archive's identities
    owner: str
    scope: str
    unit: str  # unit key; "" for a group's figure (average, count)
    name: str  # as printed, for messages
    year: int
    kind: str  # index kind
    figure: str  # index, rank, average, count[lo,hi)
    value: Decimal
    origin: str  # table, list (a band's named units), claim, previous, delta, table_mean, table_count
    authority: bool
    evidence: Evidence | None
    doubt: bool = False
    change: Decimal | None = None  # delta facts: the stated change (for messages)
    source: "Fact | None" = None  # previous/delta facts: the current figure they were derived from


@dataclass(slots=True)
class RankMove:
    doc: int
    owner: str
    scope: str
    unit: str
    name: str
    year: int
    kind: str
    move: int
    stated_rank: int | None
    evidence: Evidence | None


@dataclass(slots=True)
class Ranking:
    """A published ranking group: unit key -> (index, rank, name, evidence)."""

    doc: int
    units: dict[str, tuple[Decimal | None, int | None, str, Evidence | None]] = field(default_factory=dict)


def _doubtful(warnings: list[str]) -> bool:
    return any(key in w.lower() for w in warnings for key in _DOUBT_NOTES)


def _owner(scope: str, ident: DocumentIdentity) -> str | None:
    return NATIONAL if scope in ("provinces", "ministries") else ident.province


def _unit_of(name: str | None, hint: str | None) -> tuple[str | None, str]:
    if not name:
        return None, ""
    scope, key = classify_unit(name.strip(), hint if hint in ("ministries", "departments", "districts") else None)
    return scope, key


def _bounds_figure(bounds: tuple[float | None, float | None] | None) -> str | None:
    if not bounds or (bounds[0] is None and bounds[1] is None):
        return None
    lo, hi = bounds
    return f"count[{'' if lo is None else fmt(lo)},{'' if hi is None else fmt(hi)})"


def _in_bounds(value: Decimal, figure: str) -> bool:
    lo_s, hi_s = figure[len("count["):-1].split(",")
    lo = dec(float(lo_s.replace(",", "."))) if lo_s else None
    hi = dec(float(hi_s.replace(",", "."))) if hi_s else None
    return (lo is None or value >= lo) and (hi is None or value < hi)


@dataclass
class DocFacts:
    ident: DocumentIdentity
    facts: list[Fact]
    moves: list[RankMove]
    rankings: dict[tuple[str, str, int, str], Ranking]
    counted: int  # figures of this document that refer to another document


def _group_scope(doc: ParscanDocument, ident: DocumentIdentity, group: str | None, names: list[str]) -> str | None:
    if group in ("departments", "districts"):
        return group
    votes: dict[str, int] = defaultdict(int)
    for name in names[:12]:
        scope, _ = _unit_of(name, None)
        if scope:
            votes[scope] += 1
    if votes:
        return max(votes, key=votes.__getitem__)
    return ident.scopes[0] if ident.scopes else None


def document_facts(doc: ParscanDocument, n: int, ident: DocumentIdentity | None = None) -> DocFacts:
    """Reduce one document to the facts the archive compares (the document itself can then be dropped)."""
    ident = ident or identify(doc)
    year = ident.year_assessed
    facts: list[Fact] = []
    moves: list[RankMove] = []
    rankings: dict[tuple[str, str, int, str], Ranking] = {}
    counted = 0
    kinds = {t.id: t.index_kind for t in doc.tables if t.index_kind and t.index_kind != "unknown"}
    # ---- ranking tables: a unit's index and rank, the group's mean
    groups: dict[tuple[str | None, str | None], list] = defaultdict(list)
    for row in doc.rankings:
        groups[(row.table_id, row.group)].append(row)
    if year is not None:
        for (table_id, group), rows in groups.items():
            scope = _group_scope(doc, ident, group, [r.unit.printed for r in rows])
            owner = _owner(scope, ident) if scope else None
            if scope is None or owner is None:
                continue
            kind = kinds.get(table_id or "", ident.index_kind)
            authority = publishes(ident, scope, owner)
            ranking = rankings.setdefault((owner, scope, year, kind), Ranking(doc=n))
            values = []
            for row in rows:
                uscope, key = _unit_of(row.unit.printed, scope)
                if uscope not in (scope, None) or not key:
                    uscope, key = _unit_of(row.unit.canonical, scope) if row.unit.canonical else (uscope, key)
                if not key:
                    continue
                value = dec(row.index_pct if row.index_pct is not None else row.total)
                doubt = _doubtful(row.warnings)
                if value is not None:
                    values.append(value)
                    facts.append(Fact(n, owner, scope, key, row.unit.printed, year, kind, "index", value, "table",
                                      authority, row.evidence, doubt))
                if row.rank is not None:
                    facts.append(Fact(n, owner, scope, key, row.unit.printed, year, kind, "rank", Decimal(row.rank),
                                      "table", authority, row.evidence, doubt))
                ranking.units.setdefault(key, (value, row.rank, row.unit.printed, row.evidence))
            if values and authority:
                mean = round_to(sum(values, Decimal(0)) / len(values), 2)
                facts.append(Fact(n, owner, scope, "", "", year, kind, "average", mean, "table_mean", True,
                                  rows[0].evidence))
            if not authority:
                counted += len(values)
    # ---- statements
    default_scope = next((s for s in ident.scopes), None)
    for claim in doc.claims:
        cyear = claim.year or year
        if cyear is None or claim.field:
            continue
        kind = claim.index_kind or ident.index_kind
        scope_hint = claim.scope or (claim.group if claim.group in ("departments", "districts") else None)
        made = _claim_facts(claim, n, ident, cyear, kind, scope_hint or default_scope)
        for fact in made:
            if isinstance(fact, RankMove):
                moves.append(fact)
                counted += 1
            else:
                facts.append(fact)
                counted += not fact.authority
    return DocFacts(ident, facts, moves, rankings, counted)


def _claim_facts(claim: Claim, n: int, ident: DocumentIdentity, year: int, kind: str,
                 scope_hint: str | None) -> list[Fact | RankMove]:
    out: list[Fact | RankMove] = []
    value = dec(claim.value)
    prev_year = claim.previous_year or year - 1
    change = dec(claim.change)
    if claim.kind in ("value", "highest", "lowest", "rank", "rank_move"):
        scope, key = _unit_of(claim.subject, scope_hint)
        if scope is None and scope_hint in ("departments", "districts") and key:
            scope = scope_hint
        owner = _owner(scope, ident) if scope else None
        if not key or scope is None or owner is None or value is None:
            return out
        authority = publishes(ident, scope, owner) and year == ident.year_assessed
        name = claim.subject or ""
        if claim.kind == "rank_move":
            out.append(RankMove(n, owner, scope, key, name, year, kind, int(value), None, claim.evidence))
            return out
        figure = "rank" if claim.kind == "rank" else "index"
        if figure == "index" and claim.unit not in (None, "%", "điểm", "index_pct"):
            return out
        current = Fact(n, owner, scope, key, name, year, kind, figure, value, "claim", authority, claim.evidence)
        out.append(current)
        if figure == "index":
            out.extend(_previous(claim, n, owner, scope, key, name, prev_year, kind, value, change, current))
        return out
    if claim.kind in ("average", "delta"):
        if claim.unit in ("total",) or claim.band or claim.bounds:
            return out
        scope = claim.scope or (claim.group if claim.group in ("departments", "districts") else None) or scope_hint
        owner = _owner(scope, ident) if scope else None
        if scope is None or owner is None:
            return out
        if claim.kind == "average" and value is not None:
            authority = publishes(ident, scope, owner) and year == ident.year_assessed
            origin = "table" if claim.frame is None and claim.unit == "index_pct" else "claim"
            if origin == "table" and not authority:
                return out
            current = Fact(n, owner, scope, "", "", year, kind, "average", value, origin, authority, claim.evidence)
            out.append(current)
            out.extend(_previous(claim, n, owner, scope, "", "", prev_year, kind, value, change, current))
        elif claim.kind == "delta" and claim.previous_value is not None:
            out.extend(_previous(claim, n, owner, scope, "", "", prev_year, kind, None, change))
        return out
    if claim.kind in ("count", "members"):
        figure = _bounds_figure(claim.bounds)
        scope = claim.scope or (claim.group if claim.group in ("departments", "districts") else None) or scope_hint
        owner = _owner(scope, ident) if scope else None
        origin = "claim"
        if value is None and claim.members:  # "Các sở đạt trên 90% gồm: A; B; C": the list counts its units
            value, origin = Decimal(len(claim.members)), "list"
        if figure is None or scope is None or owner is None or value is None:
            return out
        authority = publishes(ident, scope, owner) and year == ident.year_assessed
        current = Fact(n, owner, scope, "", claim.band or "", year, kind, figure, value, origin, authority,
                       claim.evidence)
        out.append(current)
        if change is not None:
            out.append(Fact(n, owner, scope, "", claim.band or "", prev_year, kind, figure, value - change, "delta",
                            False, claim.evidence, change=change, source=current))
    return out


def _previous(claim: Claim, n: int, owner: str, scope: str, key: str, name: str, prev_year: int, kind: str,
              value: Decimal | None, change: Decimal | None, current: Fact | None = None) -> list[Fact]:
    figure = "index" if key else "average"
    previous = dec(claim.previous_value)
    if previous is not None:
        return [Fact(n, owner, scope, key, name, prev_year, kind, figure, previous, "previous", False, claim.evidence)]
    if value is not None and change is not None:
        return [Fact(n, owner, scope, key, name, prev_year, kind, figure, value - change, "delta", False,
                     claim.evidence, change=change, source=current)]
    return []


# ---------------------------------------------------------------------------------------------
# the archive


# a publication's own figure first from its table, then from the names it lists, then from what its prose states
_ORIGIN_RANK = {"table": 0, "list": 1, "claim": 2, "table_mean": 3, "table_count": 3}


class ArchiveIndex:
    """Facts of many documents, grouped by key as they arrive; `audit()` makes the checks."""

    def __init__(self) -> None:
        self.idents: list[DocumentIdentity] = []
        self.by_key: dict[tuple, list[Fact]] = defaultdict(list)
        self.moves: list[RankMove] = []
        self.rankings: dict[tuple[str, str, int, str], list[Ranking]] = defaultdict(list)
        self.skip_previous: set[tuple[int, Decimal]] = set()
        self.stated = 0
        self.by_number: dict[str, int] = {}  # number and symbol -> document

    def add(self, doc: ParscanDocument) -> DocumentIdentity:
        n = len(self.idents)
        facts = document_facts(doc, n)
        self.idents.append(facts.ident)
        if facts.ident.number_symbol:
            self.by_number.setdefault(symbol_key(facts.ident.number_symbol), n)
        for fact in facts.facts:
            self.by_key[(fact.owner, fact.scope, fact.unit, fact.year, fact.kind, fact.figure)].append(fact)
        self.moves.extend(facts.moves)
        for key, ranking in facts.rankings.items():
            self.rankings[key].append(ranking)
        self.stated += facts.counted
        # a previous-year value the per-document audit already checked against that year's document
        for check in doc.checks:
            if check.check == "claim_delta" and (check.reason or "").startswith("năm ") and check.published is not None:
                self.skip_previous.add((n, dec(check.published)))  # type: ignore[arg-type]
        return facts.ident

    # ---- references

    def _reference(self, facts: list[Fact], figure: str, key: tuple) -> Fact | None:
        candidates = [f for f in facts if f.authority and f.origin in _ORIGIN_RANK]
        if not candidates and figure.startswith("count["):
            return self._count_reference(key)
        if not candidates:
            return None
        return min(candidates, key=lambda f: (_ORIGIN_RANK[f.origin], f.doc))

    def _count_reference(self, key: tuple) -> Fact | None:
        owner, scope, _, year, kind, figure = key
        for ranking in self.rankings.get((owner, scope, year, kind), []):
            ident = self.idents[ranking.doc]
            if not publishes(ident, scope, owner):
                continue
            values = [v for v, _, _, _ in ranking.units.values() if v is not None]
            if not values:
                continue
            count = sum(_in_bounds(v, figure) for v in values)
            first = next(iter(ranking.units.values()))
            return Fact(ranking.doc, owner, scope, "", "", year, kind, figure, Decimal(count), "table_count", True,
                        first[3])
        return None

    def _published_rank(self, owner: str, scope: str, unit: str, year: int, kind: str,
                        doc: int | None = None) -> tuple[int, Fact] | None:
        """The rank the publication of that year gives; else the rank the stating document itself gives."""
        facts = self.by_key.get((owner, scope, unit, year, kind, "rank"), [])
        ref = self._reference(facts, "rank", (owner, scope, unit, year, kind, "rank"))
        if ref is None and doc is not None:
            ref = next((f for f in facts if f.doc == doc), None)
        return (int(ref.value), ref) if ref is not None else None

    # ---- checks

    def audit(self) -> ArchiveAudit:
        """Every key's facts against its reference; figures derived from a stated change come last, so that a
        change stated with a misquoted current figure names that figure as its cause instead of a second error."""
        out = _Ledger(self.idents)
        derived: list[tuple[tuple, Fact, Fact | None]] = []
        for key, facts in self.by_key.items():
            ref = self._reference(facts, key[5], key)
            if ref is None:
                self._quotes_only(out, key, facts)
                continue
            for fact in facts:
                if fact is ref or fact.doc == ref.doc or fact.origin in ("table_mean", "table_count"):
                    continue
                if fact.origin == "previous" and (fact.doc, fact.value) in self.skip_previous:
                    continue
                if fact.origin == "delta":
                    derived.append((key, fact, ref))
                    continue
                cited = self._cited_reference(fact, facts)
                out.compare(key, fact, cited or ref, cited=cited is not None)
        for key, fact, ref in derived:
            if fact.source is not None and id(fact.source) in out.failed:
                out.caused(key, fact, fact.source)
                continue
            out.compare(key, fact, ref)
        for move in self.moves:
            self._rank_move(out, move)
        return out.result(self.stated)

    def _cited_reference(self, fact: Fact, facts: list[Fact]) -> Fact | None:
        """The same figure in the document the quoting one cites by number (the decision or report it says it
        quotes), when that document is in the archive and assesses the figure's year."""
        if fact.origin not in ("claim", "list"):
            return None
        cited = {self.by_number.get(symbol_key(c)) for c in self.idents[fact.doc].cites} - {None, fact.doc}
        own = [f for f in facts if f.doc in cited and f.origin in _ORIGIN_RANK
               and self.idents[f.doc].year_assessed == fact.year]
        return min(own, key=lambda f: (_ORIGIN_RANK[f.origin], f.doc)) if own else None

    def _quotes_only(self, out: "_Ledger", key: tuple, facts: list[Fact]) -> None:
        """No publication of that year in the archive: documents that state the figure are compared with each other."""
        first: Fact | None = None
        for fact in sorted(facts, key=lambda f: (f.doc, _ORIGIN_RANK.get(f.origin, 3))):
            if fact.origin in ("table_mean",):
                continue
            if first is None:
                first = fact
                continue
            if fact.doc != first.doc:
                out.compare(key, fact, first, no_publication=True)
        if first is not None and first.origin in ("previous", "delta") and all(f.doc == first.doc for f in facts):
            out.unverifiable(key, first, "no_document")

    def _rank_move(self, out: "_Ledger", move: RankMove) -> None:
        now = self._published_rank(move.owner, move.scope, move.unit, move.year, move.kind, move.doc)
        before = self._published_rank(move.owner, move.scope, move.unit, move.year - 1, move.kind)
        if before is None or now is None:
            out.unverifiable_move(move, "no_document")
            return
        expected = before[0] - now[0]
        out.rank_move(move, expected, before, now)


def _cite(ident: DocumentIdentity, ev: Evidence | None, role: str, cited: bool = False) -> CitedEvidence:
    base = ev.model_dump() if ev is not None else {"page": 1}
    return CitedEvidence(**base, path=ident.path, sha256=ident.sha256, role=role,  # type: ignore[arg-type]
                         issuer=ident.issuer, year_assessed=ident.year_assessed, number_symbol=ident.number_symbol,
                         cited=cited)


def _doc_name(ident: DocumentIdentity) -> str:
    label = Path(ident.path).name
    if ident.number_symbol:
        label += f" (số {ident.number_symbol})"
    return label


def _doc_name_en(ident: DocumentIdentity) -> str:
    label = Path(ident.path).name
    if ident.number_symbol:
        label += f" (no. {ident.number_symbol})"
    return label


def _figure_words(key: tuple, name: str) -> tuple[str, str]:
    owner, scope, unit, year, kind, figure = key
    base = figure.split("[")[0]
    kvi, ken = _KIND_VI.get(kind, kind.upper()), _KIND_EN.get(kind, kind.upper())
    if unit:
        what_vi = f"{name}: {_FIGURE_VI[base] if base != 'index' else kvi} năm {year}"
        what_en = f"{name}: {_FIGURE_EN[base] if base != 'index' else ken} {year}"
    else:
        group_vi = _SCOPE_VI.get(scope, scope) + (f" tỉnh {owner}" if owner != NATIONAL else "")
        group_en = scope + (f" of {owner}" if owner != NATIONAL else "")
        band_vi = _band_words(figure) if base == "count" else ""
        band_en = _band_words(figure, vi=False) if base == "count" else ""
        what_vi = f"{_FIGURE_VI[base]}{band_vi} {kvi} năm {year} của {group_vi}"
        what_en = f"{_FIGURE_EN[base]}{band_en} of the {ken} {year}, {group_en}"
    return what_vi, what_en


def _band_words(figure: str, vi: bool = True) -> str:
    lo, hi = figure[len("count["):-1].split(",")
    if lo and hi:
        return f" từ {lo}% đến dưới {hi}%" if vi else f" from {lo} % to under {hi} %"
    if lo:
        return f" trên {lo}%" if vi else f" above {lo} %"
    return f" dưới {hi}%" if vi else f" under {hi} %"


_CHECK_OF = {"previous": "archive_previous_value", "delta": "archive_delta"}
_KIND_OF_DOC_EN = {"Quyết định": "decision", "Báo cáo": "report", "Kế hoạch": "plan", "Công văn": "letter"}


class _Ledger:
    def __init__(self, idents: list[DocumentIdentity]) -> None:
        self.idents = idents
        self.checks: list[ArchiveCheck] = []
        self.findings: list[ArchiveFinding] = []
        self.failed: set[int] = set()  # id() of the facts found wrong

    def caused(self, key: tuple, fact: Fact, cause: Fact) -> None:
        """A change stated with a figure already found wrong: not a second accusation, the cause named."""
        owner, scope, unit, year, kind, figure = key
        self.checks.append(ArchiveCheck(
            check="archive_delta", status="unverifiable", published=float(fact.value), unit=fact.name or None,
            year=year, figure=figure, index_kind=kind, scope=scope,
            reason="derived_from_misquote",
            evidence=[_cite(self.idents[fact.doc], fact.evidence, "quote")], figures=[float(fact.value)]))

    def _role(self, fact: Fact) -> str:
        return "publication" if fact.authority else "quote"

    def compare(self, key: tuple, fact: Fact, ref: Fact, no_publication: bool = False, cited: bool = False) -> None:
        """`fact` against `ref`: the publication of that year, or (`cited`) the document that `fact`'s document
        cites by number."""
        owner, scope, unit, year, kind, figure = key
        check = "archive_count" if figure.startswith("count[") else _CHECK_OF.get(fact.origin, "archive_quote")
        if fact.origin == "delta":
            ok = abs(fact.value - ref.value) <= DELTA_TOLERANCE
            expected = ref.value
        else:
            shown = decimals_of(fact.value)
            expected = round_to(ref.value, shown) if decimals_of(ref.value) > shown else ref.value
            ok = fact.value == expected or fact.value == ref.value
        qi, ri = self.idents[fact.doc], self.idents[ref.doc]
        evidence = [_cite(qi, fact.evidence, self._role(fact)), _cite(ri, ref.evidence, self._role(ref), cited)]
        name = fact.name or ref.name
        entry = dict(unit=name or None, year=year, figure=figure, index_kind=kind, scope=scope, evidence=evidence)
        reason = (f"{ri.path} ({'publication' if ref.authority else 'quote'}, {ref.origin})")
        if ok:
            self.checks.append(ArchiveCheck(check=check, status="pass", published=float(fact.value),
                                            expected=float(expected), reason=reason,
                                            figures=sorted({float(fact.value), float(ref.value)}), **entry))
            return
        doubt = fact.doubt or ref.doubt
        self.failed.add(id(fact))
        severity = "warning" if (no_publication or doubt) else "error"
        what_vi, what_en = _figure_words(key, name)
        stated_vi = fmt(fact.value) if fact.origin != "delta" else (
            f"{fmt(fact.value)} (suy ra từ mức thay đổi {fmt(fact.change)})")
        stated_en = str(fact.value) if fact.origin != "delta" else f"{fact.value} (implied by the stated change {fact.change})"
        page_q = fact.evidence.page if fact.evidence else 1
        page_r = ref.evidence.page if ref.evidence else 1
        gives_vi, gives_en = f"ghi {fmt(ref.value)}", f"gives {ref.value}"
        if ref.origin == "list":
            gives_vi, gives_en = f"liệt kê {int(ref.value)} đơn vị", f"lists {int(ref.value)} units"
        if no_publication:
            msg_vi = (f"{what_vi}: {_doc_name(qi)} (trang {page_q}) ghi {stated_vi}, còn {_doc_name(ri)} "
                      f"(trang {page_r}) {gives_vi}; trong kho không có văn bản công bố để xác định bên đúng.")
            msg_en = (f"{what_en}: {_doc_name_en(qi)} (page {page_q}) gives {stated_en}, {_doc_name_en(ri)} "
                      f"(page {page_r}) {gives_en}; no publication in the archive decides which is right.")
        else:
            src_vi = "văn bản công bố" if ref.authority else "văn bản"
            src_en = "the publication" if ref.authority else "the document"
            if cited:
                src_vi = f"{(ri.kind or 'văn bản').lower()} được dẫn chiếu"
                src_en = f"the {_KIND_OF_DOC_EN.get(ri.kind or '', 'document')} it cites,"
            msg_vi = (f"{what_vi}: {_doc_name(qi)} (trang {page_q}) ghi {stated_vi}, nhưng {src_vi} "
                      f"{_doc_name(ri)} của {ri.issuer or 'cơ quan ban hành'} (trang {page_r}) {gives_vi}.")
            msg_en = (f"{what_en}: {_doc_name_en(qi)} (page {page_q}) gives {stated_en}, but {src_en} "
                      f"{_doc_name_en(ri)} by {ri.issuer or 'the issuing authority'} (page {page_r}) {gives_en}.")
        if doubt:
            msg_vi += " Có thể do lỗi nhận dạng (OCR)."
            msg_en += " Possibly an OCR misreading."
        status = "fail" if severity == "error" or no_publication else "unverifiable"
        self.checks.append(ArchiveCheck(check=check, status=status, published=float(fact.value), expected=float(expected),
                                        reason=reason if status != "unverifiable" else "ocr_doubt",
                                        figures=sorted({float(fact.value), float(ref.value)}), **entry))
        self.findings.append(ArchiveFinding(check=check, severity=severity, message_vi=msg_vi, message_en=msg_en,
                                            published=float(fact.value), expected=float(expected), ocr_doubt=doubt,
                                            **entry))

    def unverifiable(self, key: tuple, fact: Fact, reason: str) -> None:
        owner, scope, unit, year, kind, figure = key
        self.checks.append(ArchiveCheck(
            check=_CHECK_OF.get(fact.origin, "archive_quote"), status="unverifiable", published=float(fact.value),
            unit=fact.name or None, year=year, figure=figure, index_kind=kind, scope=scope, reason=reason,
            evidence=[_cite(self.idents[fact.doc], fact.evidence, "quote")], figures=[float(fact.value)]))

    def unverifiable_move(self, move: RankMove, reason: str) -> None:
        self.checks.append(ArchiveCheck(
            check="archive_rank_move", status="unverifiable", published=move.move, unit=move.name, year=move.year,
            figure="rank_move", index_kind=move.kind, scope=move.scope, reason=reason,
            evidence=[_cite(self.idents[move.doc], move.evidence, "quote")], figures=[float(move.move)]))

    def rank_move(self, move: RankMove, expected: int, before: tuple[int, Fact], now: tuple[int, Fact]) -> None:
        qi = self.idents[move.doc]
        evidence = [_cite(qi, move.evidence, "quote")]
        for _, ref in (before, now):
            if ref.doc != move.doc or not evidence:
                evidence.append(_cite(self.idents[ref.doc], ref.evidence, "publication" if ref.authority else "quote"))
        entry = dict(unit=move.name, year=move.year, figure="rank_move", index_kind=move.kind, scope=move.scope,
                     evidence=evidence, figures=sorted({float(move.move), float(before[0]), float(now[0])}))
        reason = f"{before[0]} ({move.year - 1}) → {now[0]} ({move.year})"
        if move.move == expected:
            self.checks.append(ArchiveCheck(check="archive_rank_move", status="pass", published=move.move,
                                            expected=expected, reason=reason, **entry))
            return
        doubt = before[1].doubt or now[1].doubt
        rb, rn = self.idents[before[1].doc], self.idents[now[1].doc]

        def says(n: int, vi: bool) -> str:
            if vi:
                return f"tăng {n} bậc" if n > 0 else (f"giảm {-n} bậc" if n < 0 else "giữ nguyên thứ hạng")
            return f"up {n} places" if n > 0 else (f"down {-n} places" if n < 0 else "unchanged")

        page = move.evidence.page if move.evidence else 1
        msg_vi = (f"{move.name}: {_doc_name(qi)} (trang {page}) nêu {says(move.move, True)} so với năm {move.year - 1}, "
                  f"nhưng theo bảng xếp hạng năm {move.year - 1} ({_doc_name(rb)}) đơn vị xếp thứ {before[0]} và năm "
                  f"{move.year} ({_doc_name(rn)}) xếp thứ {now[0]}, tức là {says(expected, True)}.")
        msg_en = (f"{move.name}: {_doc_name_en(qi)} (page {page}) says {says(move.move, False)} since {move.year - 1}, "
                  f"but the {move.year - 1} ranking ({_doc_name_en(rb)}) has it {before[0]} and the {move.year} ranking "
                  f"({_doc_name_en(rn)}) {now[0]}: {says(expected, False)}.")
        severity = "warning" if doubt else "error"
        self.checks.append(ArchiveCheck(check="archive_rank_move", status="fail" if not doubt else "unverifiable",
                                        published=move.move, expected=expected,
                                        reason=reason if not doubt else "ocr_doubt", **entry))
        self.findings.append(ArchiveFinding(check="archive_rank_move", severity=severity, message_vi=msg_vi,
                                            message_en=msg_en, published=move.move, expected=expected, ocr_doubt=doubt,
                                            **{k: v for k, v in entry.items() if k != "figures"}))

    def result(self, stated: int) -> ArchiveAudit:
        order = {"error": 0, "warning": 1, "info": 2}
        self.findings.sort(key=lambda f: (order[f.severity], f.unit or "", f.year or 0))
        return ArchiveAudit(documents=self.idents, checks=self.checks, findings=self.findings,
                            coverage=Coverage.of(self.checks, stated))  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# entry points


def audit_archive(docs: Iterable[ParscanDocument]) -> ArchiveAudit:
    """The cross-document pass over documents (audited one by one before, or not: it reads their records)."""
    index = ArchiveIndex()
    for doc in docs:
        index.add(doc)
    return index.audit()


_LIGHT_DROP = ("pages",)


def light_document(payload: str | bytes) -> ParscanDocument:
    """A stored document without what the cross-document pass never reads (page words, table cells)."""
    data = json.loads(payload)
    for key in _LIGHT_DROP:
        data.pop(key, None)
    for table in data.get("tables", ()):
        table["cells"] = []
    text = data.get("text") or ""
    data["text"] = text[:20000]
    return ParscanDocument.model_validate(data)


def iter_store(db: str | Path, light: bool = True) -> Iterator[ParscanDocument]:
    """Every finished document of a batch store, in path order, one at a time (memory stays bounded)."""
    con = sqlite3.connect(f"file:{Path(db)}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT d.json FROM document_json d JOIN files f ON f.sha256 = d.sha256 "
                           "WHERE f.state = 'done' ORDER BY f.path")
        for (payload,) in rows:
            yield light_document(payload) if light else ParscanDocument.model_validate_json(payload)
    finally:
        con.close()


def audit_store_archive(db: str | Path) -> ArchiveAudit:
    """The cross-document pass over a batch store, from the stored JSON (no scan is read again)."""
    return audit_archive(iter_store(db))


def audit_store(db: str | Path, methodology: str | None = None) -> list[ParscanDocument]:
    """Every finished document of a store, each audited alone (as `parscan audit FILE` would) with the corrections
    recorded for it applied: the per-document results do not depend on what else the store holds.  The
    cross-document pass is `audit_archive`."""
    from parscan.archive.corrections import audit_corrected, stored_corrections

    corrections = stored_corrections(db)  # an auditor's corrections and reviews (`parscan serve`)
    return [audit_corrected(doc, corrections.get(doc.source.sha256, []), methodology)
            for doc in iter_store(db, light=False)]


def units_of(archive: ArchiveAudit) -> dict[str, list[ArchiveCheck]]:
    """Checks grouped by unit (group-level figures under their scope), for the reports."""
    out: dict[str, list[ArchiveCheck]] = defaultdict(list)
    for check in archive.checks:
        label = check.unit or (_SCOPE_VI.get(check.scope or "", check.scope or "") or "—")
        out[label].append(check)
    return dict(sorted(out.items(), key=lambda kv: fold(kv[0])))


__all__ = ["ArchiveIndex", "audit_archive", "audit_store", "audit_store_archive", "document_facts", "iter_store", "light_document",
           "units_of"]
