"""What a generated document is made of: layout blocks (for rendering) plus its ground truth.

A DocSpec is pure content: building one is fast and needs no fonts; `render`/`render_text` lay it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Style = Literal["regular", "bold", "italic", "bolditalic"]


@dataclass
class TextLine:
    text: str
    style: Style = "regular"
    underline: bool = False


@dataclass
class NationalHeader:
    """The two-column header of an administrative document: issuer left, national motto right."""

    left: list[TextLine]
    right: list[TextLine]
    size: float = 12.5


@dataclass
class Centered:
    lines: list[TextLine]
    size: float = 13.5
    space_before: float = 0.4  # in line heights


@dataclass
class Paragraph:
    text: str
    style: Style = "regular"
    indent: bool = True
    align: Literal["justify", "left", "center"] = "justify"
    size: float = 13.5
    space_before: float = 0.25


@dataclass
class HeaderCell:
    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass
class TableBlock:
    """A ruled table. `truth` indexes DocSpec.tables, whose `pages` the layout fills in."""

    truth: int
    widths: list[float]  # fractions of the text width
    header: list[list[HeaderCell]]
    rows: list[list[str]]  # a one-cell row spans the whole table (group headings)
    align: list[Literal["left", "center", "right"]]
    bold_rows: set[int] = field(default_factory=set)
    size: float = 12.0
    repeat_header: bool = True
    rules: Literal["grid", "horizontal", "none"] = "grid"  # "horizontal": rules between rows only, no verticals;
    # "none": no ruling at all, columns aligned by whitespace (borderless)
    family: Literal["serif", "sans"] = "serif"  # the table's typeface (a held-out variant prints sans)


@dataclass
class Signature:
    """'Nơi nhận' list at the left, signature block at the right, side by side."""

    recipients: list[str]
    authority: str | None  # "KT. GIÁM ĐỐC"
    title: str  # "PHÓ GIÁM ĐỐC"
    name: str
    size: float = 12.5


Block = NationalHeader | Centered | Paragraph | TableBlock | Signature


@dataclass
class DocSpec:
    """A document's content and truth, before layout.

    tables/rankings/criteria/claims hold what the document *prints* (planted faults included);
    planted_faults says which published relations were broken on purpose.
    """

    name: str
    seed: int
    blocks: list[Block]
    document: dict[str, Any]
    tables: list[dict[str, Any]] = field(default_factory=list)
    rankings: list[dict[str, Any]] = field(default_factory=list)
    criteria: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    planted_faults: list[dict[str, Any]] = field(default_factory=list)
    landscape: bool = False  # A4 turned: wide tables (14 columns and more) are printed this way

    def records(self) -> dict[str, Any]:
        """The truth that does not depend on layout (pages, lines and text are added by the renderer)."""
        return {
            "tables": self.tables,
            "document": self.document,
            "rankings": self.rankings,
            "criteria": self.criteria,
            "claims": self.claims,
            "planted_faults": self.planted_faults,
        }


ReportSpec = DocSpec
