"""Preprocess: make a page image upright, straight and at a resolution Tesseract reads well.

Orientation detection (Tesseract OSD) costs 1-2 s a page, so `run.process_page` calls it only
when the first OCR pass looks wrong; everything here is cheap. An upside-down page is caught
before any OCR by `looks_upside_down` (~15 ms), so it is read once instead of twice plus OSD.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import cv2
import numpy as np

A4_WIDTH_IN = 8.27
TARGET_DPI = 300
MAX_UPSCALE = 2.0  # 4x upscaling of 75-dpi scans cost accuracy; 2x helped (BENCHMARKS.md)
MIN_DPI = 130  # below this upscaling helped Tesseract; at 150 dpi it hurt (BENCHMARKS.md, Preprocess)
UNEVEN_BACKGROUND = 0.09  # above this, Sauvola's local threshold beats Otsu's global one
# upright pages measured +0.28..+0.57, the same pages turned 180 degrees -0.30..-0.58, sideways >= 0
UPSIDE_DOWN_SCORE = -0.2
MIN_TEXT_LINES = 5
BLANK_INK = 0.002  # share of ink pixels under which a page is blank (`is_blank`)
INK_SHARE = 0.7  # darker than this share of the page's paper level is ink (`is_blank`)
# Otsu's threshold closer to the paper level than this share of the ink-to-paper contrast: it split the paper
# (`level_light_paper`); 112 scanned benchmark, sample and real pages measure 0.32-0.46, the two light pages 0.08-0.11
PAPER_SPLIT = 0.2
LEVEL_SIDE = 620  # the page's short side when its paper level is measured (`level_light_paper`)


@dataclass
class PreparedImage:
    """An upright, deskewed grayscale page and what was done to it."""

    image: np.ndarray
    dpi: int
    rotation: int = 0  # clockwise degrees applied
    skew: float = 0.0  # degrees of skew corrected
    scale: float = 1.0  # factor applied to the source raster
    threshold: str = "otsu"  # binarisation Tesseract should use: otsu (global) or sauvola (local)
    warnings: list[str] = field(default_factory=list)


def estimate_dpi(image: np.ndarray, declared: int | None) -> int:
    """Trust a declared dpi when plausible, else assume an A4 portrait page."""
    if declared and 50 <= declared <= 1200:
        return declared
    height, width = image.shape[:2]
    short_side = min(width, height)
    return max(50, int(round(short_side / A4_WIDTH_IN)))


def upscale_if_low_res(image: np.ndarray, dpi: int) -> tuple[np.ndarray, int, float]:
    """Archive JPEGs at 70-150 dpi read better after cubic upscaling to ~300 dpi."""
    if dpi >= MIN_DPI:
        return image, dpi, 1.0
    factor = min(MAX_UPSCALE, TARGET_DPI / dpi)
    resized = cv2.resize(image, None, fx=factor, fy=factor, interpolation=cv2.INTER_CUBIC)
    return resized, int(round(dpi * factor)), factor


def rotate_upright(image: np.ndarray, rotation: int) -> np.ndarray:
    """Rotate clockwise by 0/90/180/270 degrees without resampling."""
    rotation %= 360
    if rotation == 0:
        return image
    codes = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}
    return cv2.rotate(image, codes[rotation])


def ascender_balance(image: np.ndarray) -> tuple[float, int]:
    """(upper - lower) / (upper + lower) ink around the text lines' x-height band, and the line count.

    Above the x-height of a Latin-script line sit ascenders, capitals and, in Vietnamese, most
    diacritics; below it only descenders and the dot-below tone mark. So an upright page scores
    clearly positive and the same page upside down clearly negative; sideways text forms no
    horizontal lines and scores about zero or positive (OSD still handles those).
    """
    scale = min(1.0, 1000 / image.shape[1])
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else image
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    ink[cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, 60), np.uint8)) > 0] = 0  # rules, underlines
    profile = np.count_nonzero(ink, axis=1).astype(float)
    upper = lower = 0.0
    lines = 0
    rows = np.flatnonzero(profile > 1)
    columns = np.flatnonzero(np.count_nonzero(ink, axis=0) > 1)
    if rows.size == 0 or not _gappier(rows, columns):
        return 0.0, 0
    breaks = np.flatnonzero(np.diff(rows) > 1)
    for start, end in zip(np.r_[rows[0], rows[breaks + 1]], np.r_[rows[breaks], rows[-1]]):
        band = profile[start:end + 1]
        if not 6 <= band.size <= 60:  # specks, or pictures and stamps rather than text lines
            continue
        core = np.flatnonzero(band >= 0.5 * band.max())
        upper += band[:core[0]].sum()
        lower += band[core[-1] + 1:].sum()
        lines += 1
    return (upper - lower) / max(upper + lower, 1.0), lines


def _gappier(rows: np.ndarray, columns: np.ndarray) -> bool:
    """Horizontal text lines leave more empty rows between them than empty columns between words;
    a sideways page is the other way round, and its character columns are no text lines."""
    def empty_share(used: np.ndarray) -> float:
        return 1.0 - used.size / max(1, int(used[-1]) - int(used[0]) + 1)

    return columns.size > 0 and empty_share(rows) > empty_share(columns)


def looks_upside_down(image: np.ndarray) -> bool:
    balance, lines = ascender_balance(image)
    return lines >= MIN_TEXT_LINES and balance <= UPSIDE_DOWN_SCORE


def background_unevenness(image: np.ndarray) -> float:
    """Relative spread of the paper's brightness (0 = flat), text removed by a closing.

    Photocopies with a dark corner or a fold make a global threshold drop whole lines; on such
    pages Tesseract's Sauvola thresholding cut the error rate by 4-5x in our measurements.
    """
    small = cv2.resize(image, None, fx=0.125, fy=0.125, interpolation=cv2.INTER_AREA)
    background = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))
    background = cv2.GaussianBlur(background, (0, 0), 5)
    low, high = np.percentile(background, [2, 98])
    return float((high - low) / max(high, 1.0))


def is_blank(image: np.ndarray) -> bool:
    """A page with (almost) no ink: warn and skip OCR rather than read noise.

    Ink is what is darker than a fixed 128 or than INK_SHARE of the page's own paper level (its median).
    Why both: a light copy's ink sits above 128 (ink ~125-135 on paper ~185 after the light falloff of a
    photocopy), and its page 2 holding the last rows of a 7-pt table had 0.14 % of its pixels under 128,
    so it was dropped as blank with its rows; under 0.7 x its paper it has 0.73 %. Blank pages of the same
    copies (noise, salt, uneven light) have at most 0.03 % there, far under the 0.2 % of a page with text.
    The fixed level stays for pages whose median is ink (a negative, a dark photograph).
    """
    small = cv2.resize(image, (max(1, image.shape[1] // 4), max(1, image.shape[0] // 4)))
    ink = (small < 128) | (small < INK_SHARE * float(np.median(small)))
    return float(ink.mean()) < BLANK_INK


def paper_split(image: np.ndarray) -> tuple[float, int]:
    """Where the page's one Otsu threshold falls, as a share of the contrast from its ink (the darkest 0.5 %)
    up to its paper (the median), counted down from the paper; and the paper level.

    Near 0 the threshold sits inside the paper: the paper's own spread (uneven light across a light copy)
    outweighs its few light strokes, and whatever binarises the page globally fuses them into blobs.
    """
    hist = np.cumsum(cv2.calcHist([image], [0], None, [256], [0, 256]).ravel())
    paper = int(np.searchsorted(hist, 0.5 * hist[-1]))
    ink = int(np.searchsorted(hist, 0.005 * hist[-1]))
    otsu, _ = cv2.threshold(image, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return (paper - float(otsu)) / max(1, paper - ink), paper


def level_light_paper(image: np.ndarray) -> np.ndarray:
    """A page whose Otsu threshold falls inside its paper (`paper_split` under PAPER_SPLIT) divided by its
    smooth paper level (the page with its strokes closed away, blurred), brought back to its median paper
    level; any other page unchanged.

    Why: page 2 of a light photocopy (7-pt ink 130-165 on paper ~185, the light falling off across the page)
    had Otsu at 178-180, so 27-32 % of the page was "ink" (1-10 % on every other page of the table benchmark)
    and every stroke of its table swelled into its neighbour; its grey levels read well by eye. The falloff
    spreads the paper over more levels than the gap between it and the light ink; with it divided out the
    paper is one narrow peak again and a global threshold falls between ink and paper (tuned benchmark pages:
    their table read 730 -> 761 of 952 cells, every row found). Clipping the paper at its median instead read
    778 there, but on a page lit like the generator's copies (a slope and a falloff) it left 20-22 % of the page
    under Otsu where leveling leaves 6 % (BENCHMARKS.md, issue 11, session 11).
    """
    position, paper = paper_split(image)
    if not 0 <= position < PAPER_SPLIT:  # a negative position: the median is ink (a dark page), leave it
        return image
    scale = LEVEL_SIDE / min(image.shape[:2])
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    level = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((9, 9), np.uint8))  # ~36 px at 300 dpi: no stroke
    level = cv2.GaussianBlur(level, (0, 0), 8).astype(np.float32)
    level = cv2.resize(level, (image.shape[1], image.shape[0]), interpolation=cv2.INTER_LINEAR)
    return np.clip(image.astype(np.float32) / np.maximum(level, 1.0) * paper, 0, 255).astype(np.uint8)


def estimate_skew(image: np.ndarray) -> float:
    """Skew angle in degrees (positive = counter-clockwise text) from text-line projection profiles.

    Works on a downscaled binary copy: maximises the variance of row sums over candidate angles,
    coarse then fine. Fast (~50 ms) and robust to ruled tables, which only sharpen the profile.
    """
    height, width = image.shape[:2]
    scale = min(1.0, 1000.0 / max(width, height))
    small = cv2.resize(image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA) if scale < 1 else image
    binary = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)[1]
    if binary.mean() < 0.5:
        return 0.0
    center = (binary.shape[1] / 2, binary.shape[0] / 2)

    def score(angle: float) -> float:
        matrix = cv2.getRotationMatrix2D(center, angle, 1.0)
        rotated = cv2.warpAffine(binary, matrix, (binary.shape[1], binary.shape[0]), flags=cv2.INTER_NEAREST)
        profile = rotated.sum(axis=1, dtype=np.float64)
        return float(np.var(profile))

    coarse = np.arange(-5.0, 5.01, 0.5)
    best = max(coarse, key=score)
    fine = np.arange(best - 0.5, best + 0.51, 0.1)
    best = max(fine, key=score)
    return float(round(best, 2))


def deskew(image: np.ndarray, angle: float) -> np.ndarray:
    """Rotate by `angle` degrees about the centre, padding with white."""
    height, width = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    return cv2.warpAffine(
        image, matrix, (width, height), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_CONSTANT, borderValue=255
    )


def prepare(
    image: np.ndarray,
    declared_dpi: int | None,
    *,
    rotation: int = 0,
    straighten: bool = True,
    skew: float | None = None,
) -> PreparedImage:
    """Rotate (if known), upscale low-resolution scans, correct skew and level a light page's paper
    (`level_light_paper`).

    `skew` replays a correction measured earlier (to rebuild the exact image a page's boxes
    refer to); otherwise it is measured here when `straighten` is set.
    """
    dpi = estimate_dpi(image, declared_dpi)
    image = rotate_upright(image, rotation)
    image, dpi, factor = upscale_if_low_res(image, dpi)
    angle = skew if skew is not None else (estimate_skew(image) if straighten else 0.0)
    if abs(angle) >= 0.1:
        image = deskew(image, angle)
    else:
        angle = 0.0
    image = level_light_paper(image)
    threshold = "sauvola" if background_unevenness(image) > UNEVEN_BACKGROUND else "otsu"
    return PreparedImage(image=image, dpi=dpi, rotation=rotation % 360, skew=angle, scale=factor,
                         threshold=threshold)


_OSD_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_OSD_CONF = re.compile(r"Orientation confidence:\s*([\d.]+)")


def parse_osd(osd_output: str) -> tuple[int, float]:
    """(clockwise rotation to apply, confidence) from `tesseract --psm 0` output."""
    rotate = _OSD_ROTATE.search(osd_output)
    conf = _OSD_CONF.search(osd_output)
    return (int(rotate.group(1)) if rotate else 0, float(conf.group(1)) if conf else 0.0)
