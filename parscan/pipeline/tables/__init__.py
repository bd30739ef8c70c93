"""Ruled tables on scanned pages: the grid from the ruling (`ruling`), each cell read on its own
(`cells`), the rows put back into the page text (`text`). The page stage needs only these names."""

from parscan.pipeline.tables.cells import detect_tables
from parscan.pipeline.tables.ruling import Ruling, find_grids
from parscan.pipeline.tables.text import merge_table_rows

__all__ = ["Ruling", "detect_tables", "find_grids", "merge_table_rows"]
