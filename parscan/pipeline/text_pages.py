"""Pages that already have text: OCR text files and trusted PDF text layers."""

from __future__ import annotations

from parscan.pipeline.ingest import RawPage, TextLayerWord
from parscan.schemas.geometry import Box
from parscan.schemas.ocr import Line, Page, Word


def page_from_text_file(raw: RawPage) -> Page:
    """Keep every line, blank ones too, so line numbers match the file for evidence."""
    lines = [Line(text=text.rstrip()) for text in raw.text_lines or []]
    page = Page(number=raw.number, origin="text_file", lines=lines)
    if not any(line.text.strip() for line in lines):
        page.warnings.append(f"page {raw.number}: no text")
    return page


def page_from_text_layer(raw: RawPage) -> Page:
    """Group text-layer words into lines by vertical overlap, left to right within a line."""
    height, width = raw.image.shape[:2] if raw.image is not None else (None, None)
    page = Page(number=raw.number, origin="text_layer", width=width, height=height, dpi=raw.dpi)
    for group in group_lines(raw.layer_words):
        words = [
            Word(text=w.text, box=Box(x0=int(w.x0), y0=int(w.y0), x1=int(w.x1), y1=int(w.y1))) for w in group
        ]
        page.lines.append(Line.from_words(words))
    return page


def group_lines(words: list[TextLayerWord]) -> list[list[TextLayerWord]]:
    """Words into lines by vertical overlap, left to right; lines top to bottom (a page or a table cell)."""
    lines: list[list[TextLayerWord]] = []
    for word in sorted(words, key=lambda w: (w.y0, w.x0)):
        middle = (word.y0 + word.y1) / 2
        for line in lines:
            top = min(w.y0 for w in line)
            bottom = max(w.y1 for w in line)
            if top <= middle <= bottom:
                line.append(word)
                break
        else:
            lines.append([word])
    for line in lines:
        line.sort(key=lambda w: w.x0)
    lines.sort(key=lambda line: min(w.y0 for w in line))
    return lines
