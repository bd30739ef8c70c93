"""OCR engines behind one small interface, so a new engine is one new module.

An engine turns an upright page image into a `Page` of lines and words with boxes and
confidences, and can tell the page orientation. Engines register themselves by name in
`ENGINES`; `get_engine(options.ocr_engine)` returns a (cached) instance.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from parscan.errors import BadInputError
from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.preprocess import PreparedImage
from parscan.schemas.ocr import Page


class OcrEngine(Protocol):
    name: str

    def recognize(self, prepared: PreparedImage, number: int, options: ExtractOptions) -> Page:
        """OCR the whole page; word boxes in `prepared.image` pixel coordinates."""
        ...

    def orientation(self, prepared: PreparedImage) -> tuple[int, float]:
        """(clockwise rotation that makes the page upright, confidence)."""
        ...


ENGINES: dict[str, type] = {}


def register(name: str):
    def decorate(cls: type) -> type:
        ENGINES[name] = cls
        return cls

    return decorate


@lru_cache(maxsize=None)
def get_engine(name: str) -> OcrEngine:
    # engines live in their own modules; importing registers them
    from parscan.pipeline import ocr_tesseract  # noqa: F401

    try:
        from parscan.pipeline import ocr_tesserocr  # noqa: F401
    except ImportError:  # the library is optional: fall back to the `tesseract` command
        if name == "tesserocr":
            name = "tesseract"
    try:
        return ENGINES[name]()
    except KeyError as exc:
        raise BadInputError(f"unknown OCR engine {name!r} (available: {', '.join(sorted(ENGINES))})") from exc
