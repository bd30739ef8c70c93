"""Ruled tables on scanned pages: grid from the ruling, then each cell read on its own.

Why per cell: Tesseract on a whole ruled table crop recovered 0 of 74 numbers (the lines break
its layout analysis); with the ruling erased and each cell read by rectangle, ~99-100 %. The
`vie` model sometimes drops a digit (56,75 -> 56,5), so number cells get a second reading by an
`eng` model restricted to digits; that reading wins only when it parses as a number, and the
other reading is kept in `alt_text`. No value is ever changed to make sums agree.
"""

from __future__ import annotations

import os
import re

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from parscan.normalizers.numbers import parse_number  # noqa: E402
from parscan.pipeline.options import ExtractOptions  # noqa: E402
from parscan.pipeline.table_ruling import Grid, GridCell, find_grids  # noqa: E402
from parscan.schemas.geometry import Box, Evidence  # noqa: E402
from parscan.schemas.ocr import Page  # noqa: E402
from parscan.schemas.records import Cell, Table  # noqa: E402

NUMBER_CHARS = "0123456789,.%*X-"
NUMERIC_RE = re.compile(r"^[\d.,%*Xx\-\s]+$")
MIN_INK = 12  # ink pixels below which a cell is empty (specks, remains of the ruling)
MAX_HEADER_ROWS = 3
PLACEHOLDERS = {"X", "x", "-"}

_APIS: dict[str, object] = {}


def _api(kind: str):
    """One Tesseract API per kind and process: loading a model costs far more than a cell."""
    if kind not in _APIS:
        import tesserocr

        from parscan.pipeline.ocr_tesserocr import tessdata_dir

        if kind == "digits":
            api = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang="eng", psm=tesserocr.PSM.SINGLE_LINE,
                                          oem=tesserocr.OEM.LSTM_ONLY)
            api.SetVariable("tessedit_char_whitelist", NUMBER_CHARS)
        else:
            api = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=kind, psm=tesserocr.PSM.SINGLE_BLOCK,
                                          oem=tesserocr.OEM.LSTM_ONLY)
        _APIS[kind] = api
    return _APIS[kind]


def detect_tables(image: np.ndarray, page: Page, options: ExtractOptions) -> list[Table]:
    """Ruled tables of one upright page image (boxes in its pixels); [] when none or on any failure.

    Never raises: a page the table stage cannot read still has its plain OCR text.
    """
    try:
        return _detect(image, page, options)
    except Exception:  # noqa: BLE001  (odd images must not cost the page its text)
        return []


def _detect(image: np.ndarray, page: Page, options: ExtractOptions) -> list[Table]:
    if image is None or image.ndim != 2 or min(image.shape) < 100:
        return []
    gray = image if image.dtype == np.uint8 else np.clip(image, 0, 255).astype(np.uint8)
    grids, ink, ruling = find_grids(gray)
    if not grids:
        return []
    text_ink = _text_ink(gray, ink, ruling)
    from PIL import Image

    pil = Image.fromarray(cv2.bitwise_not(text_ink))
    lang = options.lang if options.lang else "vie"
    main, digits = _api(lang), _api("digits")
    main.SetImage(pil)
    digits.SetImage(pil)
    words = [w for line in page.lines for w in line.words if w.box is not None]
    tables = []
    for k, grid in enumerate(grids, start=1):
        cells = [_read_cell(g, text_ink, words, main, digits) for g in grid.cells]
        cells = [c for c in cells if c is not None]
        if not cells:
            continue
        _numeric_columns(cells, grid, text_ink, digits)
        x0, y0, x1, y1 = grid.box
        tables.append(Table(
            id=f"p{page.number}-t{k}", pages=[page.number], ruled=True, cells=cells,
            n_rows=len(grid.ys) - 1, n_cols=len(grid.xs) - 1, header=_header(cells, len(grid.xs) - 1),
            evidence=Evidence(page=page.number, box=Box(x0=x0, y0=y0, x1=x1, y1=y1)),
        ))
    return tables


