"""Structured records the extractors add to a document.

Every record carries `evidence` so an auditor can find it on the page.
Values that could not be read are None, never invented.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, PrivateAttr

from parscan.schemas.geometry import Box, Evidence


class Person(BaseModel):
    name: str | None = None
    title: str | None = None
    authority: str | None = Field(default=None, description="KT., TM., TL., Q. ... as printed")
    evidence: Evidence | None = None


class LegalReference(BaseModel):
    number_symbol: str
    kind: str | None = None
    date: str | None = Field(default=None, description="ISO date when known")
    issuer: str | None = None
    evidence: Evidence | None = None


class DocumentMeta(BaseModel):
    kind: str | None = Field(default=None, description="Báo cáo, Kế hoạch, Công văn, Quyết định ...")
    issuer: str | None = None
    issuer_parent: str | None = None
    number_symbol: str | None = None
    place: str | None = None
    date: str | None = Field(default=None, description="ISO date (YYYY-MM-DD, or YYYY-MM when the day is missing)")
    subject: str | None = None
    year_assessed: int | None = None
    signer: Person | None = None
    legal_references: list[LegalReference] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    is_par_document: bool | None = None
    evidence: dict[str, Evidence] = Field(default_factory=dict, description="field name -> evidence")


class Cell(BaseModel):
    row: int
    col: int
    text: str
    row_span: int = 1
    col_span: int = 1
    box: Box | None = None
    conf: float | None = None
    alt_text: str | None = Field(default=None, description="second reading of the cell when it differs")
    page: int | None = Field(default=None, description="page of the cell (tables continued across pages)")
    line_start: int | None = Field(default=None, description="text input: 1-based first line of the cell's row")
    line_end: int | None = None
    kind: str | None = Field(default=None, description="its column's kind: rank|ordinal|score|count|name|code|text")
    value: float | None = Field(default=None, description="the number the cell holds, settled against its column's "
                                "format; None where none was read (never a guess)")
    ocr_doubt: str | None = Field(default=None, description="why the value is not what the OCR read as printed "
                                  "(taken from the column's format) or why no value was kept; `text` stays the reading")
    # Digit readings of the cell's crop made on its page for a join that types its column (the table stage keeps
    # them on a poorly read table's cells that its page typed as no number: a light page 2 whose ranks read as
    # marks). Private: the join runs after the page images are gone, and they are no part of the document.
    _rereadings: list[str] = PrivateAttr(default_factory=list)
    # More readings of such a page's cells left without a sure value, for the join's vote (`reread.light_rereadings`).
    _light_readings: list[str] = PrivateAttr(default_factory=list)
    # A sure score's crops on such a page (`reread.light_crops`): read at the join only where its row does not add
    # up (`tables.light.check_continued_scores`).
    _light_crops: tuple | None = PrivateAttr(default=None)


class Table(BaseModel):
    """A table as found on the page(s), before it is interpreted as criteria or rankings."""

    id: str
    kind: str = Field(default="unknown", description="ranking|criteria|assignment|unknown ...")
    pages: list[int] = Field(default_factory=list)
    header: list[str] = Field(default_factory=list, description="column labels as printed (joined header rows)")
    columns: list[str] = Field(default_factory=list, description="canonical column keys matched from the header")
    column_kinds: list[str] = Field(default_factory=list, description="kind of each column from its header and the "
                                    "majority of its cells: rank|ordinal|score|count|name|code|text|empty")
    n_rows: int = 0
    n_cols: int = 0
    cells: list[Cell] = Field(default_factory=list)
    ruled: bool | None = None
    index_kind: str | None = Field(default=None, description="the index the table reports: par, sipas, papi, pci ...")
    warnings: list[str] = Field(default_factory=list)
    evidence: Evidence | None = None


class Match(BaseModel):
    """A fuzzy match of a printed name to a registry entry."""

    printed: str
    canonical: str | None = None
    registry_id: str | None = None
    score: float | None = None


class CriterionRow(BaseModel):
    table_id: str | None = None
    code: str | None = None
    level: Literal["field", "criterion", "sub_criterion", "total", "unknown"] = "unknown"
    name: Match
    max_points: float | None = None
    max_points_source: Literal["printed", "registry"] | None = Field(
        default=None, description="registry: the printed cell was unreadable/off in a table that follows the registry"
    )
    values: dict[str, float | None] = Field(
        default_factory=dict, description="label -> value, e.g. score_2019, target_2020"
    )
    lead_agency: list[Match] = Field(default_factory=list)
    raw_cells: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    evidence: Evidence | None = None


class RankingRow(BaseModel):
    table_id: str | None = None
    group: str | None = None
    rank: int | None = None
    unit: Match
    components: dict[str, float | None] = Field(default_factory=dict, description="label -> score")
    total: float | None = None
    max_points: float | None = None
    index_pct: float | None = None
    marks: list[str] = Field(default_factory=list, description="footnote marks, X placeholders ...")
    raw_cells: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    evidence: Evidence | None = None


class AssignmentScope(BaseModel):
    level: Literal["field", "criterion", "sub_criterion"]
    code: str
    name: str | None = None
    excluding: list[str] = Field(default_factory=list)


class Assignment(BaseModel):
    agency: Match
    scope: list[AssignmentScope] = Field(default_factory=list)
    evidence: Evidence | None = None


ClaimKind = Literal[
    "average", "highest", "lowest", "gap", "count", "members", "delta", "threshold", "survey_count", "other",
    "ratio", "rank", "rank_move", "total", "comparison", "value",
]
Scope = Literal["provinces", "ministries", "departments", "districts"]


class Claim(BaseModel):
    """A numeric statement in the prose, typed so the audit can check it."""

    kind: ClaimKind
    subject: str | None = Field(default=None, description="what the number is about (group, class, field)")
    group: str | None = Field(
        default=None, description="ranking group the statement is about (departments, districts, or as printed)"
    )
    field: str | None = Field(
        default=None, description="PAR field the statement is about when it is not the overall index (as printed)"
    )
    value: float | None = None
    unit: str | None = Field(default=None, description="%, điểm, phiếu, đơn vị ...")
    previous_value: float | None = None
    previous_year: int | None = None
    year: int | None = None
    members: list[str] = Field(default_factory=list)
    bounds: tuple[float | None, float | None] | None = Field(
        default=None, description="[low, high) for class thresholds"
    )
    parts: list[float] = Field(
        default_factory=list, description="addends printed with a total (ballots per group ...); audit checks the sum"
    )
    between: list[float] = Field(
        default_factory=list,
        description="the levels a gap was printed right after, when it names no extremes ('năm nay: 84,97%; "
                    "năm trước: 81,63%; chênh lệch 3,34%': [84.97, 81.63])")
    change: float | None = Field(default=None, description="the change the sentence states with the value (signed)")
    denominator: float | None = Field(default=None, description="'11/17 bộ': 17; 'xếp thứ 5/63': 63")
    band: str | None = Field(default=None, description="class or group label as printed ('Nhóm A', 'Tốt')")
    other: str | None = Field(default=None, description="the unit a comparison is made with ('so với Bộ Ngoại giao')")
    scope: Scope | None = Field(default=None, description="which units the statement counts or ranks")
    approximate: bool = Field(default=False, description="'hơn 86.000 phiếu': the figure is a bound, not exact")
    bound: Literal["at_least", "at_most", "about"] | None = Field(
        default=None, description="how the value is qualified in print: 'hơn 86.000' at_least, 'gần' at_most, 'khoảng' about")
    index_kind: str | None = Field(default=None, description="par, sipas, papi, pci ... when the sentence names one")
    frame: str | None = Field(default=None, description="the catalogue frame that read the statement")
    reading: Literal["frame", "cue"] = Field(
        default="frame", description="'cue': no frame read the figure; its role was read from the cue words of its "
                                     "clause, so a check that disagrees is never an accusation (unverifiable)")
    text: str = ""
    evidence: Evidence | None = None
