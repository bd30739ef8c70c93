"""Tables of a page with a trusted PDF text layer: the grid found on the page's rendering, the text of
each cell from the layer's words inside it (pdfplumber word positions), no OCR.

Why the grid from the pixels and not from the words alone: the rules of a ruled or half-ruled table are
drawn paths, not words, and they say where rows and columns are (a wrapped name stays one cell); a
borderless table is found the same way on the rendering as on a scan (`whitespace.py`). The printed
text is the layer's, exact, so nothing is re-read: the columns are typed on it (`columns.type_table`).
"""

from __future__ import annotations

import numpy as np

from parscan.pipeline.ingest import TextLayerWord
from parscan.pipeline.tables.columns import type_table
from parscan.pipeline.tables.ruling import Grid, find_grids
from parscan.pipeline.text_pages import group_lines
from parscan.schemas.geometry import Box, Evidence
from parscan.schemas.ocr import Page
from parscan.schemas.records import Cell, Table


def layer_tables(image: np.ndarray | None, words: list[TextLayerWord], page: Page) -> list[Table]:
    """The page's tables with the layer's words as their cells' text; [] when none or on any failure
    (the page keeps its text either way)."""
    if image is None or image.ndim != 2 or min(image.shape) < 100 or not words:
        return []
    try:
        grids, _, _ = find_grids(image)
        tables = [_table(grid, words, page, k) for k, grid in enumerate(grids, start=1)]
    except Exception:  # noqa: BLE001  (an odd page must not cost the document its text)
        return []
    return [t for t in tables if t is not None]


def _table(grid: Grid, words: list[TextLayerWord], page: Page, k: int) -> Table | None:
    cells = []
    for g in grid.cells:
        x0, y0, x1, y1 = g.box
        inside = [w for w in words if x0 <= (w.x0 + w.x1) / 2 < x1 and y0 <= (w.y0 + w.y1) / 2 < y1]
        if not inside:
            continue
        text = " ".join(w.text for line in group_lines(inside) for w in line)
        cells.append(Cell(row=g.row, col=g.col, text=text, row_span=g.row_span, col_span=g.col_span,
                          box=Box(x0=x0, y0=y0, x1=x1, y1=y1)))
    if not cells:
        return None
    x0, y0, x1, y1 = grid.box
    table = Table(id=f"p{page.number}-t{k}", pages=[page.number], ruled=grid.ruled, cells=cells,
                  n_rows=len(grid.ys) - 1, n_cols=len(grid.xs) - 1,
                  evidence=Evidence(page=page.number, box=Box(x0=x0, y0=y0, x1=x1, y1=y1)))
    type_table(table)
    return table
