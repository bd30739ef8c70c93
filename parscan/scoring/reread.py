"""A second look at a doubtful number cell: its pixels read again, digits only, in two other ways.

A discrepancy that hangs on a low-confidence cell is an accusation only when the figure is what
was printed. `reread_cell` takes the cell's text ink from the page image the way the table stage
did (page re-rendered from the source through `page_image`, the same rotation and deskew, as for
the report's crops; ruling erased, Otsu, specks dropped: `_text_ink`, `_ink_box`), and reads it
again with a digits-only `vie` model (0-9 , . and - only for a negative cell) as a single line
(PSM 7) and as a single word (PSM 8).

Why a glyph height of 28 px and not the crop upscaled x2-3: the cells of a 200-300 dpi scan are
already 20-45 px high, and at x3 the model read 8 as 0 (89,75 -> 09,75) on many cells of a page.
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

import cv2
import numpy as np
from PIL import Image

# The table stage's cell reading, imported here only (the stage may move into a sub-package).
from parscan.pipeline.tables.cells import GridCell, _api, _clean_number, _ink_box, _text_ink, find_grids
from parscan.schemas.document import ParscanDocument
from parscan.schemas.records import Cell

GLYPH_PX = 28  # height the cell's ink is scaled to (digits with the comma's tail)
DIGITS = "0123456789,."
_API_KIND = "digits_reread"  # its own Tesseract instance: the table stage's keep their settings


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
    found = _ink_box(ink, GridCell(0, 0, 1, 1, box))
    if found is None:
        return ()
    x0, y0, x1, y1 = found
    crop = ink[y0:y1, x0:x1]
    rows, cols = np.nonzero(crop.max(axis=1))[0], np.nonzero(crop.max(axis=0))[0]
    crop = crop[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    scale = GLYPH_PX / crop.shape[0]
    image = cv2.resize(cv2.bitwise_not(crop), None, fx=scale, fy=scale,
                       interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    pad = GLYPH_PX // 3
    image = Image.fromarray(cv2.copyMakeBorder(image, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255))
    return tuple(r for r in (_ocr(image, mode, negative) for mode in ("SINGLE_LINE", "SINGLE_WORD"))
                 if any(ch.isdigit() for ch in r))


def _ocr(image: Image.Image, mode: str, negative: bool) -> str:
    import tesserocr

    api = _api(_API_KIND)
    api.SetVariable("tessedit_char_whitelist", DIGITS + ("-" if negative else ""))
    api.SetPageSegMode(getattr(tesserocr.PSM, mode))
    api.SetImage(image)
    return _clean_number(" ".join(api.GetUTF8Text().split()))


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

