"""The units that NATIONAL PAR INDEX announcements rank: ministries (bộ, cơ quan ngang bộ) and provinces.

    match_national_unit("TT&TT", "ministries")            -> Bộ Thông tin và Truyền thông
    match_national_unit("TP HCM", "provinces")             -> Hồ Chí Minh
    split_unit_list("Tài chính, Nội vụ; TT-TT", "ministries")  -> three matches
    national_scope_size("provinces", 2024)                 -> 63

Ministries come from `data/national_units.yaml`; provinces are units.yaml's 63 (`unit_registry().provinces`)
plus the spellings and the 2025 merger recorded in national_units.yaml.  `year` is the ASSESSMENT year (the
year the index measures).  A printed name matches in two ways:

* abbreviations exactly, after dropping case, diacritics, the separators ``- & . ,`` and spaces and an
  optional "Bộ"/"tỉnh"/"thành phố"/"TP." head ("TT-TT" = "TT&TT" = "Bộ TTTT"): short codes are never
  matched fuzzily (TTTT and TTCP are one letter apart);
* names fuzzily (rapidfuzz ratio on `fold` keys and on the same keys without spaces), with the head word
  optional on both sides ("Bộ Tài chính" = "Tài chính", "tỉnh Quảng Ninh" = "Quang Ninh province").

`canonical` stays None - never a guess - when the best score is under the threshold, when a different unit
scores almost as well, or when the best unit did not exist in `year` (a 2025 "Quảng Bình" does not become
"Quảng Ninh": merged-away and renamed units stay candidates so they can win and be refused).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from rapidfuzz import fuzz, process

from parscan.normalizers.names import fold, strip_diacritics
from parscan.registries import _load, unit_registry
from parscan.schemas.records import Match

Scope = Literal["ministries", "provinces"]
SCOPES: tuple[Scope, ...] = ("ministries", "provinces")
MERGER_YEAR = 2025  # first assessment year with the 34 provinces / the restructured ministries
MATCH_THRESHOLD = 82.0
AMBIGUITY_MARGIN = 3.0  # a different unit this close to a non-exact best -> no match
MAX_JOIN = 6  # pieces one unit's printed name can span in a list ("Ministry of Labour, Invalids and ...")

# optional heads / tails, on folded text (fold turns "TP." into "tp", "Ủy" into "uy")
_MINISTRY_HEAD_RE = re.compile(r"^(?:cac\s+)?(?:bo|ministry\s+of(?:\s+the)?)\s+")
_PROVINCE_HEAD_RE = re.compile(r"^(?:(?:uy\s+ban\s+nhan\s+dan|ubnd)\s+)?(?:tinh|thanh\s+pho|tp)\s+")
_PROVINCE_TAIL_RE = re.compile(r"\s+(?:province|city)$")
# the same heads before an abbreviation, on diacritic-stripped lower text ("bộ tt&tt", "tp.hcm")
_ABBR_HEAD_RE = re.compile(r"^(?:bo|tinh|thanh\s+pho|tp)\b[\s.:]*")
_NON_ALNUM_RE = re.compile(r"[\W_]+", re.UNICODE)
_EDGE_RE = re.compile(r"^[\s\-–—+•*·:.,;()\"'“”]+|[\s\-–—+•*·:.,;()\"'“”]+$")
_LIST_SPLIT_RE = re.compile(r"\s*[,;]\s*|\s+(?:và|and|cùng với|cùng)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class NationalUnit:
    id: str
    name: str
    kind: Literal["ministry", "province"]
    valid_from: int | None = None
    valid_until: int | None = None
    name_from_merger: str | None = None  # a province renamed in 2025 (Thừa Thiên Huế -> Huế)
    aliases: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    merged_into: str | None = None
    agency: bool = False  # a ministry-level agency (cơ quan ngang bộ), not a ministry proper

    def valid_in(self, year: int | None) -> bool:
        if year is None:
            return True
        return (self.valid_from is None or year >= self.valid_from) and (self.valid_until is None or year <= self.valid_until)

    def canonical(self, year: int | None) -> str:
        if self.name_from_merger and year is not None and year >= MERGER_YEAR:
            return self.name_from_merger
        return self.name


@dataclass(frozen=True)
class _Index:
    keys: list[str] = field(default_factory=list)  # folded, head stripped
    compact: list[str] = field(default_factory=list)  # the same without spaces
    owners: list[NationalUnit] = field(default_factory=list)
    abbr: dict[str, tuple[NationalUnit, ...]] = field(default_factory=dict)


def abbreviation_key(text: str) -> str:
    """``Bộ TT&TT`` / ``TT-TT`` / ``T.T.T.T`` -> ``tttt``: no case, diacritics, head word or separators."""
    text = strip_diacritics(text or "").lower().strip()
    text = _ABBR_HEAD_RE.sub("", text)
    return _NON_ALNUM_RE.sub("", text)


def _name_key(text: str, kind: str) -> str:
    key = fold(text)
    if kind == "ministry":
        return _MINISTRY_HEAD_RE.sub("", key)
    return _PROVINCE_TAIL_RE.sub("", _PROVINCE_HEAD_RE.sub("", key))


@lru_cache(maxsize=1)
def _data() -> dict:
    return _load("national_units.yaml")


@lru_cache(maxsize=1)
def _ministries() -> tuple[NationalUnit, ...]:
    return tuple(
        NationalUnit(
            id=m["id"], name=m["name"], kind="ministry", valid_from=m.get("from"), valid_until=m.get("until"),
            aliases=tuple(m.get("aliases", [])), abbreviations=tuple(m.get("abbreviations", [])),
            merged_into=m.get("merged_into"), agency=bool(m.get("agency", False)),
        )
        for m in _data()["ministries"]
    )


@lru_cache(maxsize=1)
def _provinces() -> tuple[NationalUnit, ...]:
    data = _data()
    aliases, abbrs = data.get("province_aliases", {}), data.get("province_abbreviations", {})
    after = {p["id"]: p for p in data["provinces_2025"]}
    absorbed = {m: p["id"] for p in data["provinces_2025"] for m in p.get("merged", [])}
    out = []
    for prov in unit_registry().provinces:
        if prov.id not in after and prov.id not in absorbed:
            raise ValueError(f"national_units.yaml: province {prov.id} neither survives nor is merged in 2025")
        renamed = after.get(prov.id, {}).get("name")
        out.append(NationalUnit(
            id=prov.id, name=prov.name, kind="province",
            valid_until=MERGER_YEAR - 1 if prov.id in absorbed else None,
            name_from_merger=renamed, merged_into=absorbed.get(prov.id),
            aliases=tuple(aliases.get(prov.id, [])) + ((renamed,) if renamed else ()),
            abbreviations=tuple(abbrs.get(prov.id, [])),
        ))
    return tuple(out)


def national_units(scope: Scope | None = None, year: int | None = None) -> list[NationalUnit]:
    """The units of a scope (both when None), only those that existed in `year` when it is given."""
    units = (_ministries() if scope in (None, "ministries") else ()) + (_provinces() if scope in (None, "provinces") else ())
    return [u for u in units if u.valid_in(year)]


@lru_cache(maxsize=None)
def _index(scope: Scope | None) -> _Index:
    """Candidate keys of a scope, every unit of every year (validity is checked after matching)."""
    if scope not in (None, *SCOPES):
        raise ValueError(f"scope must be one of {SCOPES} or None, not {scope!r}")
    index = _Index()
    abbr: dict[str, list[NationalUnit]] = {}
    for unit in national_units(scope):
        for name in dict.fromkeys((unit.name, *unit.aliases)):
            key = _name_key(name, unit.kind)
            if key:
                index.keys.append(key)
                index.compact.append(key.replace(" ", ""))
                index.owners.append(unit)
        for code in unit.abbreviations:
            owners = abbr.setdefault(abbreviation_key(code), [])
            if unit not in owners:
                owners.append(unit)
    index.abbr.update({k: tuple(v) for k, v in abbr.items()})
    return index


def _clean(printed: str) -> str:
    return _EDGE_RE.sub("", printed or "")


_PAREN_RE = re.compile(r"\s*\([^()]*\)?")


def match_national_unit(printed: str, scope: Scope | None = None, year: int | None = None) -> Match:
    """Best national unit (ministry or province) for a printed name; canonical None when unsure or out of `year`."""
    text = _clean(printed)
    bare = _clean(_PAREN_RE.sub(" ", text))  # "Ngân hàng Nhà nước (NHNN)"
    text = bare or text
    index = _index(scope)
    if not text:
        return Match(printed=printed)

    owners = index.abbr.get(abbreviation_key(text))
    if owners:
        valid = [u for u in owners if u.valid_in(year)]
        if len(valid) == 1:
            return Match(printed=printed, canonical=valid[0].canonical(year), registry_id=valid[0].id, score=100.0)
        return Match(printed=printed, score=100.0)  # a historical code in `year`, or one code for two units

    best: dict[str, tuple[float, NationalUnit]] = {}
    queries = {kind: _name_key(text, kind) for kind in ("ministry", "province")}
    for kind, query in queries.items():
        if not query or not any(u.kind == kind for u in index.owners):
            continue
        compact = query.replace(" ", "")
        for keys, q in ((index.keys, query), (index.compact, compact)):
            for _, score, i in process.extract(q, keys, scorer=fuzz.ratio, limit=8):
                unit = index.owners[i]
                if unit.kind == kind and score > best.get(unit.id, (-1.0, unit))[0]:
                    best[unit.id] = (score, unit)
    if not best:
        return Match(printed=printed)
    ranked = sorted(best.values(), key=lambda su: -su[0])
    score, unit = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    if (score < MATCH_THRESHOLD or (score < 100.0 and runner_up >= score - AMBIGUITY_MARGIN)
            or not unit.valid_in(year)):
        return Match(printed=printed, score=round(score, 1))
    return Match(printed=printed, canonical=unit.canonical(year), registry_id=unit.id, score=round(score, 1))


def national_scope_size(scope: Scope, year: int | None) -> int | None:
    """How many units a national ranking of `scope` covers: 63 provinces up to 2024, 34 from 2025.

    Ministries: None - the ranked set varies (17-19) and the document must state it.  None also when the
    year is unknown.
    """
    if scope == "provinces" and year is not None:
        return 34 if year >= MERGER_YEAR else 63
    return None


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int


def _pieces(text: str) -> list[_Piece]:
    out: list[_Piece] = []
    pos = 0
    for sep in [*_LIST_SPLIT_RE.finditer(text), None]:
        end = sep.start() if sep else len(text)
        chunk = text[pos:end]
        if _clean(chunk):
            lead = len(chunk) - len(chunk.lstrip())
            out.append(_Piece(pos + lead, pos + len(chunk.rstrip())))
        pos = sep.end() if sep else len(text)
    return out


def split_unit_list(text: str, scope: Scope | None, year: int | None = None) -> list[Match]:
    """Split a printed member list ("Tài chính, Nội vụ; TT-TT và Bộ Văn hóa, Thể thao và Du lịch") into units.

    The text is cut at every ``,`` ``;``, `` và `` (`` and ``) and `` cùng ``; adjacent pieces are joined back where the
    joined text is a unit ("Văn hóa, Thể thao và Du lịch", "Kế hoạch và Đầu tư").  The partition chosen
    maximises the number of matched items, then their total score, then (for what matches nothing) keeps the
    pieces apart.  Unmatched items stay as Match with canonical None; the caller cuts the list from its
    sentence and decides what an unmatched item means.
    """
    pieces = _pieces(text or "")
    n = len(pieces)
    if not n:
        return []

    @lru_cache(maxsize=None)
    def group(i: int, j: int) -> Match:
        return match_national_unit(_clean(text[pieces[i].start:pieces[j - 1].end]), scope, year)

    # best[i] = (matched count, total score, item count) for pieces[i:], with the chosen group end
    best: list[tuple[tuple[int, float, int], int]] = [((0, 0.0, 0), n)] * (n + 1)
    for i in range(n - 1, -1, -1):
        options = []
        for j in range(i + 1, min(n, i + MAX_JOIN) + 1):
            m = group(i, j)
            (count, total, items), _ = best[j]
            if m.canonical is not None:
                value = (count + 1, total + (m.score or 0.0), items + 1)
            else:
                value = (count, total, items + 1)
            options.append((value, j))
        best[i] = max(options, key=lambda vj: vj[0])
    out, i = [], 0
    while i < n:
        j = best[i][1]
        out.append(group(i, j))
        i = j
    return out


__all__ = [
    "MATCH_THRESHOLD", "NationalUnit", "abbreviation_key", "match_national_unit", "national_scope_size",
    "national_units", "split_unit_list",
]
