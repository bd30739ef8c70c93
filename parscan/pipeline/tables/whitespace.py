"""Borderless tables: columns aligned by whitespace alone, no ruling at all.

Why from the ink and not from Tesseract's layout: its page segmentation reads such a table column by
column (or a column's cells as one block), and the rows are lost. A borderless table is a stack of
text lines that each break into four or more pieces at the same wide gaps; its rows are the lines,
its columns the gaps through (almost) every line. Once the rows are known, the columns come from the
same whitespace analysis as a table ruled between rows only (`ruling._open_grid`), with virtual rules
drawn between the lines, and the cells are read as on any grid.

The same analysis serves a PDF text layer (`words.py`): its words' boxes painted as ink.
"""

from __future__ import annotations

import cv2
import numpy as np

MIN_PIECES = 4  # a table line breaks into at least this many pieces at wide gaps (3 columns and more)
MIN_LINES = 4  # body lines a borderless table has at least
HEADER_LINES = 3  # lines above the body taken as its header when they break into pieces too


def text_lines(ink: np.ndarray) -> list[tuple[int, int]]:
    """(top, bottom) of each text line: runs of inked pixel rows, a diacritic's thin band joined to its line."""
    inked = np.count_nonzero(ink, axis=1) > 0
    bands: list[list[int]] = []
    start = None
    for y, on in enumerate(np.append(inked, False)):
        if on and start is None:
            start = y
        elif not on and start is not None:
            bands.append([start, y])
            start = None
    if not bands:
        return []
    height = float(np.median([b - a for a, b in bands]))
    merged: list[list[int]] = []
    for band in bands:  # a mark above or below a line (dấu, a comma's tail) is a thin band close to it
        if merged and band[0] - merged[-1][1] < max(3.0, 0.25 * height) and \
                min(band[1] - band[0], merged[-1][1] - merged[-1][0]) < 0.6 * height:
            merged[-1][1] = band[1]
        else:
            merged.append(band)
    return [(a, b) for a, b in merged]


def pieces(ink_row: np.ndarray, min_gap: int) -> list[tuple[int, int]]:
    """(x0, x1) of the pieces of one line's ink separated by gaps of at least `min_gap` pixels."""
    cols = np.flatnonzero(np.count_nonzero(ink_row, axis=0))
    if cols.size == 0:
        return []
    breaks = np.flatnonzero(np.diff(cols) >= min_gap)
    starts = np.concatenate(([cols[0]], cols[breaks + 1]))
    ends = np.concatenate((cols[breaks], [cols[-1]])) + 1
    return list(zip(starts.tolist(), ends.tolist()))


def table_blocks(ink: np.ndarray, side: int) -> list[tuple[list[tuple[int, int]], tuple[int, int]]]:
    """Stacks of table lines on the page: (the lines, header lines first; the x extent of the body)."""
    lines = text_lines(ink)
    if not lines:
        return []
    height = float(np.median([b - a for a, b in lines]))
    min_gap = max(8, side // 60)  # well over a word space, even in a justified line
    cut = [pieces(ink[a:b], min_gap) for a, b in lines]
    blocks = []
    k = 0
    while k < len(lines):
        if len(cut[k]) < MIN_PIECES:
            k += 1
            continue
        end = k + 1
        while end < len(lines) and len(cut[end]) >= MIN_PIECES and lines[end][0] - lines[end - 1][1] < 3 * height:
            end += 1
        if end - k >= MIN_LINES and _aligned(ink, lines[k:end], min_gap) and _glyphs(ink, lines[k:end]):
            lo = min(p[0] for c in cut[k:end] for p in c)
            hi = max(p[1] for c in cut[k:end] for p in c)
            top = k
            while top > 0 and k - top < HEADER_LINES and len(cut[top - 1]) >= 2 and \
                    lines[top][0] - lines[top - 1][1] < 2 * height and \
                    min(p[0] for p in cut[top - 1]) >= lo - height and max(p[1] for p in cut[top - 1]) <= hi + height:
                top -= 1
            blocks.append((lines[top:end], (lo, hi)))
        k = end
    return blocks


def _aligned(ink: np.ndarray, lines: list[tuple[int, int]], min_gap: int) -> bool:
    """The lines share MIN_PIECES - 1 gaps through all of them but one: columns, not lines that each
    happen to break apart (a justified paragraph, a list, noise)."""
    free = np.array([np.count_nonzero(ink[a:b], axis=0) == 0 for a, b in lines])
    clear = free.sum(axis=0) >= len(lines) - 1
    inked = np.flatnonzero(~clear)
    if inked.size == 0:
        return False
    clear = clear[inked[0]:inked[-1] + 1]
    runs = np.diff(np.flatnonzero(np.diff(np.concatenate(([0], clear.astype(np.int8), [0])))))[::2]
    return int(np.count_nonzero(runs >= min_gap)) >= MIN_PIECES - 1


def _glyphs(ink: np.ndarray, lines: list[tuple[int, int]]) -> bool:
    """The ink of the lines is letters and digits: its marks are mostly as tall as a good part of their line
    (scattered specks of a noisy image also stack into 'lines', of marks a fifth of their height)."""
    tall = small = 0
    for a, b in lines:
        n, _, stats, _ = cv2.connectedComponentsWithStats(ink[a:b], connectivity=8)
        heights = stats[1:, cv2.CC_STAT_HEIGHT]
        tall += int(np.count_nonzero(heights >= 0.4 * (b - a)))
        small += int(np.count_nonzero(heights < 0.4 * (b - a)))
    return tall >= small


def row_borders(lines: list[tuple[int, int]], height: int) -> list[int]:
    """Row borders of a stack of lines: half-way between lines, and a line's height outside the first and last."""
    pad = max(4, (lines[0][1] - lines[0][0]) // 2)
    inner = [(b + c) // 2 for (_, b), (c, _) in zip(lines, lines[1:])]
    return [max(0, lines[0][0] - pad), *inner, min(height - 1, lines[-1][1] + pad)]


def virtual_rules(shape: tuple[int, int], ys: list[int], span: tuple[int, int]) -> np.ndarray:
    """A horizontal-ruling mask with a rule at each row border across the table: the grid's rows."""
    mask = np.zeros(shape, np.uint8)
    for y in ys:
        cv2.line(mask, (span[0], y), (span[1], y), 255, 3)
    return mask
