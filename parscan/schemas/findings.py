"""Audit findings: what was published, what it should be, and where."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from parscan.schemas.geometry import Evidence

Severity = Literal["error", "warning", "info"]


class Finding(BaseModel):
    check: str = Field(description="stable id: row_total, index, rank_order, class_band, criteria_rollup, claim_* ...")
    severity: Severity
    message_vi: str
    message_en: str
    published: float | str | None = None
    expected: float | str | None = None
    unit: str | None = None
    code: str | None = None
    ocr_doubt: bool = Field(default=False, description="True when the finding may come from an OCR misreading")
    evidence: list[Evidence] = Field(default_factory=list)
