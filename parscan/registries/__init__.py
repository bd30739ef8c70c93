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
from rapidfuzz import fuzz

from parscan.normalizers.names import fold
from parscan.schemas.records import Match

DISTRICT_PREFIX = {"quan": "quận", "huyen": "huyện", "thi_xa": "thị xã", "thanh_pho": "thành phố"}
_UBND_PREFIX_RE = re.compile(r"^(?:uy ban nhan dan|ubnd|uy ban)\s+")
MATCH_THRESHOLD = 82.0


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
            for kind, name in p.districts:
                canonical = f"{DISTRICT_PREFIX[kind]} {name}"
                rid = f"{p.id}/{fold(name).replace(' ', '_')}"
                for alias in (canonical, name):
                    out.append(_Candidate(fold(alias), canonical, rid, "district"))
        self._cache[province_id] = out
        return out

    def match(self, printed: str, province_id: str | None = None, kind: str | None = None) -> Match:
        """Best registry unit for a printed name (department or district); canonical None below threshold."""
        key = fold(printed)
        key = _UBND_PREFIX_RE.sub("", key)
        keys = [key]
        prov = self.province(province_id)
        if prov:  # "Thanh tra tỉnh Hà Nam" -> "thanh tra tinh"; "thành phố Hải Dương" is also a unit itself
            keys.append(re.sub(rf"\s+{re.escape(fold(prov.name))}$", "", key))
        keys = [k for k in keys if k]
        if not keys:
            return Match(printed=printed)
        best: tuple[float, _Candidate | None] = (0.0, None)
        for cand in self._candidates(province_id):
            if kind and cand.kind != kind:
                continue
            score = max(fuzz.ratio(k, cand.key) for k in keys)
            if score > best[0] or (score == best[0] and best[1] and len(cand.key) < len(best[1].key)):
                best = (score, cand)
        score, cand = best
        if cand is None or score < MATCH_THRESHOLD:
            return Match(printed=printed, score=round(score, 1) if cand else None)
        return Match(printed=printed, canonical=cand.canonical, registry_id=cand.registry_id, score=round(score, 1))


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
