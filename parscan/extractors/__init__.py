"""Extractors: each reads the document tree and fills one part of it.

`run_all` runs the registered steps in order; a new table kind is one new module with an
``extract(doc) -> None`` function added to `STEPS`.
"""

from __future__ import annotations

from collections.abc import Callable

from parscan.schemas.document import ParscanDocument

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


def run_all(doc: ParscanDocument) -> ParscanDocument:
    """Fill tables, metadata, criteria, rankings, assignments and claims of `doc` (in place; returned)."""
    for name, step in _steps():
        try:
            step(doc)
        except Exception as exc:  # noqa: BLE001 - one broken extractor must not lose the others' records
            doc.warnings.append(f"extractor {name} failed: {exc.__class__.__name__}: {exc}")
    return doc
