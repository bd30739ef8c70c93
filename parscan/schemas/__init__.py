"""Pydantic models: the one contract between stages."""

from parscan.schemas.document import PageResult, ParscanDocument, Source
from parscan.schemas.findings import Check, Coverage, Finding, Severity
from parscan.schemas.geometry import Box, Evidence
from parscan.schemas.ocr import Line, Page, Word
from parscan.schemas.records import (
    Assignment,
    AssignmentScope,
    Cell,
    Claim,
    CriterionRow,
    DocumentMeta,
    LegalReference,
    Match,
    Person,
    RankingRow,
    Table,
)

__all__ = [
    "Assignment", "AssignmentScope", "Box", "Cell", "Check", "Claim", "Coverage", "CriterionRow", "DocumentMeta", "Evidence",
    "Finding", "LegalReference", "Line", "Match", "Page", "PageResult", "ParscanDocument", "Person", "RankingRow",
    "Severity", "Source", "Table", "Word",
]
