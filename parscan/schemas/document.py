"""The document tree: the one contract between stages and the root every exporter reads."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from parscan import __version__
from parscan.schemas.findings import Check, Coverage, Finding
from parscan.schemas.ocr import Page
from parscan.schemas.records import (
    Assignment,
    Claim,
    CriterionRow,
    DocumentMeta,
    RankingRow,
    Table,
)

SourceKind = Literal["pdf", "image", "text"]


class Source(BaseModel):
    path: str
    sha256: str
    kind: SourceKind
    page_count: int
    bytes: int | None = None


class ParscanDocument(BaseModel):
    """Root of everything parscan knows about one input file."""

    parscan_version: str = __version__
    source: Source
    pages: list[Page] = Field(default_factory=list)
    text: str = Field(default="", description="full repaired text; pages separated by form feed")
    document: DocumentMeta = Field(default_factory=DocumentMeta)
    tables: list[Table] = Field(default_factory=list)
    criteria: list[CriterionRow] = Field(default_factory=list)
    rankings: list[RankingRow] = Field(default_factory=list)
    assignments: list[Assignment] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    checks: list[Check] = Field(default_factory=list, description="every verification the audit made, passed ones too")
    coverage: Coverage | None = Field(default=None, description="the audit's count of what it checked")
    warnings: list[str] = Field(default_factory=list)

    def refresh_text(self) -> None:
        """Rebuild `text` from the pages (after OCR or repair changed lines)."""
        self.text = "\f".join(page.text for page in self.pages)


class PageResult(BaseModel):
    """What processing one page yields: the page and any tables found on its image.

    Pages are processed independently (the batch runner sends them to different workers),
    then `parscan.pipeline.run.assemble` joins them into a ParscanDocument.
    """

    page: Page
    tables: list[Table] = Field(default_factory=list)
