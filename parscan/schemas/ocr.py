"""Pages, lines and words as the OCR (or a text layer) produced them."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from parscan.schemas.geometry import Box

PageOrigin = Literal["ocr", "text_layer", "text_file", "empty"]


class Word(BaseModel):
    text: str
    box: Box | None = None
    conf: float | None = Field(default=None, description="OCR confidence 0..100; None for text input")


class Line(BaseModel):
    """One line in reading order. `text` is the repaired text; `ocr_text` what OCR/text layer gave."""

    text: str
    ocr_text: str | None = None
    box: Box | None = None
    conf: float | None = None
    block: int = 0
    words: list[Word] = Field(default_factory=list)
    repair: str | None = Field(
        default=None, description="repair strength applied: none|light|full (set by the repair stage)"
    )

    @classmethod
    def from_words(cls, words: list[Word], block: int = 0) -> "Line":
        """A line of `words` (non-empty, with boxes): text joined, box enclosing, mean confidence."""
        confs = [w.conf for w in words if w.conf is not None]
        return cls(
            text=" ".join(w.text for w in words),
            box=Box.enclosing([w.box for w in words if w.box is not None]),
            conf=round(sum(confs) / len(confs), 2) if confs else None,
            block=block,
            words=list(words),
        )


class Page(BaseModel):
    number: int = Field(ge=1, description="1-based page number in the source")
    width: int | None = None
    height: int | None = None
    dpi: int | None = None
    origin: PageOrigin = "ocr"
    rotation: int = Field(default=0, description="clockwise degrees applied to make the page upright")
    skew: float = Field(default=0.0, description="degrees of skew corrected")
    mean_conf: float | None = None
    lines: list[Line] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)
