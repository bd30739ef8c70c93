"""Extractors: each reads the document tree and fills one part of it."""

from __future__ import annotations

from parscan.schemas.document import ParscanDocument


def run_all(doc: ParscanDocument) -> ParscanDocument:
    return doc
