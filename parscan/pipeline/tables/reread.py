"""A number cell read again from its pixels: the crop scaled to a fixed glyph height, digits only.

Used twice: by the table stage, on a cell that breaks its column's format (`columns.py`: 798 among
two-decimal values 1-10, a rank of 110 in a 21-row table, an empty reading of an inked cell), and by
the audit (`scoring/reread.py`), on a low-confidence cell a finding hangs on.

Why a glyph height of 28 px and not the crop upscaled x2-3: the cells of a 200-300 dpi scan are
already 20-45 px high, and at x3 the model read 8 as 0 (89,75 -> 09,75) on many cells of a page.
At 7-9 pt print the digits are 12-18 px high and the decimal comma 2-3 px: the page reading lost it
in about one cell in ten of a wide table; at 28 px it is kept. The crop is read as a single line
(PSM 7) and as a single word (PSM 8). PSM 8 often loses the decimal comma ('9477' for 94,77): the
caller compares digits when a reading has no separator.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import cv2
import numpy as np
from PIL import Image

from parscan.pipeline.tables.cells import GridCell, _api, _clean_number, _ink_box, set_image

LightCrops = tuple[np.ndarray, np.ndarray]  # a cell's tight ink and the grey levels around it (`light_crops`)
GLYPH_PX = 28  # height the cell's ink is scaled to (digits with the comma's tail)
DIGITS = "0123456789,."
MODES = ("SINGLE_LINE", "SINGLE_WORD")
_API_KIND = "digits_reread"  # its own Tesseract instance: the page readers keep their settings


def _tight_ink(ink: np.ndarray, box: tuple[int, int, int, int]) -> tuple[slice, slice] | None:
    """The page rows and columns the ink inside `box` (a cell's box on the page) spans; None if blank."""
    found = _ink_box(ink, GridCell(0, 0, 1, 1, box))
    if found is None:
        return None
    x0, y0, x1, y1 = found
    crop = ink[y0:y1, x0:x1]
    rows, cols = np.nonzero(crop.max(axis=1))[0], np.nonzero(crop.max(axis=0))[0]
    return slice(y0 + rows[0], y0 + rows[-1] + 1), slice(x0 + cols[0], x0 + cols[-1] + 1)


def _scaled_padded(image: np.ndarray, glyph_px: int) -> Image.Image:
    """Black on white `image` scaled to `glyph_px` high, with a white margin Tesseract needs."""
    scale = glyph_px / image.shape[0]
    image = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    pad = glyph_px // 3
    return Image.fromarray(cv2.copyMakeBorder(image, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255))


def glyph_crop(ink: np.ndarray, box: tuple[int, int, int, int], glyph_px: int = GLYPH_PX) -> Image.Image | None:
    """The ink inside `box` (a cell's box on the page), tight, scaled to `glyph_px` high and padded; None if blank."""
    tight = _tight_ink(ink, box)
    return None if tight is None else _scaled_padded(cv2.bitwise_not(ink[tight]), glyph_px)


def reread_digits(ink: np.ndarray, box: tuple[int, int, int, int], *, negative: bool = False,
                  modes: tuple[str, ...] = MODES, glyph_px: int = GLYPH_PX) -> list[str]:
    """The cell's readings in `modes` that contain a digit, stripped of dangling separators; [] when blank."""
    image = glyph_crop(ink, box, glyph_px)
    if image is None:
        return []
    out = []
    for mode in modes:
        reading = _ocr(image, mode, negative)
        if any(ch.isdigit() for ch in reading):
            out.append(reading)
    return out


def gray_crop(gray: np.ndarray, ink: np.ndarray, box: tuple[int, int, int, int], glyph_px: int) -> Image.Image | None:
    """The page's grey levels under the cell's ink (its tight box), contrast stretched, scaled to `glyph_px`
    high and padded; None if blank.

    Why grey and not the ink mask: on a blurred photocopy the page's one threshold thickens the strokes
    until neighbours touch ('7,36' became '7,%6', the comma and the 3 one blob); Tesseract thresholding the
    cell's own grey levels keeps them apart.
    """
    tight = _tight_ink(ink, box)
    if tight is None:
        return None
    grey = cv2.normalize(gray[tight].astype(np.float32), None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    return _scaled_padded(grey, glyph_px)


GREY_PX = (28, 40)  # two scales: each misreads cells the other reads right
ENG_PX = (40, 56)  # the `eng` model's readings, tried last (`cell_rereadings`)
ENG_KIND = "digits_reread_eng"
LARGE_PX = 40  # a second ink scale: a lone small digit (a rank '8', '19') is read at 40 px where 28 px reads none


def cell_rereadings(gray: np.ndarray, ink: np.ndarray, box: tuple[int, int, int, int],
                    own_digits: str | None = None) -> Iterator[str]:
    """Every re-reading the table stage tries on a cell that breaks its column, in order of trust: its ink
    at GLYPH_PX (two modes), its grey levels (`gray_crop`, one line at each of GREY_PX), its ink at LARGE_PX (two
    modes), its ink read by the `eng` model at each of ENG_PX (one line).

    Why `eng` last: on the light blurred page 2 of a two-page `bad` copy (bold serif digits whose comma touches
    them) `vie` restricted to digits read 27 of 99 number cells exact at 40 px, `eng` 48 ('7,34' read '134' and
    '7,34'); on sharp pages `vie` reads best (`eng` read 5 as 9 there), so `eng` is tried only when every other
    reading broke the column. With `own_digits` (a sharp table's cell: its own reading's digits) an `eng`
    reading counts only with those digits, placing the separator the others lost: on a sharp `scan` page
    `eng` read '712' as '7,42'.

    Lazy, one Tesseract call per reading: the caller stops at the first reading that fits its column, and
    the later ones are never made (on a poor scan of a 14-column table ~900 re-read calls a page, most of
    them after a reading had already fitted).
    """
    image = glyph_crop(ink, box)
    if image is None:
        return
    for mode in MODES:
        yield from _with_digit(_ocr(image, mode, False))
    for px in GREY_PX:
        yield from _with_digit(_ocr(gray_crop(gray, ink, box, px), "SINGLE_LINE", False))
    large = glyph_crop(ink, box, LARGE_PX)
    for mode in MODES:
        yield from _with_digit(_ocr(large, mode, False))
    for px in ENG_PX:
        reading = _ocr(glyph_crop(ink, box, px), "SINGLE_LINE", False, ENG_KIND)
        if own_digits is None or re.sub(r"\D", "", reading) == own_digits:
            yield from _with_digit(reading)


def eng_check_readings(gray: np.ndarray, ink: np.ndarray, box: tuple[int, int, int, int]) -> Iterator[str]:
    """The `eng` model's readings of a cell, digits only, at ENG_PX[0]: its ink, then its grey levels
    (`gray_crop`), then `vie` on its grey levels at GLYPH_PX, lazily ('' for a blank crop): a check of a blurred
    copy's well-formed readings (`columns._checked`)."""
    image = glyph_crop(ink, box, ENG_PX[0])
    if image is None:
        return
    yield _ocr(image, "SINGLE_LINE", False, ENG_KIND)
    yield _ocr(gray_crop(gray, ink, box, ENG_PX[0]), "SINGLE_LINE", False, ENG_KIND)
    yield _ocr(gray_crop(gray, ink, box, GLYPH_PX), "SINGLE_LINE", False)


LIGHT_PX = 40  # the glyph height of `light_rereadings` (28 px for two of them: each scale reads cells the other misses)
LIGHT_STRETCH = 1.3  # the ink made this much wider for the last two (`light_rereadings`)


def _grey_block(around: np.ndarray, px: int) -> np.ndarray:
    """The page's grey levels around the cell's ink (`light_crops`), contrast stretched and scaled so that the
    digits are about `px` high. Binarised by the caller, after scaling."""
    block = cv2.normalize(around.astype(np.float32), None, 0, 255, cv2.NORM_MINMAX).astype(np.uint8)
    scale = 1.2 * px / block.shape[0]
    return cv2.resize(block, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)


def light_crops(gray: np.ndarray, ink: np.ndarray, box: tuple[int, int, int, int]) -> LightCrops | None:
    """What `light_rereadings` reads of a cell (a box on the page): its tight ink (`_tight_ink`) and the page's
    grey levels around it (a 3 px margin), copied, so that the readings can be made after the page images are
    gone (`Cell._light_later`, read at the join only where needed); None for a blank cell."""
    tight = _tight_ink(ink, box)
    if tight is None:
        return None
    ys, xs = tight
    return ink[tight].copy(), gray[max(0, ys.start - 3):ys.stop + 3, max(0, xs.start - 3):xs.stop + 3].copy()


def _framed(binary: np.ndarray) -> Image.Image:
    return Image.fromarray(cv2.copyMakeBorder(binary, 10, 10, 10, 10, cv2.BORDER_CONSTANT, value=255))


def light_rereadings(gray: np.ndarray, ink: np.ndarray, box: tuple[int, int, int, int]) -> Iterator[str]:
    """Ten more readings of a cell of a light page (one line each; '' for one that read no digit), for a vote
    (`columns.settle_continuation`): `eng` on its ink at LIGHT_PX, on its ink thinned by one pixel at LIGHT_PX
    and 28 px, on its grey levels binarised three ways at LIGHT_PX (Otsu on the cell, a local threshold, its
    darkest quarter), and at 28 px the local threshold; `vie` on the darkest quarter at LIGHT_PX; last, `eng`
    and `vie` on its ink made LIGHT_STRETCH times wider, then thinned (at LIGHT_PX): '29', '31' and '33', read as
    one digit by every other reading (two glyphs merged, as in `stretched_rereadings`), are read there.

    Why: on the light page 2 of a two-page `bad` copy the page's one threshold thickens the strokes until the
    comma joins its digits and two digits merge ('30' read '3' at every scale of `cell_rereadings`); a
    threshold of the cell's own grey levels, or its ink thinned, keeps them apart. No one of them is right
    often enough alone (the best, `eng` on the thinned ink at 40 px, read 93 of the 198 score cells of the two
    light pages 2 exact and 22 as another value in a score's format), but two of them agree on the printed
    digits far more often than on another (on those cells: 128 right, 5 wrong, where two or more agree and no
    other value has as many): the caller takes a score from such a vote only, and a rank only within its
    column's order.
    """
    crops = light_crops(gray, ink, box)
    if crops is not None:
        yield from light_readings_of(*crops)


def light_readings_of(tight_ink: np.ndarray, around: np.ndarray) -> Iterator[str]:
    """`light_rereadings` of a cell's crops (`light_crops`), in its order."""
    thin = cv2.erode(tight_ink, np.ones((2, 2), np.uint8))

    def local(block: np.ndarray) -> Image.Image:
        return _framed(cv2.adaptiveThreshold(cv2.GaussianBlur(block, (0, 0), 1.0), 255,
                                             cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 10))

    yield _ocr(_scaled_padded(cv2.bitwise_not(tight_ink), LIGHT_PX), "SINGLE_LINE", False, ENG_KIND)
    yield _ocr(_scaled_padded(cv2.bitwise_not(thin), LIGHT_PX), "SINGLE_LINE", False, ENG_KIND)
    yield _ocr(_scaled_padded(cv2.bitwise_not(thin), GLYPH_PX), "SINGLE_LINE", False, ENG_KIND)
    block = _grey_block(around, LIGHT_PX)
    _, otsu = cv2.threshold(block, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    dark = _framed(np.where(block <= np.percentile(block, 25), 0, 255).astype(np.uint8))
    for way in (dark, _framed(otsu), local(block)):
        yield _ocr(way, "SINGLE_LINE", False, ENG_KIND)
    yield _ocr(dark, "SINGLE_LINE", False)
    yield _ocr(local(_grey_block(around, GLYPH_PX)), "SINGLE_LINE", False, ENG_KIND)
    wide = cv2.resize(tight_ink, None, fx=LIGHT_STRETCH, fy=1.0, interpolation=cv2.INTER_NEAREST)
    wide = _scaled_padded(cv2.bitwise_not(cv2.erode(wide, np.ones((2, 2), np.uint8))), LIGHT_PX)
    yield _ocr(wide, "SINGLE_LINE", False, ENG_KIND)
    yield _ocr(wide, "SINGLE_LINE", False)


STRETCH = 1.6  # how much wider a doubled digit's crop is made (`stretched_rereadings`)


def stretched_rereadings(ink: np.ndarray, box: tuple[int, int, int, int]) -> Iterator[str]:
    """The cell's ink stretched STRETCH times across, then read at GLYPH_PX and LARGE_PX (two modes each),
    lazily, for a number that the other readings keep reading with a digit short.

    Why: the LSTM merges a repeated character when nothing separates the two in its frames, so a doubled
    digit whose glyphs touch on a blurred copy reads as one ('22' read '2', '11' read '1') at every scale and
    in every mode (`cell_rereadings`); made wider, the two glyphs take frames of their own ('22' read '22').
    """
    tight = _tight_ink(ink, box)
    if tight is None:
        return
    wide = cv2.resize(ink[tight], None, fx=STRETCH, fy=1.0, interpolation=cv2.INTER_NEAREST)
    for px in (GLYPH_PX, LARGE_PX):
        image = _scaled_padded(cv2.bitwise_not(wide), px)
        for mode in MODES:
            yield from _with_digit(_ocr(image, mode, False))


def _with_digit(reading: str) -> list[str]:
    return [reading] if any(ch.isdigit() for ch in reading) else []


def _ocr(image: Image.Image, mode: str, negative: bool, kind: str = _API_KIND) -> str:
    import tesserocr

    api = _api(kind)
    api.SetVariable("tessedit_char_whitelist", DIGITS + ("-" if negative else ""))
    api.SetPageSegMode(getattr(tesserocr.PSM, mode))
    set_image(api, np.asarray(image))
    return _clean_number(" ".join(api.GetUTF8Text().split()))


def separator_cut(ink: np.ndarray, box: tuple[int, int, int, int], n_digits: int) -> int | None:
    """Digits before a decimal separator seen in the cell's pixels, for a reading of `n_digits` digits
    that has none; None when the pixels show no single separator between the digits.

    Why: at 7-9 pt the comma is a 2-4 px mark tucked under the digit before it ('7,43'); the LSTM
    reads it in most cells but drops it in some (one cell in ten of a wide table, more after a 7),
    at every scale tried. The mark itself is plain in the ink: a small component sitting low, on or
    under the digits' baseline, between two digits. Its x position splits the digits' width; the
    split is taken in whole digits (`n_digits` from the reading). Nothing is inferred from the column
    here: the caller keeps the cut only where it also gives the column's number of decimals.
    """
    found = _ink_box(ink, GridCell(0, 0, 1, 1, box))
    if found is None or n_digits < 2:
        return None
    x0, y0, x1, y1 = found
    crop = ink[y0:y1, x0:x1]
    n, _, stats, _ = cv2.connectedComponentsWithStats(crop, connectivity=8)
    if n < 3:
        return None
    comps = [tuple(int(v) for v in stats[i][:4]) for i in range(1, n) if stats[i][4] >= 2]
    height = max(h for _, _, _, h in comps)
    digits = [c for c in comps if c[3] >= 0.6 * height]
    if not digits:
        return None
    baseline = float(np.median([y + h for _, y, _, h in digits]))
    left, right = min(x for x, _, _, _ in digits), max(x + w for x, _, w, _ in digits)
    marks = [c for c in comps if c[3] < 0.5 * height and c[2] < 0.45 * height
             and c[1] > baseline - 0.45 * height  # sits low: on the baseline or hanging under it
             and left < c[0] and c[0] + c[2] < right]
    if len(marks) != 1:
        return None
    x, _, w, _ = marks[0]
    centre = x + w / 2
    # digits' ink left and right of the mark (the mark's own width out)
    share = (centre - left - w / 2) / max(1.0, (right - left) - w)
    cut = int(round(share * n_digits))
    return cut if 0 < cut < n_digits else None
