"""Tables on scanned pages: the grid from the ruling (`ruling`; rules between rows only too) or from the
whitespace of a borderless table (`whitespace`), each cell read on its own (`cells`), the rows put back
into the page text (`text`); on a page with a trusted PDF text layer the same grids take the layer's
words, no OCR (`layer`). The page stage needs only these names."""

from parscan.pipeline.tables.cells import detect_tables
from parscan.pipeline.tables.ruling import Ruling, find_grids
from parscan.pipeline.tables.text import merge_table_rows

__all__ = ["Ruling", "detect_tables", "find_grids", "merge_table_rows"]
