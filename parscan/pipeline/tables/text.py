"""Put detected tables into the page text row by row.

Tesseract's page layout analysis reads a ruled table column by column, which scrambles the
page text. Where the table stage found a ruled grid, the lines inside it are replaced by one
line per table row (its cells left to right), each cell kept as a word with its box, so the
text reads like the printed table and every value still points at its cell.
"""

from __future__ import annotations

from collections import defaultdict

from parscan.schemas.geometry import Box
from parscan.schemas.ocr import Line, Page, Word
from parscan.schemas.records import Table


def _table_box(table: Table) -> Box | None:
    boxes = [cell.box for cell in table.cells if cell.box is not None]
    return Box.enclosing(boxes) if boxes else None


def _inside(line: Line, box: Box) -> bool:
    if line.box is None:
        return False
    cx, cy = (line.box.x0 + line.box.x1) / 2, (line.box.y0 + line.box.y1) / 2
    return box.x0 <= cx <= box.x1 and box.y0 <= cy <= box.y1


def _row_lines(table: Table) -> list[Line]:
    rows: dict[int, list] = defaultdict(list)
    for cell in table.cells:
        if cell.text.strip() and cell.box is not None:
            rows[cell.row].append(cell)
    lines = []
    for row in sorted(rows):
        cells = sorted(rows[row], key=lambda c: c.col)
        lines.append(Line.from_words([Word(text=" ".join(c.text.split()), box=c.box, conf=c.conf) for c in cells]))
    return lines


def merge_table_rows(page: Page, tables: list[Table]) -> Page:
    """Replace the OCR lines that fall inside each table found on the page image (ruled or borderless)
    by the table's rows (or insert the rows where the table stands when the page OCR left it out)."""
    for table in tables:
        if table.ruled is None:  # a table read from text, not found on this page's image
            continue
        box = _table_box(table)
        rows = _row_lines(table)
        if box is None or not rows:
            continue
        inside = {i for i, line in enumerate(page.lines) if _inside(line, box)}
        kept = [line for i, line in enumerate(page.lines) if i not in inside]
        if inside:
            first = min(inside)
            position = sum(1 for i in range(first) if i not in inside)
        else:  # the page OCR skipped the table: place its rows by height on the page
            position = next((i for i, line in enumerate(kept) if line.box and line.box.y0 >= box.y0), len(kept))
        page.lines = kept[:position] + rows + kept[position:]
    return page
