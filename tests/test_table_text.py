"""Ruled tables enter the page text row by row, cells kept as words with their boxes."""

from __future__ import annotations

from parscan.pipeline.tables import merge_table_rows
from parscan.schemas.geometry import Box
from parscan.schemas.ocr import Line, Page
from parscan.schemas.records import Cell, Table


def box(x0: int, y0: int, x1: int, y1: int) -> Box:
    return Box(x0=x0, y0=y0, x1=x1, y1=y1)


def test_column_wise_lines_replaced_by_rows() -> None:
    page = Page(number=1, width=1000, height=1000, lines=[
        Line(text="Trước bảng", box=box(100, 100, 500, 130)),
        Line(text="Sở Tư pháp", box=box(150, 300, 400, 330)),  # Tesseract read the name column...
        Line(text="Sở Nội vụ", box=box(150, 360, 400, 390)),
        Line(text="96,51", box=box(600, 300, 700, 330)),  # ...then the number column
        Line(text="88,51", box=box(600, 360, 700, 390)),
        Line(text="Sau bảng", box=box(100, 600, 500, 630)),
    ])
    table = Table(id="p1-t1", ruled=True, cells=[
        Cell(row=0, col=0, text="Sở Tư pháp", box=box(140, 290, 500, 340), conf=91),
        Cell(row=0, col=1, text="96,51", box=box(500, 290, 800, 340), conf=95),
        Cell(row=1, col=0, text="Sở Nội vụ", box=box(140, 350, 500, 400), conf=90),
        Cell(row=1, col=1, text="88,51", box=box(500, 350, 800, 400), conf=96),
    ])
    merge_table_rows(page, [table])
    assert [l.text for l in page.lines] == ["Trước bảng", "Sở Tư pháp 96,51", "Sở Nội vụ 88,51", "Sau bảng"]
    assert page.lines[1].words[1].box == box(500, 290, 800, 340)


def test_tables_not_found_on_the_image_leave_lines_alone() -> None:
    lines = [Line(text="Sở Tư pháp 96,51", box=box(150, 300, 700, 330))]
    page = Page(number=1, width=1000, height=1000, lines=list(lines))
    table = Table(id="t", ruled=None, cells=[Cell(row=0, col=0, text="x", box=box(0, 0, 999, 999))])
    merge_table_rows(page, [table])
    assert [l.text for l in page.lines] == ["Sở Tư pháp 96,51"]


def test_borderless_table_rows_enter_the_page_text() -> None:
    """A borderless table is blanked for the page OCR like a ruled one: its rows must come back."""
    page = Page(number=1, width=1000, height=1000, lines=[Line(text="Trước bảng", box=box(100, 100, 500, 130))])
    table = Table(id="p1-t1", ruled=False, cells=[
        Cell(row=0, col=0, text="Sở Tư pháp", box=box(140, 290, 500, 340)),
        Cell(row=0, col=1, text="96,51", box=box(500, 290, 800, 340)),
    ])
    merge_table_rows(page, [table])
    assert [l.text for l in page.lines] == ["Trước bảng", "Sở Tư pháp 96,51"]
