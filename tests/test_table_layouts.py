"""Tables on real layouts (issue 11): the grid of a noisy page, borderless tables, tables split over
pages, tables in a PDF text layer."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from parscan.pipeline.tables import find_grids

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _ruled_page(rows: int = 8, cols: int = 6) -> tuple[np.ndarray, list[int], list[int]]:
    """A 300-dpi A4 landscape page with one full grid (70-px rows, 200-px columns), no text."""
    image = np.full((2480, 3508), 255, np.uint8)
    ys = [500 + 70 * r for r in range(rows + 1)]
    xs = [400 + 200 * c for c in range(cols + 1)]
    for y in ys:
        image[y:y + 3, xs[0]:xs[-1] + 3] = 0
    for x in xs:
        image[ys[0]:ys[-1] + 3, x:x + 3] = 0
    return image, ys, xs


def test_a_stroke_touching_the_ruling_is_no_column_border() -> None:
    """A letter's stem touching a rule (a caption over the top rule, a capital in a cell) is one row
    high at most: taken for a border, it shifted the cells one column and added a row on top."""
    image, ys, xs = _ruled_page()
    image[ys[0] - 50:ys[0], xs[2] + 45:xs[2] + 48] = 0  # over the top rule, touching it
    image[ys[4] + 3:ys[4] + 52, xs[3] + 46:xs[3] + 49] = 0  # inside a cell, hanging from a rule
    (grid,), _, _ = find_grids(image)
    assert len(grid.xs) == len(xs) and len(grid.ys) == len(ys)
    assert all(abs(a - b) <= 3 for a, b in zip(grid.xs, xs))
    assert all(abs(a - b) <= 3 for a, b in zip(grid.ys, ys))
