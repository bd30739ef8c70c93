"""Typed options shared by every stage (one object, passed down unchanged)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class ExtractOptions(BaseModel):
    dpi: int = Field(default=300, ge=50, le=600, description="rasterisation dpi for scanned PDF pages")
    lang: str = Field(default="vie", description="Tesseract language(s), e.g. 'vie' or 'vie+eng'")
    pages: list[int] | None = Field(default=None, description="1-based page numbers to process; None = all")
    orientation: Literal["auto", "always", "never"] = Field(
        default="auto", description="auto: run OSD only when the first OCR pass looks wrong"
    )
    deskew: bool = True
    repair: bool = True
    extract_records: bool = True
    max_pixels: int = Field(default=120_000_000, description="refuse images larger than this many pixels")
    page_timeout_s: float | None = Field(default=None, description="per-page OCR time limit")
    ocr_engine: str = Field(default="tesserocr", description="tesserocr (in-process) or tesseract (command)")
