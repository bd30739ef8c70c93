"""Ruled tables on scanned pages: grid from the ruling, then each cell read on its own.

Why per cell: Tesseract on a whole ruled table crop recovered 0 of 74 numbers (the lines break
its layout analysis); with the ruling erased and each cell read by rectangle, ~99-100 %. The
`vie` model sometimes drops a digit (56,75 -> 56,5), so number cells get a second reading by an
`eng` model restricted to digits; that reading wins only when it parses as a number, and the
other reading is kept in `alt_text`. No value is ever made from a sum: a row that does not add up
only chooses among the readings of its cells' own pixels (`sums.py`).

A table whose ink reads poorly (`_poorly_read`: a light or unevenly lit copy, where the page's one
threshold fuses the strokes) is read a second time from its grey levels divided by the local paper
level (`_flattened`), and each cell keeps the better of its two readings (`_better`; two clean numbers that
disagree are settled by a third reading of the cell). In a blurred table (`_blurred`: its ink-to-paper edges,
measured before any reading, are wide, as on a copy kept at low resolution) a clean number read without
confidence gets a second opinion, the majority of three readings (`_second_opinion`); a sharp scan's table
makes no extra Tesseract call.

Header rows stay in `cells` as the table's leading label rows and `Table.header` is left empty:
the interpreters (`extractors/table_model.py`) take labels from leading label rows the same way
for every table, and the page text needs the header rows in place (`text.py`).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from parscan.normalizers.numbers import parse_number  # noqa: E402
from parscan.pipeline.options import ExtractOptions  # noqa: E402
from parscan.pipeline.tables.ruling import GridCell, Ruling, find_grids  # noqa: E402
from parscan.schemas.geometry import Box, Evidence  # noqa: E402
from parscan.schemas.ocr import Page  # noqa: E402
from parscan.schemas.records import Cell, Table  # noqa: E402

NUMBER_CHARS = "0123456789,.%*X-"
NUMERIC_RE = re.compile(r"^[\d.,%*Xx\-\s]+$")
MIN_INK = 12  # ink pixels below which a cell is empty (specks, remains of the ruling)
PLACEHOLDERS = {"X", "x", "-"}
LABEL_RE = re.compile(r"^[^\W\d_]{1,4}\s?\d{1,2}$")
# a reading that is nothing but a short number: a decimal with its separator, or an integer of 1-2 digits
# (a rank). Not 3 digits without one: that is how a lost comma reads ('910' for 9,10), and the digit-only
# reading restored it often enough for the column to be typed a decimal one (a borderless bad scan's
# column read as counts without it: 254 -> 239 cells exact)
CLEAN_NUMBER_RE = re.compile(r"^\d{1,3}[.,]\d{1,3}$|^\d{1,2}$")
NUMBER_SHAPE_RE = re.compile(r"^\d{1,3}(?:[.,/]\d{1,3})?$")  # a number as read, its separator aside
CLEAN_WORD_CONF = 70.0  # a word reading below this confidence is not clean (`_clean`)
POOR_TABLE_SHARE = 0.9  # a table with fewer clean readings is read again from its grey levels (`_poorly_read`)
BLURRED_EDGE_PX = 1.8  # ink-to-paper edges wider than this (px at 300 dpi): a blurred copy (`_blurred`)
SECOND_OPINION_CONF = 90.0  # in a blurred table, a clean number read less surely gets two more readings
REFERENCE_SIDE = 2480  # an A4 page's short side at 300 dpi: what `_edge_width` is scaled to

WORK_WIDTH = 1700  # pages are read at about 200 dpi: upsampled scans misread 5 as 9 at 300
# measured on the page's short side: a landscape page (wide tables) is not read at a lower dpi than a
# portrait one (scaled by its width, a 300-dpi landscape scan was read at ~145 dpi and lost its commas)
_APIS: dict[str, object] = {}


def _api(kind: str):
    """One Tesseract API per kind and process: loading a model costs far more than a cell.

    kind "digits" is `vie` restricted to number characters (`eng` read 5 as 9 in these fonts:
    75,50 -> 75,90); "digits_full" is the same model for the full-resolution tie-break; a kind ending in
    "_eng" is `eng` restricted the same way (`reread.cell_rereadings`' last readings).
    """
    if kind not in _APIS:
        import tesserocr

        from parscan.pipeline.ocr_tesserocr import tessdata_dir

        if kind.startswith("digits"):
            lang = "eng" if kind.endswith("_eng") else "vie"
            api = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=lang, psm=tesserocr.PSM.SINGLE_LINE,
                                          oem=tesserocr.OEM.LSTM_ONLY)
            api.SetVariable("tessedit_char_whitelist", NUMBER_CHARS)
        else:
            api = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=kind, psm=tesserocr.PSM.SINGLE_BLOCK,
                                          oem=tesserocr.OEM.LSTM_ONLY)
        _APIS[kind] = api
    return _APIS[kind]


def set_image(api, image: np.ndarray) -> None:
    """Give Tesseract a grey crop as its raw bytes (`SetImageBytes`).

    Why not `SetImage` of a PIL image: tesserocr encodes that as a BMP (a 256-entry palette each time) that
    Leptonica decodes again, for every cell and every re-reading; the bytes give the same readings and
    confidences (every cell of the 58 replayed benchmark documents compared, BENCHMARKS.md, issue 11 session 9).
    """
    image = np.ascontiguousarray(image, dtype=np.uint8)
    api.SetImageBytes(image.tobytes(), image.shape[1], image.shape[0], 1, image.shape[1])


class CellReader:
    """Reads rectangles of one page image (black on white) with the cached APIs, each rectangle given to
    the API as an image of its own.

    Why a crop per cell and not one SetImage per page and a SetRectangle per cell: the same readings and
    confidences (405 cells of a 14-column and a ranking page compared), in about two thirds of the CPU
    time (Tesseract's work per rectangle grows with the page it is cut from). It also leaves the cached
    APIs free of any page, so two readers of one page (its ink, its flattened grey levels) never clash.
    """

    def __init__(self, page: np.ndarray, lang: str) -> None:
        self.scale = min(1.0, WORK_WIDTH / min(page.shape))
        self.page = page
        self.work = page if self.scale == 1.0 else cv2.resize(page, None, fx=self.scale, fy=self.scale,
                                                               interpolation=cv2.INTER_AREA)
        self.main, self.digits, self.full = _api(lang), _api("digits"), _api("digits_full")

    @staticmethod
    def _ocr(api, image: np.ndarray, box: tuple[int, int, int, int], scale: float) -> tuple[str, float]:
        x0, y0, x1, y1 = (int(round(v * scale)) for v in box)
        set_image(api, image[y0:max(y0 + 1, y1), x0:max(x0 + 1, x1)])
        return " ".join(api.GetUTF8Text().split()), float(api.MeanTextConf())

    def text(self, box: tuple[int, int, int, int]) -> tuple[str, float]:
        return self._ocr(self.main, self.work, box, self.scale)

    def number(self, box: tuple[int, int, int, int]) -> tuple[str, float]:
        reading, conf = self._ocr(self.digits, self.work, box, self.scale)
        return _clean_number(reading), conf

    def number_full(self, box: tuple[int, int, int, int]) -> tuple[str, float]:
        reading, conf = self._ocr(self.full, self.page, box, 1.0)
        return _clean_number(reading), conf


def detect_tables(image: np.ndarray, page: Page, options: ExtractOptions, *,
                  ruling: Ruling | None = None) -> list[Table]:
    """Ruled tables of one upright page image (boxes in its pixels); [] when none or on any failure.

    `ruling` is `find_grids(image)` when the caller already has it (the page OCR blanks the
    same grids). Never raises: a page the table stage cannot read still has its plain OCR text.
    """
    try:
        return _detect(image, page, options, ruling)
    except Exception:  # noqa: BLE001  (odd images must not cost the page its text)
        return []


def _detect(image: np.ndarray, page: Page, options: ExtractOptions, found: Ruling | None) -> list[Table]:
    if image is None or image.ndim != 2 or min(image.shape) < 100:
        return []
    gray = image if image.dtype == np.uint8 else np.clip(image, 0, 255).astype(np.uint8)
    grids, _, ruling = found if found is not None else find_grids(gray)
    if not grids:
        return []
    text_ink = _text_ink(gray, ruling, [g.box for g in grids])
    lang = options.lang or "vie"
    reader = CellReader(cv2.bitwise_not(text_ink), lang)
    tables = []
    for k, grid in enumerate(grids, start=1):
        read = [_read_cell(g, text_ink, reader) for g in grid.cells]
        grey, agreed = None, [False] * len(read)
        undecided: dict[int, list[str]] = {}  # cells the second opinion left unsettled: its two readings
        poor = _poorly_read(read)
        if poor:  # a light or uneven page: its one threshold fused the table's strokes
            grey = CellReader(_flattened(gray, grid.box), lang)
            both = [(a, _read_cell(g, text_ink, grey)) for a, g in zip(read, grid.cells)]
            agreed = [_same_number(a, b) for a, b in both]
            read = [_better(a, b, lambda g=g: _full_digits(g, text_ink, reader))
                    for (a, b), g in zip(both, grid.cells)]
        blurred = _blurred(gray, grid.box)
        if blurred:  # a copy of a copy: a clean-looking number may hide a confused digit
            grey = grey or CellReader(_flattened(gray, grid.box), lang)
            for cell, g, done in zip(read, grid.cells, agreed):
                if cell is not None and not done:  # two readings that agree already: a third cannot outvote them
                    if others := _second_opinion(cell, g, text_ink, reader, grey):
                        undecided[id(cell)] = others
        cells = [c for c in read if c is not None]
        if not cells:
            continue
        read_once = {id(c) for c in cells if c.alt_text is None}
        _numeric_columns(cells, text_ink, reader)
        if blurred:  # a garbled word reading made a number by its digit readings: to the vote as well
            undecided.update({id(c): [] for c in cells if id(c) in read_once and _readings_split(c)})
        x0, y0, x1, y1 = grid.box
        table = Table(
            id=f"p{page.number}-t{k}", pages=[page.number], ruled=grid.ruled, cells=cells,
            n_rows=len(grid.ys) - 1, n_cols=len(grid.xs) - 1,
            evidence=Evidence(page=page.number, box=Box(x0=x0, y0=y0, x1=x1, y1=y1)),
        )
        _type_columns(table, grid.cells, text_ink, gray, blurred, undecided)
        if poor:
            _keep_rereadings(table, grid.cells, text_ink, gray)
        tables.append(table)
    return tables


def _clean(cell: Cell | None) -> bool:
    """A reading that needs nothing more: number-shaped (digits with at most one separator: '7,43', '743',
    '7/43' - a lost or misread comma is settled later from the pixels), a sub-column label ('CS1'; so is
    a garbled 's46', which only makes a poor table look a little better), or words without digits read
    with confidence; an empty cell too."""
    if cell is None:
        return True
    if NUMBER_SHAPE_RE.match(cell.text) or LABEL_RE.match(cell.text):
        return True
    return not any(ch.isdigit() for ch in cell.text) and (cell.conf or 0) >= CLEAN_WORD_CONF


def _poorly_read(cells: list[Cell | None]) -> bool:
    """Whether a table's ink reading is poor enough to read it again from its grey levels (`_flattened`).

    Why a share of clean readings: it is what a bad threshold does to a table. On the 54 wide-table pages of
    the benchmark (issue 11) every table of a `scan` copy and the ranking reports read >= 95 % clean, the
    one-page `bad` copies 79-98 %, and the light page 2 of a two-page `bad` copy 30 % ('6,51' one blob, 'Vĩnh
    Long' read 'Và Long'): the page's one Otsu threshold sits just under its paper there.
    """
    inked = [c for c in cells if c is not None]
    return bool(inked) and sum(_clean(c) for c in inked) / len(inked) < POOR_TABLE_SHARE


def _better(ink: Cell | None, grey: Cell | None, third: Callable[[], str] | None = None) -> Cell | None:
    """The better of a cell's two readings: the clean one, else the one Tesseract is surer of (the ink
    reading on a tie). Against taking the grey reading whenever both are clean or both not: 1862 against
    1826 of 2000 cells on the first seven tuned `bad` pages of the benchmark (the grey reading drops more
    commas: a column of '889' for 8,89 is typed as counts).

    Two clean numbers of different values ('8,81' and '9,81') are settled by `third`, one more reading of
    the cell (made only then): the one it agrees with. Replayed on the benchmark's 27 `bad` pages (scan
    tables never take this path): tuned 4958 -> 4966 of 5376 cells exact, held out 3337 -> 3339 of 3708.
    """
    if ink is None or grey is None:
        return ink or grey
    if _clean(ink) != _clean(grey):
        return ink if _clean(ink) else grey
    if third is not None and CLEAN_NUMBER_RE.match(ink.text) and CLEAN_NUMBER_RE.match(grey.text) \
            and _value(ink.text) != _value(grey.text):
        reading = third()
        agreed = _value(reading) if CLEAN_NUMBER_RE.match(reading) else None
        if agreed is not None and agreed in (_value(ink.text), _value(grey.text)):
            return ink if agreed == _value(ink.text) else grey
    return ink if (ink.conf or 0) >= (grey.conf or 0) else grey


def _digits(text: str) -> str:
    """A reading's digits, its separator aside ('7,69' and '769' share '769')."""
    return re.sub(r"\D", "", text)


def _edge_width(gray: np.ndarray, box: tuple[int, int, int, int]) -> float:
    """How wide, in pixels at 300 dpi, the passage from ink to paper is around the table's strokes: the pixels
    between the two levels (a fifth of the contrast in from each) over the pixels on the border of the ink.

    A scan's edges take one or two pixels; a copy that went through a low-resolution archive or a blurred
    photocopy smears them over three or four, and its digits are confused inside well-formed readings
    ('8,92' read '9,92') that nothing else in the cell betrays.
    """
    x0, y0, x1, y1 = box
    roi = gray[max(0, y0):y1, max(0, x0):x1]
    if roi.size == 0:
        return 0.0
    threshold, _ = cv2.threshold(roi, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    hist = np.bincount(roi.ravel(), minlength=256).astype(np.float64)
    t = int(threshold)
    dark, light = np.cumsum(hist[:t + 1]), np.cumsum(hist[t + 1:])
    if dark[-1] == 0 or light[-1] == 0:
        return 0.0
    # the ink's darkest fifth and the paper's median: levels that hold however little of the box is ink
    ink, paper = float(np.searchsorted(dark, 0.2 * dark[-1])), float(t + 1 + np.searchsorted(light, 0.5 * light[-1]))
    contrast = paper - ink
    core = (roi < ink + 0.5 * contrast).astype(np.uint8)
    border = np.count_nonzero(core - cv2.erode(core, np.ones((3, 3), np.uint8)))
    between = np.count_nonzero((roi > ink + 0.2 * contrast) & (roi < paper - 0.2 * contrast))
    return between / max(1, border) * REFERENCE_SIDE / _side(gray)


def _blurred(gray: np.ndarray, box: tuple[int, int, int, int]) -> bool:
    """Whether the table's copy is blurred (`_edge_width` over BLURRED_EDGE_PX): measured on its pixels before
    any reading, so that a sharp scan's table costs no extra Tesseract call.

    On the 58 documents of the table benchmark (issue 11) every table of a `scan` copy and of the ranking
    reports measures 1.1-1.6 px, every `bad` copy's (through a 100-130 dpi archive copy) 1.9-2.6 px, at 200,
    250 and 300 dpi; the limit is the middle of the gap on the tuned pages (1.6 and 2.06).
    """
    return _edge_width(gray, box) > BLURRED_EDGE_PX


def _readings_split(cell: Cell) -> bool:
    """A clean number whose word reading (`alt_text`) gave other digits ('9.85' beside '9%', '9.35' beside
    '995'): the number was chosen among readings that disagree, so in a blurred table it is put to the vote of
    its re-readings once its column is known (`columns._voted`), however sure Tesseract was of it.

    Why: on the tuned `bad` pages of the benchmark about a third of the one-digit confusions left were such
    cells, read with confidence 90-95 (no second opinion), the printed digit read more often by the crop's
    re-readings at other scales, its grey levels and `eng`."""
    return bool(cell.alt_text) and CLEAN_NUMBER_RE.match(cell.text) is not None \
        and _digits(cell.alt_text) != _digits(cell.text)


def _second_opinion(cell: Cell, g: GridCell, ink: np.ndarray, reader: CellReader, grey: CellReader) -> list[str]:
    """A clean number read with confidence under SECOND_OPINION_CONF gets two more readings, digits only: its
    flattened grey levels and its ink at full resolution. When both agree on another value, the majority of
    the three replaces the first (kept in `alt_text`); otherwise it stands. Returns the two readings when they
    leave the cell unsettled (not both of its own digits, and not replacing it), else []: such a cell is put
    to a vote of all its readings once its column is known (`columns._voted`).

    Why only in a blurred table (`_blurred`): a sharp scan's low-confidence numbers are right (the 14-column
    `scan` page has 81 cells under 90, two more calls each would put the page over its cost), a blurred copy's
    hide confused digits ('7,69' read '7,09') that nothing in the cell betrays. One of the two may have lost its
    separator ('769' and '7,69' against '7,09'): their digits agree, and the clean one replaces the first.
    """
    if not CLEAN_NUMBER_RE.match(cell.text) or (cell.conf or 0) >= SECOND_OPINION_CONF:
        return []
    box = _ink_box(ink, g)
    if box is None:
        return []
    (grey_text, grey_conf), (full_text, full_conf) = grey.number(box), reader.number_full(box)
    others = [] if _digits(grey_text) == _digits(full_text) == _digits(cell.text) else [grey_text, full_text]
    if CLEAN_NUMBER_RE.match(grey_text) and CLEAN_NUMBER_RE.match(full_text):
        agreed = _value(grey_text)
        if agreed == _value(full_text) and agreed != _value(cell.text):
            cell.alt_text, cell.text, cell.conf = cell.text, grey_text, round(grey_conf, 2)
            return []
        return others
    # one of the two lost its separator ('769' beside '7,69' against '7,09'): they agree when their digits do,
    # and the clean one of them is the reading kept
    clean = [(t, c) for t, c in ((grey_text, grey_conf), (full_text, full_conf)) if CLEAN_NUMBER_RE.match(t)]
    if len(clean) == 1 and NUMBER_SHAPE_RE.match(grey_text) and NUMBER_SHAPE_RE.match(full_text) \
            and _digits(grey_text) == _digits(full_text) != _digits(cell.text):
        cell.alt_text, cell.text, cell.conf = cell.text, clean[0][0], round(clean[0][1], 2)
        return []
    return others


def _same_number(a: Cell | None, b: Cell | None) -> bool:
    """Two readings of a cell that are clean numbers of the same value."""
    return a is not None and b is not None and bool(CLEAN_NUMBER_RE.match(a.text)) \
        and bool(CLEAN_NUMBER_RE.match(b.text)) and _value(a.text) == _value(b.text)


def _full_digits(g: GridCell, ink: np.ndarray, reader: CellReader) -> str:
    """The cell's ink at full resolution, digits only (`CellReader.number_full`); '' for a blank cell."""
    box = _ink_box(ink, g)
    return reader.number_full(box)[0] if box is not None else ""


def _flattened(gray: np.ndarray, box: tuple[int, int, int, int]) -> np.ndarray:
    """The table's grey levels divided by their local paper level (a closing wider than any stroke),
    black on white, the rest of the page white: Tesseract then thresholds each cell's own rectangle on a
    flat paper.

    Why not a better global threshold: on the light page the table's own Otsu threshold (164 against the
    page's 178) still read most of its numbers as noise; the illumination falls off inside the table, and
    the 7-pt strokes of a blurred copy are 2-3 px wide.
    """
    k = max(15, _side(gray) // 80) | 1
    x0, y0, x1, y1 = box
    ya, yb = max(0, y0 - k), min(gray.shape[0], y1 + k + 1)
    xa, xb = max(0, x0 - k), min(gray.shape[1], x1 + k + 1)
    crop = gray[ya:yb, xa:xb]
    paper = cv2.morphologyEx(crop, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    out = np.full_like(gray, 255)
    out[ya:yb, xa:xb] = np.clip(crop.astype(np.float32) / np.maximum(paper, 1) * 255, 0, 255).astype(np.uint8)
    return out


def _type_columns(table: Table, grid_cells: list[GridCell], ink: np.ndarray, gray: np.ndarray,
                  blurred: bool = False, undecided: dict[int, list[str]] | None = None) -> None:
    """Column kinds and every body cell settled against its column, re-read from its crop where it
    breaks it (`columns.py`, `reread.py`): its ink, then its grey levels. In a blurred table (`_blurred`) a
    re-reading that changes one of the cell's own digits must be confirmed (`columns._confirmed`), a cell
    its second opinion left unsettled (`undecided`: id -> its two readings) is put to a vote (`columns._voted`),
    and a score that fits its column is checked by `eng` on its ink and grey levels (`columns._checked`)."""
    from parscan.pipeline.tables.columns import type_table
    from parscan.pipeline.tables.reread import (cell_rereadings, eng_check_readings, separator_cut,
                                                stretched_rereadings)

    def box_of(cell: Cell) -> tuple[int, int, int, int]:
        return cell.box.x0, cell.box.y0, cell.box.x1, cell.box.y1

    by_pos = {(g.row, g.col): g for g in grid_cells if g.col_span == 1}

    def missing(row: int, col: int) -> Cell | None:
        g = by_pos.get((row, col))
        if g is None:
            return None
        blank = _ink_box(ink, g) is None
        return Cell(row=row, col=col, text="", row_span=g.row_span,
                    box=Box(x0=g.box[0], y0=g.box[1], x1=g.box[2], y1=g.box[3]),
                    ocr_doubt="blank cell in a row of values: no readable number, none kept" if blank else None)

    type_table(table, reread=lambda cell: cell_rereadings(gray, ink, box_of(cell),
                                                          None if blurred else _digits(cell.text)),
               separator=lambda cell, n: separator_cut(ink, box_of(cell), n), missing=missing,
               reread_wide=lambda cell: stretched_rereadings(ink, box_of(cell)), confirm_digits=blurred,
               unsettled=lambda cell: (undecided or {}).get(id(cell)),
               check=(lambda cell: eng_check_readings(gray, ink, box_of(cell))) if blurred else None)


def _keep_rereadings(table: Table, grid_cells: list[GridCell], ink: np.ndarray, gray: np.ndarray) -> None:
    """On a poorly read table, every re-reading of the cells its page typed as no number (a column of text or
    counts) that read as marks, not words ('”', '2»', 'k9', '597'), or as nothing though inked (in a row of
    values: the cell is made, empty), kept on the cell (`Cell._rereadings`) for the join: a continuation's
    columns are known only there, after the page images are gone (`columns.settle_continuation`).

    Why: on the light page 2 of a two-page copy the rank column reads as marks and is typed text on its page
    (nine rows say nothing of a rank), and three sub-index columns of ten as text or counts; the join types
    them from the table's first page but had no pixels to read them again. Only on a poorly read table
    (`_poorly_read`): a sharp page's continuation reads as its columns' kinds on its own page.

    Those cells, and the ranks and scores its page left without a sure value (none, or one restored from the
    format), also keep the light page's readings (`Cell._light_readings`, `reread.light_rereadings`): the
    join's vote on a score and the rank column's order choose among them (`columns._light_vote`,
    `_ranks_in_order`); '30' read '3' by every reading above is read '30' by a local threshold of its grey levels.
    Its sure scores keep their crops (`Cell._light_crops`), for the join to read where a row does not add up
    (`light.check_continued_scores`).
    """
    from parscan.pipeline.tables.columns import _row_has_values
    from parscan.pipeline.tables.reread import cell_rereadings, light_crops, light_rereadings

    kinds = table.column_kinds
    by_pos = {(c.row, c.col): c for c in table.cells}
    rows: dict[int, list[str]] = {}
    for c in table.cells:
        rows.setdefault(c.row, []).append(c.text)
    for g in grid_cells:  # inked, read as nothing, in a row of values
        if g.col_span == 1 and (g.row, g.col) not in by_pos and g.col < len(kinds) \
                and kinds[g.col] in ("text", "count") and _row_has_values(rows.get(g.row, [])) \
                and _ink_box(ink, g) is not None:
            table.cells.append(Cell(row=g.row, col=g.col, text="", row_span=g.row_span, kind=kinds[g.col],
                                    box=Box(x0=g.box[0], y0=g.box[1], x1=g.box[2], y1=g.box[3]),
                                    ocr_doubt="inked cell read as nothing: unreadable, no value kept"))
    table.cells.sort(key=lambda c: (c.row, c.col))
    words = Counter((c.col, c.text) for c in table.cells if c.text.isalpha())
    for cell in table.cells:
        if cell.col_span > 1 or cell.box is None:
            continue
        box = (cell.box.x0, cell.box.y0, cell.box.x1, cell.box.y1)
        marks = cell.kind in ("text", "count") and sum(ch.isalpha() for ch in cell.text) <= 3 \
            and words[cell.col, cell.text] <= 1  # not a word, nor one its column repeats ('Tốt', 'Khá')
        if marks:
            cell._rereadings = list(cell_rereadings(gray, ink, box))
        if marks or (cell.kind in ("rank", "ordinal", "score") and (cell.value is None or cell.ocr_doubt)):
            cell._light_readings = [r for r in light_rereadings(gray, ink, box) if r]
        elif cell.kind == "score":  # a sure score: read at the join only if its row does not add up
            cell._light_crops = light_crops(gray, ink, box)


def _text_ink(gray: np.ndarray, ruling: np.ndarray, boxes: list[tuple[int, int, int, int]]) -> np.ndarray:
    """Text ink inside the tables' boxes (the rest of the page is left empty): Otsu on the page,
    ruling removed, specks dropped. A table this ink reads poorly is read again from its flattened grey
    levels (`_flattened`), where the paper is even and Tesseract can threshold each cell.

    Why binarize here: Tesseract thresholding the grey page inside a small rectangle misread one
    cell in ten (show-through and the lighter paper). Why not the adaptive mask used for the
    ruling: it hollows out bold strokes ('STT' read 'S311', bold averages lost).
    """
    _, text = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    size = max(5, _side(gray) // 300) | 1  # ruling is thicker on pages rasterised at higher dpi
    text[cv2.dilate(ruling, np.ones((size, size), np.uint8)) > 0] = 0
    out = np.zeros_like(text)
    for x0, y0, x1, y1 in boxes:
        x0, y0 = max(0, x0), max(0, y0)
        out[y0:y1 + 1, x0:x1 + 1] = _despeckle(text[y0:y1 + 1, x0:x1 + 1], _side(gray))
    return out


def _side(image: np.ndarray) -> int:
    """The page's short side: what the resolution-dependent sizes scale with (a portrait A4 page's
    width). Scaled by the width, a landscape page got sizes 1.4x too large: a thin '7' of a 8-pt
    table was dropped as a speck and the commas read at ~145 dpi."""
    return min(image.shape[:2])


def _despeckle(ink: np.ndarray, width: int) -> np.ndarray:
    """Drop small specks far from any glyph: scan dust read as '_', '.', '-' around numbers.

    Diacritics and commas are small too but sit next to a letter or digit, so they stay; so does a
    small glyph next to a kept one (the thin '1' and '7' of '9,17' at 8 pt are both under the size).
    `width` is the page's short side (the sizes scale with the page's resolution, not the crop's).
    """
    min_area, reach = max(12, 2 * (width // 500) ** 2), max(9, width // 100)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    keep = np.zeros(n, bool)
    keep[1:] = stats[1:, cv2.CC_STAT_AREA] >= min_area
    kernel = np.ones((reach, reach), np.uint8)
    for _ in range(2):  # a glyph near a big one, then one near that (never dust near dust only)
        near = cv2.dilate(keep[labels].astype(np.uint8), kernel) > 0
        keep[np.unique(labels[near])] = True
        keep[0] = False
    return np.where(keep[labels], 255, 0).astype(np.uint8)


def _inner(g: GridCell, pad: int) -> tuple[int, int, int, int]:
    """The cell's box without the ruling and a margin of its own (remains of the line live there)."""
    x0, y0, x1, y1 = g.box
    return x0 + pad, y0 + pad, max(x0 + pad + 1, x1 - pad), max(y0 + pad + 1, y1 - pad)


def _ink_box(ink: np.ndarray, g: GridCell) -> tuple[int, int, int, int] | None:
    """Tight box around the ink inside the cell, or None for an empty cell."""
    x0, y0, x1, y1 = _inner(g, max(5, _side(ink) // 250))
    crop = ink[y0:y1, x0:x1]
    if np.count_nonzero(crop) < MIN_INK:
        return None
    rows, cols = np.nonzero(crop.max(axis=1))[0], np.nonzero(crop.max(axis=0))[0]
    m = 8  # Tesseract wants a margin of background around the text
    return (max(x0, x0 + int(cols[0]) - m), max(y0, y0 + int(rows[0]) - m),
            min(x1, x0 + int(cols[-1]) + 1 + m), min(y1, y0 + int(rows[-1]) + 1 + m))


def _looks_numeric(text: str) -> bool:
    return bool(text) and bool(NUMERIC_RE.match(text)) and any(ch.isdigit() for ch in text)


def _value(text: str) -> float | None:
    return parse_number(text) if any(ch.isdigit() for ch in text) else None


def _read_cell(g: GridCell, ink: np.ndarray, reader: CellReader) -> Cell | None:
    box = _ink_box(ink, g)
    if box is None:
        return None
    text, conf = reader.text(box)
    cell = Cell(row=g.row, col=g.col, text=text, row_span=g.row_span, col_span=g.col_span,
                box=Box(x0=g.box[0], y0=g.box[1], x1=g.box[2], y1=g.box[3]), conf=round(conf, 2))
    if _looks_numeric(text):
        _settle_number(cell, box, reader)
    return cell if cell.text or cell.alt_text else None


def _clean_number(reading: str) -> str:
    """Drop separators left dangling at the ends by ruling remains ('9,15.' -> '9,15')."""
    stripped = reading.strip().rstrip(".,-").lstrip(".,")
    return stripped if any(ch.isdigit() for ch in stripped) else reading.strip()


def _settle_number(cell: Cell, box: tuple[int, int, int, int], reader: CellReader, *,
                   placeholder_ok: bool = False) -> None:
    """Second (digit-only) reading of a number cell, and a third at full resolution when they differ;
    none when the word reading is already a short clean number (see below).

    The value read by two of the three wins; without a majority the reading that kept the most
    digits (`vie` drops digits: 56,75 -> 56,5), the digit-only one on a tie. The word reading
    stays in `alt_text` when it differs. In a number column a lone 'X' (not assessed) wins over
    a garbled word reading. The value is never chosen to make the table's sums agree.
    """
    main = _clean_number(cell.text) if _looks_numeric(cell.text) else cell.text
    if CLEAN_NUMBER_RE.match(main):
        # Why no second reading here: the digit-only reading is the same `vie` model on the same pixels
        # and agreed with such a reading in 2479 of 2482 cells (ranking reports, wide tables on `scan` and
        # `bad` scans), and the vote never changed one; it was half the table stage's Tesseract calls.
        if main != cell.text:
            cell.alt_text, cell.text = cell.text, main
        return
    digits, conf = reader.number(box)
    readings = [(digits, conf), (main, cell.conf or 0.0)]
    if _value(digits) is None or _value(digits) != _value(main):
        readings.insert(1, reader.number_full(box))
    values = [_value(r) for r, _ in readings]
    counted = [v for v in values if v is not None]
    majority = next((v for v in counted if counted.count(v) >= 2), None)
    if majority is not None:
        best = next(k for k, v in enumerate(values) if v == majority)
    elif counted:
        best = max((k for k, v in enumerate(values) if v is not None),
                   key=lambda k: (sum(ch.isdigit() for ch in readings[k][0]), -k))
    elif placeholder_ok and digits in PLACEHOLDERS and sum(ch.isalnum() for ch in main) <= 2:
        best = 0
    else:
        if digits and digits != cell.text:
            cell.alt_text = digits
        return
    text, best_conf = readings[best]
    if text != cell.text:
        cell.alt_text = cell.text or None
        cell.text, cell.conf = text, round(best_conf, 2)


def _numeric_columns(cells: list[Cell], ink: np.ndarray, reader: CellReader) -> None:
    """In a column that is mostly numbers, read its other short cells (not labels) as numbers too."""
    by_col: dict[int, list[Cell]] = {}
    for c in cells:
        if c.col_span == 1:
            by_col.setdefault(c.col, []).append(c)
    for col_cells in by_col.values():
        if sum(1 for c in col_cells if _value(c.text) is not None) < 0.5 * len(col_cells):
            continue
        for c in col_cells:
            if c.alt_text is not None or _value(c.text) is not None or sum(ch.isalpha() for ch in c.text) > 3:
                continue
            if LABEL_RE.match(c.text.strip()):  # a sub-column label of the header ('CS1', 'LV 2'), not a number
                continue
            g = GridCell(c.row, c.col, c.row_span, c.col_span, (c.box.x0, c.box.y0, c.box.x1, c.box.y1))
            box = _ink_box(ink, g)
            if box is not None:
                _settle_number(c, box, reader, placeholder_ok=True)
