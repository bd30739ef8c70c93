"""Pydantic models: the one contract between stages.

The names below are loaded on first use (PEP 562), so a light import such as the published
schema's path (`parscan.schemas.export.SCHEMA_PATH`) does not pay for pydantic and every model.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_WHERE = {
    "PageResult": "document", "ParscanDocument": "document", "Source": "document",
    "Check": "findings", "Coverage": "findings", "Finding": "findings", "Severity": "findings",
    "Box": "geometry", "Evidence": "geometry",
    "Line": "ocr", "Page": "ocr", "Word": "ocr",
    **{name: "records" for name in (
        "Assignment", "AssignmentScope", "Cell", "Claim", "CriterionRow", "DocumentMeta", "LegalReference",
        "Match", "Person", "RankingRow", "Table",
    )},
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
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
