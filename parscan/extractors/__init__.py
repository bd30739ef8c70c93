"""Extractors: each reads the document tree and fills one part of it.

`run_all` runs the registered steps in order; a new table kind is one new module with an
``extract(doc) -> None`` function added to `STEPS`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from parscan.schemas.document import ParscanDocument

if TYPE_CHECKING:
    from parscan.extractors.text_tables import TextTables

Step = Callable[[ParscanDocument], None]


def _steps() -> list[tuple[str, Step]]:
    from parscan.extractors import assignments, claims, context, criteria, metadata, rankings, text_tables

    return [
        ("tables_from_text", text_tables.extract),
        ("metadata", metadata.extract),
        ("table_interpret", context.merge_and_classify),
        ("criteria", criteria.extract),
        ("rankings", rankings.extract),
        ("assignments", assignments.extract),
        ("claims", claims.extract),
    ]


# The steps that build `doc.tables`: a document read again after an auditor's corrections keeps its tables.
_TABLE_STEPS = ("tables_from_text", "table_interpret")


def run_all(doc: ParscanDocument, text_tables: TextTables | None = None) -> ParscanDocument:
    """Fill tables, metadata, criteria, rankings, assignments and claims of `doc` (in place; returned).

    `text_tables`: the tables already read from the text page by page (`parscan.pipeline.run.Assembly`),
    added in place of the text-tables step.
    """
    steps = _steps()
    if text_tables is not None:
        steps = [(name, text_tables.finish if name == "tables_from_text" else step) for name, step in steps]
    return _run(doc, steps)


def reinterpret(doc: ParscanDocument) -> ParscanDocument:
    """Read the records again from the document's settled tables and lines (after an auditor corrected a
    cell or a line): the tables are kept as they are, everything read from them and the text is redone."""
    doc.criteria, doc.rankings, doc.assignments, doc.claims = [], [], [], []
    return _run(doc, [(name, step) for name, step in _steps() if name not in _TABLE_STEPS])


def _run(doc: ParscanDocument, steps: list[tuple[str, Step]]) -> ParscanDocument:
    for name, step in steps:
        try:
            step(doc)
        except Exception as exc:  # noqa: BLE001 - one broken extractor must not lose the others' records
            doc.warnings.append(f"extractor {name} failed: {exc.__class__.__name__}: {exc}")
    return doc
