"""Registries: the official PAR criteria sets and the administrative units, as versioned data files.

The data lives in `data/*.yaml` (with source and date); this module only loads it and matches
printed names against it.  A printed name that matches nothing keeps `canonical=None` - it is
never replaced by a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml
from rapidfuzz import fuzz, process

from parscan.normalizers.names import fold
from parscan.schemas.records import Match

DISTRICT_PREFIX = {"quan": "quận", "huyen": "huyện", "thi_xa": "thị xã", "thanh_pho": "thành phố"}
_UBND_PREFIX_RE = re.compile(r"^(?:uy ban nhan dan|ubnd|uy ban)\s+")
MATCH_THRESHOLD = 82.0
BARE_NAME_MIN = 95.0  # a district named without its kind word: a near-exact spelling only
# a printed district's kind word (folded; "TP.", "TX." as tables abbreviate them) is compared apart from its name:
# shared by every candidate, it lifted "huyện Minh Long" to 83.9 against "huyện Vĩnh Tường"
_KIND_WORD_RE = re.compile(r"^(quan|huyen|thi xa|thanh pho|tx|tp)\s+(?=\S)")
_KIND_OF_WORD = {"quan": "quan", "huyen": "huyen", "thi xa": "thi_xa", "thanh pho": "thanh_pho", "tx": "thi_xa",
                 "tp": "thanh_pho"}
# another kind than printed costs this much: "thị xã Kỳ Anh" is not "huyện Kỳ Anh", though a report may still
# call a district that became a town (huyện Đức Phổ, thị xã since 2020) by its old kind
KIND_MISMATCH = 5.0
# with no province known, a district is taken only when no other unit comes this close: the same name in two
# provinces (Phong Điền, Châu Thành) or one OCR letter between two (Thạnh Hà: Thanh Hà or Thạch Hà) is a guess
AMBIGUITY_MARGIN = 3.0


def _load(name: str) -> dict:
    with resources.files("parscan.registries").joinpath("data", name).open(encoding="utf-8") as fh:
        # the C loader (libyaml, shipped in PyYAML's wheels) reads the registries ~10x faster
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@dataclass(frozen=True)
class CriterionItem:
    code: str
    level: str
    name: str | None
    max_points: float | None


@dataclass
class CriteriaSet:
    id: str
    title: str
    source: str
    items: list[CriterionItem]
    by_code: dict[str, CriterionItem] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_code = {item.code: item for item in self.items}

    def get(self, code: str | None) -> CriterionItem | None:
        return self.by_code.get(code or "")

    def match_name(self, printed: str, code: str | None = None) -> Match:
        """Match a printed criterion name; the code, when known, restricts the candidates."""
        key = fold(printed)
        candidates = [self.by_code[code]] if code in self.by_code else self.items
        best: tuple[float, CriterionItem | None] = (0.0, None)
        for item in candidates:
            if not item.name:
                continue
            score = fuzz.ratio(key, fold(item.name))
            if code in self.by_code:
                score = max(score, fuzz.partial_ratio(key, fold(item.name)) if len(key) > 12 else score)
            if score > best[0]:
                best = (score, item)
        score, item = best
        if item is None or score < (60.0 if code in self.by_code else MATCH_THRESHOLD):
            return Match(printed=printed, score=round(score, 1) if item else None)
        return Match(printed=printed, canonical=item.name, registry_id=f"{self.id}:{item.code}", score=round(score, 1))


@lru_cache(maxsize=None)
def criteria_set(set_id: str) -> CriteriaSet:
    """Load one criteria set: 'provincial_2017_2021' or 'provincial_2022_2030'."""
    data = _load(f"criteria_{set_id}.yaml")
    items = [CriterionItem(str(i["code"]), i["level"], i.get("name"), i.get("max_points")) for i in data["items"]]
    return CriteriaSet(data["id"], data["title"], data["source"], items)


CRITERIA_SETS = ("provincial_2017_2021", "provincial_2022_2030")


@dataclass(frozen=True)
class _Candidate:
    key: str
    canonical: str
    registry_id: str
    kind: str  # department | district | province
    # a district's key is its name alone (folded); these two give the printed kind word something to agree with
    district_kind: str = ""
    full_key: str = ""


@dataclass(frozen=True)
class _Names:
    """Districts' folded names (without and with the kind word; by kind, of that kind and of the others), as
    rapidfuzz compares them in bulk."""
    keys: list[str]
    full_keys: list[str]
    of_kind: dict[str, list[str]]
    other_kinds: dict[str, list[str]]


@dataclass
class Province:
    id: str
    name: str
    kind: str  # tinh | thanh_pho
    districts: list[tuple[str, str]]
    extra_units: list[dict]

    @property
    def unit_word(self) -> str:
        return "thành phố" if self.kind == "thanh_pho" else "tỉnh"


class UnitRegistry:
    """Provinces, their departments and districts, with fuzzy matching of printed names."""

    def __init__(self) -> None:
        data = _load("units.yaml")
        self.source = data.get("source", "")
        self.templates = data["department_templates"]
        self.provinces = [
            Province(p["id"], p["name"], p["kind"], [tuple(d) for d in p.get("districts", [])], p.get("extra_units", []))
            for p in data["provinces"]
        ]
        self._by_id = {p.id: p for p in self.provinces}
        self._cache: dict[str | None, list[_Candidate]] = {}
        self._others: dict[str, _Names] = {}

    def province(self, province_id: str | None) -> Province | None:
        return self._by_id.get(province_id or "")

    def find_province(self, text: str) -> Province | None:
        """The province named in `text` (an issuer line, a place), longest name first."""
        key = f" {fold(text)} "
        for prov in sorted(self.provinces, key=lambda p: -len(p.name)):
            if f" {fold(prov.name)} " in key:
                return prov
        return None

    def _candidates(self, province_id: str | None) -> list[_Candidate]:
        if province_id in self._cache:
            return self._cache[province_id]
        prov = self.province(province_id)
        unit = prov.unit_word if prov else "tỉnh"
        out: list[_Candidate] = []
        for tpl in self.templates:
            canonical = tpl["name"].format(unit=unit)
            rid = f"{prov.id}/{tpl['id']}" if prov else tpl["id"]
            for alias in [tpl["name"], *tpl.get("aliases", [])]:
                out.append(_Candidate(fold(alias.format(unit=unit)), canonical, rid, "department"))
        provinces = [prov] if prov else self.provinces
        for p in provinces:
            for extra in p.extra_units:
                for alias in [extra["name"], *extra.get("aliases", [])]:
                    out.append(_Candidate(fold(alias), extra["name"], f"{p.id}/{extra['id']}", "department"))
            names = [fold(name) for _, name in p.districts]
            for kind, name in p.districts:
                canonical = f"{DISTRICT_PREFIX[kind]} {name}"
                # thị xã and huyện Kỳ Anh, thành phố and huyện Cao Lãnh: two units, two ids
                rid = f"{p.id}/{'' if names.count(fold(name)) == 1 else kind + '_'}{fold(name).replace(' ', '_')}"
                out.append(_Candidate(fold(name), canonical, rid, "district", kind, fold(canonical)))
        self._cache[province_id] = out
        return out

    def _elsewhere(self, keys: list[str], prov: Province, score: float) -> bool:
        """Does the printed name spell a district of another province than `prov` better than `score` (as
        `_score` scores it)? "huyện Tiên Du" (Bắc Ninh) is 85.7 from Hưng Yên's "huyện Tiên Lữ", as close as OCR
        noise, but it is another unit's name. The other provinces' ~700 names are compared in bulk (rapidfuzz's
        extractOne, cut off at `score`): one by one in Python they made a match ~12x slower."""
        if prov.id not in self._others:
            others = [c for c in self._candidates(None) if c.kind == "district" and not c.registry_id.startswith(f"{prov.id}/")]
            self._others[prov.id] = _Names(
                [c.key for c in others], [c.full_key for c in others],
                {kind: [c.key for c in others if c.district_kind == kind] for kind in DISTRICT_PREFIX},
                {kind: [c.key for c in others if c.district_kind != kind] for kind in DISTRICT_PREFIX})
        names = self._others[prov.id]

        def beats(query: str, choices: list[str], penalty: float = 0.0) -> bool:
            found = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=min(100.0, score + penalty))
            return found is not None and found[1] - penalty > score

        for key in keys:
            word = _KIND_WORD_RE.match(key)
            if beats(key, names.keys):
                return True
            if word:
                kind, core = _KIND_OF_WORD[word.group(1)], key[word.end():]
                if beats(core, names.of_kind[kind]) or beats(core, names.other_kinds[kind], KIND_MISMATCH):
                    return True
            elif beats(key, names.full_keys):
                return True
        return False

    def match(self, printed: str, province_id: str | None = None, kind: str | None = None) -> Match:
        """Best registry unit for a printed name (department or district); canonical None below threshold."""
        key = fold(printed)
        key = _UBND_PREFIX_RE.sub("", key)
        keys = [key]
        prov = self.province(province_id)
        if prov:  # "Thanh tra tỉnh Hà Nam" -> "thanh tra tinh"; "thành phố Hải Dương" is also a unit itself
            keys.append(re.sub(rf"\s+{re.escape(fold(prov.name))}$", "", key))
        keys = list(dict.fromkeys(k for k in keys if k))  # the province-less key is most often the key itself
        if not keys:
            return Match(printed=printed)
        best: tuple[float, _Candidate | None] = (0.0, None)
        scores: dict[str, float] = {}
        for cand in self._candidates(province_id):
            if kind and cand.kind != kind:
                continue
            score = max(_score(k, cand) for k in keys)
            scores[cand.registry_id] = max(score, scores.get(cand.registry_id, 0.0))
            if score > best[0] or (score == best[0] and best[1] and len(cand.key) < len(best[1].key)):
                best = (score, cand)
        score, cand = best
        if cand is None or score < MATCH_THRESHOLD:
            return Match(printed=printed, score=round(score, 1) if cand else None)
        if prov is None and cand.kind == "district" and any(
                rid != cand.registry_id and other >= score - AMBIGUITY_MARGIN for rid, other in scores.items()):
            return Match(printed=printed, score=round(score, 1))
        if prov is not None and cand.kind == "district" and score < 100 and self._elsewhere(keys, prov, score):
            return Match(printed=printed, score=round(score, 1))  # another province's name, not a misread of ours
        return Match(printed=printed, canonical=cand.canonical, registry_id=cand.registry_id, score=round(score, 1))


def _score(key: str, cand: _Candidate) -> float:
    """How well a printed key spells a candidate. A district's name is compared without the kind words: the
    printed kind word, when it is one, must agree (else KIND_MISMATCH); a printed name with no kind word is
    compared as it stands, and a first word that is no kind word (OCR's "huycn") also against the full name."""
    if cand.kind != "district":
        return fuzz.ratio(key, cand.key)
    word = _KIND_WORD_RE.match(key)
    if word:
        mismatch = KIND_MISMATCH if _KIND_OF_WORD[word.group(1)] != cand.district_kind else 0.0
        return max(fuzz.ratio(key[word.end():], cand.key) - mismatch, fuzz.ratio(key, cand.key))
    bare = fuzz.ratio(key, cand.key)  # a word with no kind word before it must spell the name ("Bảng" is no "KBang",
    # "ngôi đầu" no "Gò Dầu"): common words lie that close to the short names of 705 districts
    return max(bare if bare >= BARE_NAME_MIN else 0.0, fuzz.ratio(key, cand.full_key))


@lru_cache(maxsize=1)
def unit_registry() -> UnitRegistry:
    return UnitRegistry()


def match_unit(printed: str, province_id: str | None = None, kind: str | None = None) -> Match:
    """Shortcut: `unit_registry().match(...)`."""
    return unit_registry().match(printed, province_id, kind)


__all__ = [
    "CRITERIA_SETS", "CriteriaSet", "CriterionItem", "Province", "UnitRegistry", "criteria_set", "match_unit",
    "unit_registry",
]

from parscan.registries.national import match_national_unit, national_scope_size, split_unit_list  # noqa: E402

__all__ += ["match_national_unit", "national_scope_size", "split_unit_list"]
