"""Scoring methodologies as data: one YAML file per province/year (or national set).

A methodology says what a published PAR table must satisfy: the criteria tree and its maximum
points, which parts are appraisal (thẩm định) and which survey (điều tra xã hội học / khảo sát
sự hài lòng), how the index is computed and rounded, the classification bands (including
compound rules on field indices) and how ties are ranked.  Adding a province or a year means
adding a file to `parscan/scoring/methodologies/`, never code.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field, ValidationError, model_validator

from parscan.errors import BadInputError
from parscan.normalizers.names import fold
from parscan.scoring.numeric import RoundingMode
from parscan.schemas.document import ParscanDocument

METHODOLOGY_DIR = Path(__file__).with_name("methodologies")
GENERIC_ID = "generic"

Part = Literal["appraisal", "survey"]


class CriterionNode(BaseModel):
    """A field (lĩnh vực), criterion (tiêu chí) or sub-criterion (tiêu chí thành phần)."""

    code: str
    name: str
    max_points: Decimal | None = None
    part: Part | None = Field(default=None, description="inherited by children when None")
    children: list["CriterionNode"] = Field(default_factory=list)

    def walk(self, inherited: Part | None = None):
        """Yield (node, effective part) depth first."""
        part = self.part or inherited
        yield self, part
        for child in self.children:
            yield from child.walk(part)


class CriteriaSet(BaseModel):
    """The criteria tree for one kind of unit (a province; or sở vs huyện in a provincial set)."""

    id: str
    applies_to: list[str] = Field(default_factory=list, description="group keywords: 'sở', 'huyện' ...")
    total_max: Decimal = Decimal(100)
    parts: dict[Part, Decimal] = Field(default_factory=dict, description="max points of appraisal / survey")
    fields: list[CriterionNode] = Field(default_factory=list)

    @model_validator(mode="after")
    def _parts_add_up(self) -> "CriteriaSet":
        if self.parts and sum(self.parts.values()) != self.total_max:
            raise ValueError(f"criteria set {self.id}: parts {dict(self.parts)} do not add up to {self.total_max}")
        known = [f.max_points for f in self.fields]
        if self.fields and all(m is not None for m in known) and sum(known) != self.total_max:  # type: ignore[arg-type]
            raise ValueError(f"criteria set {self.id}: field maxima add up to {sum(known)}, not {self.total_max}")  # type: ignore[arg-type]
        return self

    def nodes(self) -> dict[str, tuple[CriterionNode, Part | None]]:
        return {node.code: (node, part) for field in self.fields for node, part in field.walk()}


class Band(BaseModel):
    """One class. Bands are tried best first; the first whose conditions hold is the class.

    `min` is the lower bound on the index (inclusive unless `min_exclusive`); `field_min_pct`
    adds the compound rule "every field index ≥ x %" (Hải Dương 2019 head-of-agency classes).
    `max` is informative (the printed upper bound) - the cascade makes it implicit.
    """

    name: str
    aliases: list[str] = Field(default_factory=list)
    min: Decimal | None = None
    min_exclusive: bool = False
    max: Decimal | None = None
    field_min_pct: Decimal | None = None

    def admits(self, index: Decimal, field_pcts: list[Decimal] | None = None) -> bool | None:
        """True/False, or None when the compound rule needs field indices that are unknown."""
        if self.min is not None and (index <= self.min if self.min_exclusive else index < self.min):
            return False
        if self.field_min_pct is not None:
            if field_pcts is None:
                return None
            return all(p >= self.field_min_pct for p in field_pcts)
        return True

    def keys(self) -> list[str]:
        return [fold(self.name)] + [fold(a) for a in self.aliases]


class Classification(BaseModel):
    id: str
    name: str
    bands: list[Band]

    def classify(self, index: Decimal, field_pcts: list[Decimal] | None = None) -> Band | None:
        """The class of an index; None when a compound rule cannot be decided."""
        for band in self.bands:
            verdict = band.admits(index, field_pcts)
            if verdict is None:
                return None
            if verdict:
                return band
        return None

    def band_named(self, text: str) -> Band | None:
        key = fold(text)
        for band in self.bands:
            if any(k and (k == key or f" {k} " in f" {key} ") for k in band.keys()):
                return band
        return None


class UnitScale(BaseModel):
    """Units scored on a different maximum (Hà Nam 2022: 60 points for units without a survey)."""

    max_points: Decimal
    marker: str | None = Field(default=None, description="footnote mark printed next to these units, e.g. '*'")
    units: list[str] = Field(default_factory=list)


class IndexFormula(BaseModel):
    """index = points achieved / max points × scale, rounded to `decimals` places."""

    scale: Decimal = Decimal(100)
    decimals: int = 2
    rounding: RoundingMode = "half_up"


class RankRule(BaseModel):
    order: Literal["descending"] = "descending"
    ties: Literal["shared", "sequential", "either"] = Field(
        default="either", description="equal indices: same rank (1,1,3), consecutive ranks, or either"
    )


class Methodology(BaseModel):
    id: str
    title: str
    province: str | None = None
    years: list[int] = Field(default_factory=list)
    legal_basis: list[str] = Field(default_factory=list)
    extends: str | None = Field(default=None, description="id of a methodology whose fields this one inherits")
    index: IndexFormula = Field(default_factory=IndexFormula)
    ranks: RankRule = Field(default_factory=RankRule)
    criteria_sets: list[CriteriaSet] = Field(default_factory=list)
    component_parts: dict[str, Part] = Field(
        default_factory=dict, description="ranking column label (folded) -> part, e.g. 'diem tham dinh': appraisal"
    )
    unit_scales: list[UnitScale] = Field(default_factory=list)
    classifications: list[Classification] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)

    def criteria_for(self, group: str | None) -> CriteriaSet | None:
        if not self.criteria_sets:
            return None
        key = fold(group or "")
        for cset in self.criteria_sets:
            if any(fold(k) in key for k in cset.applies_to):
                return cset
        return self.criteria_sets[0]

    @property
    def total_max(self) -> Decimal:
        return self.criteria_sets[0].total_max if self.criteria_sets else Decimal(100)

    def scale_for(self, unit: str, marks: list[str]) -> Decimal | None:
        """The unit-specific maximum when the methodology names one (by footnote mark or name)."""
        key = fold(unit)
        for scale in self.unit_scales:
            if scale.marker and any(scale.marker in m for m in marks):
                return scale.max_points
            if any(fold(u) and (fold(u) in key or key in fold(u)) for u in scale.units):
                return scale.max_points
        return None


def _raw(mid: str) -> dict:
    path = METHODOLOGY_DIR / f"{mid}.yaml"
    if not path.is_file():
        known = ", ".join(available_methodologies())
        raise BadInputError(f"unknown methodology '{mid}' (known: {known})")
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    parent = data.get("extends")
    if parent:
        merged = _raw(parent)
        merged.update(data)
        return merged
    return data


@lru_cache(maxsize=None)
def load_methodology(mid: str) -> Methodology:
    """Load and validate one methodology file (with its `extends` chain)."""
    try:
        return Methodology.model_validate(_raw(mid))
    except ValidationError as exc:
        first = exc.errors()[0]
        raise BadInputError(f"methodology '{mid}' is invalid: {first['loc']}: {first['msg']}") from exc


def available_methodologies() -> list[str]:
    return sorted(p.stem for p in METHODOLOGY_DIR.glob("*.yaml"))


def select_methodology(doc: ParscanDocument | None, methodology: str | None = None) -> Methodology:
    """`methodology` when given; else the file matching the document's province and year; else generic.

    The province is looked for in the issuer and place (folded, so OCR-damaged names still match);
    the year is the assessed year, else the issue year minus one (reports come out the year after).
    """
    if methodology:
        return load_methodology(methodology)
    if doc is None:
        return load_methodology(GENERIC_ID)
    meta = doc.document
    where = fold(" ".join(filter(None, [meta.issuer, meta.issuer_parent, meta.place])))
    years: list[int] = []
    if meta.year_assessed:
        years.append(meta.year_assessed)
    if meta.date and meta.date[:4].isdigit():
        years += [int(meta.date[:4]), int(meta.date[:4]) - 1]
    best: tuple[int, str] | None = None
    for mid in available_methodologies():
        meth = load_methodology(mid)
        if not meth.province or not meth.years:
            continue
        if fold(meth.province) not in where:
            continue
        for rank, year in enumerate(years):
            if year in meth.years and (best is None or rank < best[0]):
                best = (rank, mid)
    return load_methodology(best[1] if best else GENERIC_ID)
