"""A second look at a doubtful number cell: its pixels read again, digits only, in two other ways.

A discrepancy that hangs on a low-confidence cell is an accusation only when the figure is what
was printed. `reread_cell` takes the cell's text ink from the page image the way the table stage
did (page re-rendered from the source through `page_image`, the same rotation and deskew, as for
the report's crops; ruling erased, Otsu, specks dropped: `_text_ink`, `_ink_box`), and reads it
again with a digits-only `vie` model (0-9 , . and - only for a negative cell) as a single line
(PSM 7) and as a single word (PSM 8).

The crop and its reading are the table stage's (`pipeline/tables/reread.py`: glyphs scaled to 28 px).
Measured on 638 number cells of six scans (generator scan and bad profiles, the demo report): PSM 7
disagreed with the table stage on 3 cells, PSM 8 on 8; together they confirmed 623 cells (none of
them misread), differed on 13 (4 of them misreads of the table stage: 75,50 read 75,00, 56,47 read
96,47), and gave a single reading for 2 one-digit cells. PSM 8 often loses the decimal comma ('9477'
for 94,77): the caller compares digits when a reading has no separator. PSM 13 read as PSM 8 did.
A re-read costs ~5-10 ms a cell; the first cell of a page ~1 s (render, ruling, ink; cached).

Nothing is re-read when the source is text, the page was not OCRed, the cell has no box, or the
source file is gone or changed (its sha256 no longer the document's): the caller keeps its doubt.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np

# The table stage's cell reading, imported here only (the stage may move into a sub-package).
from parscan.pipeline.tables.cells import _text_ink, find_grids
from parscan.pipeline.tables.reread import reread_digits
from parscan.schemas.document import ParscanDocument
from parscan.schemas.records import Cell


def reread_cell(doc: ParscanDocument, cell: Cell) -> list[str]:
    """The cell read again (PSM 7, then PSM 8), readings that contain a digit, stripped; [] when not possible."""
    if doc.source.kind == "text" or cell.box is None:
        return []
    number = cell.page or next((t.pages[0] for t in doc.tables if t.pages and any(c is cell for c in t.cells)), None)
    page = next((p for p in doc.pages if p.number == number), None)
    if page is None or page.origin != "ocr":
        return []
    box = cell.box
    try:
        return list(_reread(doc.source.path, doc.source.sha256, page.number,
                            page.model_copy(update={"lines": []}).model_dump_json(),
                            (box.x0, box.y0, box.x1, box.y1), cell.text.strip().startswith("-")))
    except Exception:  # noqa: BLE001 - a re-read that cannot be made leaves the doubt as it was
        return []


@lru_cache(maxsize=512)
def _reread(path: str, sha: str, number: int, page_json: str, box: tuple[int, int, int, int],
            negative: bool) -> tuple[str, ...]:
    ink = _page_ink(path, sha, number, page_json)
    if ink is None:
        return ()
    return tuple(reread_digits(ink, box, negative=negative))


@lru_cache(maxsize=4)
def _page_ink(path: str, sha: str, number: int, page_json: str) -> np.ndarray | None:
    """The page's table text ink as the table stage saw it, or None (source gone, changed, unreadable)."""
    from parscan.pipeline.ingest import sha256_of
    from parscan.scoring.crops import _page  # the report's page cache: a page rendered once serves both

    source = Path(path)
    if not source.is_file() or sha256_of(source) != sha:
        return None
    image = _page(path, sha, number, page_json)
    if image is None or image.ndim != 2:
        return None
    gray = image if image.dtype == np.uint8 else np.clip(image, 0, 255).astype(np.uint8)
    grids, _, ruling = find_grids(gray)
    return _text_ink(gray, ruling, [g.box for g in grids]) if grids else None

