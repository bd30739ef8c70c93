"""Boxes and evidence: how every extracted value points back to the scan or the text."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Box(BaseModel):
    """Pixel box on the *upright* page image (after orientation correction), x0,y0 top-left."""

    model_config = ConfigDict(frozen=True)

    x0: int
    y0: int
    x1: int
    y1: int

    def union(self, other: "Box") -> "Box":
        return Box(
            x0=min(self.x0, other.x0),
            y0=min(self.y0, other.y0),
            x1=max(self.x1, other.x1),
            y1=max(self.y1, other.y1),
        )

    @classmethod
    def enclosing(cls, boxes: "list[Box]") -> "Box":
        """The smallest box holding all of `boxes` (at least one)."""
        return cls(
            x0=min(b.x0 for b in boxes),
            y0=min(b.y0 for b in boxes),
            x1=max(b.x1 for b in boxes),
            y1=max(b.y1 for b in boxes),
        )

    @property
    def width(self) -> int:
        return self.x1 - self.x0

    @property
    def height(self) -> int:
        return self.y1 - self.y0


class Evidence(BaseModel):
    """Where a value came from: page number (1-based), box on scans, line span on text input."""

    page: int = Field(ge=1)
    box: Box | None = None
    line_start: int | None = Field(default=None, description="1-based line index within the page")
    line_end: int | None = None
    text: str = ""