def _text_ink(gray: np.ndarray, ink: np.ndarray, ruling: np.ndarray) -> np.ndarray:
    """Ink that is text: dark locally (adaptive) and globally (Otsu), ruling removed.

    Why binarize here: Tesseract thresholding the grey page inside a small rectangle misread one
    cell in ten (show-through and the lighter paper); on this mask the demo table read clean.
    """
    _, otsu = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    text = cv2.bitwise_and(ink, otsu)
    size = max(5, gray.shape[1] // 300) | 1  # ruling is thicker on pages rasterised at higher dpi
    text[cv2.dilate(ruling, np.ones((size, size), np.uint8)) > 0] = 0
    return _despeckle(text)


def _despeckle(ink: np.ndarray) -> np.ndarray:
    """Drop small specks far from any glyph: scan dust read as '_', '.', '-' around numbers.

    Diacritics and commas are small too but sit next to a letter or digit, so they stay.
    """
    width = ink.shape[1]
    min_area, reach = max(12, 2 * (width // 500) ** 2), max(9, width // 100)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    big = np.zeros(n, bool)
    big[1:] = stats[1:, cv2.CC_STAT_AREA] >= min_area
    near = cv2.dilate(big[labels].astype(np.uint8), np.ones((reach, reach), np.uint8)) > 0
    keep = big.copy()
    keep[np.unique(labels[near])] = True
    keep[0] = False
    return np.where(keep[labels], 255, 0).astype(np.uint8)


def _inner(g: GridCell, pad: int) -> tuple[int, int, int, int]:
    """The cell's box without the ruling and a margin of its own (remains of the line live there)."""
    x0, y0, x1, y1 = g.box
    return x0 + pad, y0 + pad, max(x0 + pad + 1, x1 - pad), max(y0 + pad + 1, y1 - pad)


def _ink_box(ink: np.ndarray, g: GridCell) -> tuple[int, int, int, int] | None:
    """Tight box around the ink inside the cell, or None for an empty cell."""
    x0, y0, x1, y1 = _inner(g, max(5, ink.shape[1] // 250))
    crop = ink[y0:y1, x0:x1]
    if np.count_nonzero(crop) < MIN_INK:
        return None
    rows, cols = np.nonzero(crop.max(axis=1))[0], np.nonzero(crop.max(axis=0))[0]
    m = 8  # Tesseract wants a margin of background around the text
    return (max(x0, x0 + int(cols[0]) - m), max(y0, y0 + int(rows[0]) - m),
            min(x1, x0 + int(cols[-1]) + 1 + m), min(y1, y0 + int(rows[-1]) + 1 + m))


def _ocr(api, box: tuple[int, int, int, int]) -> tuple[str, float]:
    x0, y0, x1, y1 = box
    api.SetRectangle(x0, y0, x1 - x0, y1 - y0)
    text = " ".join(api.GetUTF8Text().split())
    return text, float(api.MeanTextConf())


def _words_inside(words: list, box: tuple[int, int, int, int]) -> list[str]:
    x0, y0, x1, y1 = box
    return [w.text for w in words
            if x0 <= (w.box.x0 + w.box.x1) / 2 <= x1 and y0 <= (w.box.y0 + w.box.y1) / 2 <= y1]


def _looks_numeric(text: str) -> bool:
    return bool(text) and bool(NUMERIC_RE.match(text)) and any(ch.isdigit() for ch in text)


def _read_cell(g: GridCell, ink: np.ndarray, words: list, main, digits) -> Cell | None:
    box = _ink_box(ink, g)
    if box is None:
        return None
    text, conf = _ocr(main, box)
    page_words = " ".join(_words_inside(words, g.box))
    cell = Cell(row=g.row, col=g.col, text=text, row_span=g.row_span, col_span=g.col_span,
                box=Box(x0=g.box[0], y0=g.box[1], x1=g.box[2], y1=g.box[3]), conf=round(conf, 2))
    if _looks_numeric(text) or _looks_numeric(page_words):
        _second_reading(cell, box, digits)
    return cell if cell.text or cell.alt_text else None


def _clean_number(reading: str) -> str:
    """Drop separators left dangling at the ends by ruling remains ('9,15.' -> '9,15')."""
    stripped = reading.strip().rstrip(".,-").lstrip(".,")
    return stripped if any(ch.isdigit() for ch in stripped) else reading.strip()


def _second_reading(cell: Cell, box: tuple[int, int, int, int], digits, *, placeholder_ok: bool = False) -> None:
    """Digit-only reading; it becomes the text when it parses as a number (the other kept aside).

    In a number column a lone 'X' (not assessed) also wins over a garbled word reading.
    """
    reading, conf = _ocr(digits, box)
    reading = _clean_number(reading)
    number = parse_number(reading) is not None and any(ch.isdigit() for ch in reading)
    placeholder = placeholder_ok and reading in PLACEHOLDERS and len(cell.text) <= 3
    if number and parse_number(cell.text) is not None and not _digits_reading_wins(cell, reading, conf):
        if reading != cell.text:
            cell.alt_text = reading
    elif number or placeholder:
        if reading != cell.text:
            cell.alt_text, cell.text = cell.text or None, reading
            cell.conf = round(conf, 2)
    elif reading and reading != cell.text:
        cell.alt_text = reading


def _digit_count(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def _digits_reading_wins(cell: Cell, reading: str, conf: float) -> bool:
    """Both readings are numbers and differ: the digit-only one wins when it kept more digits
    (`vie` drops digits: 56,75 -> 56,5) or is at least as confident; otherwise `vie` stays."""
    if _digit_count(reading) != _digit_count(cell.text):
        return _digit_count(reading) > _digit_count(cell.text)
    return conf >= (cell.conf or 0)


def _numeric_columns(cells: list[Cell], grid: Grid, ink: np.ndarray, digits) -> None:
    """In a column that is mostly numbers, read its other short or digit-bearing cells with digits too."""
    by_col: dict[int, list[Cell]] = {}
    for c in cells:
        if c.col_span == 1:
            by_col.setdefault(c.col, []).append(c)
    for col_cells in by_col.values():
        numeric = [c for c in col_cells if parse_number(c.text) is not None]
        if len(numeric) < 0.5 * len(col_cells):
            continue
        for c in col_cells:
            if c.alt_text is not None or parse_number(c.text) is not None:
                continue
            if len(c.text) > 3 and not any(ch.isdigit() for ch in c.text):
                continue
            g = GridCell(c.row, c.col, c.row_span, c.col_span, (c.box.x0, c.box.y0, c.box.x1, c.box.y1))
            box = _ink_box(ink, g)
            if box is not None:
                _second_reading(c, box, digits, placeholder_ok=True)


def _header(cells: list[Cell], n_cols: int) -> list[str]:
    """Column labels from the leading rows that hold no number and are not a full-width group row."""
    labels = [""] * n_cols
    rows = sorted({c.row for c in cells})
    for row in rows[:MAX_HEADER_ROWS]:
        row_cells = [c for c in cells if c.row == row]
        if any(parse_number(c.text) is not None for c in row_cells) or any(c.col_span >= n_cols for c in row_cells):
            break
        for c in row_cells:
            for col in range(c.col, min(n_cols, c.col + c.col_span)):
                labels[col] = f"{labels[col]} {c.text}".strip()
    return labels if any(labels) else []
