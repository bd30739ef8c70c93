"""Audit across documents: who published a figure, who quotes it, and the checks between them.

A check across documents compares a figure stated in one document with the same figure in another (the
province's report quoting the national announcement; one year's announcement stating last year's average,
which last year's announcement fixes).  Its evidence therefore names the document as well as the page:
`CitedEvidence` is `Evidence` plus the document's path and sha256 and the role the document plays for
this figure (`publication`: the issuing authority's own publication of that year's figure; `quote`: any
other document stating it).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from parscan.schemas.findings import Check, Coverage, Finding
from parscan.schemas.geometry import Evidence

Role = Literal["publication", "quote"]
# provincial: the province's People's Committee or its Department of Home Affairs (who assess its units);
# unit: one of the assessed units itself (a department's or a district's own report)
IssuerLevel = Literal["national", "provincial", "unit", "unknown"]


class DocumentIdentity(BaseModel):
    """What a document is, as the cross-document audit needs it."""

    path: str
    sha256: str
    year_assessed: int | None = Field(default=None, description="the year the index measures (not the year printed"
                                                                " in the date line: 'Chỉ số CCHC năm 2022' of 2023)")
    year_published: int | None = None
    year_source: str | None = Field(default=None, description="title, claims, date-1 ... how the year was decided")
    scopes: list[str] = Field(default_factory=list, description="provinces, ministries, departments, districts")
    province: str | None = Field(default=None, description="the province whose departments/districts it is about")
    issuer: str | None = None
    issuer_level: IssuerLevel = "unknown"
    index_kind: str = "par"
    kind: str | None = Field(default=None, description="Báo cáo, Quyết định, Kế hoạch ... (None: press, no header)")
    number_symbol: str | None = None
    cites: list[str] = Field(default_factory=list, description="numbers of the decisions, reports and plans the "
                                                              "document cites")
    authority: bool = Field(default=False, description="the issuing authority's own publication of its scope's "
                                                       "figures for year_assessed (a ranking it publishes)")


class CitedEvidence(Evidence):
    """Evidence in a named document."""

    path: str = ""
    sha256: str = ""
    role: Role = "quote"
    issuer: str | None = None
    year_assessed: int | None = None
    number_symbol: str | None = None
    cited: bool = Field(default=False, description="the quoting document cites this one by its number (the "
                                                   "decision or report it says it quotes)")


class ArchiveCheck(Check):
    evidence: list[CitedEvidence] = Field(default_factory=list)  # type: ignore[assignment]
    year: int | None = Field(default=None, description="the year the compared figure is about")
    figure: str | None = Field(default=None, description="index, rank, average, count[80,-) ...")
    index_kind: str | None = None
    scope: str | None = None


class ArchiveFinding(Finding):
    evidence: list[CitedEvidence] = Field(default_factory=list)  # type: ignore[assignment]
    year: int | None = None
    figure: str | None = None
    index_kind: str | None = None
    scope: str | None = None


class ArchiveAudit(BaseModel):
    """`archive` beside `documents[]` in the audit report."""

    documents: list[DocumentIdentity] = Field(default_factory=list)
    checks: list[ArchiveCheck] = Field(default_factory=list)
    findings: list[ArchiveFinding] = Field(default_factory=list)
    coverage: Coverage = Field(default_factory=Coverage)
