"""Find ruled table grids on a page image: line positions, table regions and merged cells.

Why a grid and not Tesseract's layout: page layout analysis reads a ruled table column by
column and the ruling itself drowns the digits. The ruling is the most reliable structure on a
scanned table, so it is found first with morphology (long thin openings survive only on lines),
and cells are derived from it; a cell whose separating line is missing spans its neighbours.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import cv2
import numpy as np

MERGE_PX = 6  # line positions closer than this are one line (thick or doubled ruling)
MIN_COVER = 0.5  # a cell border counts as printed when this share of it is ruled


@dataclass
class GridCell:
    row: int
    col: int
    row_span: int
    col_span: int
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in image pixels (on the lines)


@dataclass
class Grid:
    """One ruled table: line positions and its (possibly merged) cells."""

    ys: list[int]
    xs: list[int]
    cells: list[GridCell] = field(default_factory=list)
    ruled: bool = True  # False: a borderless table, its rows and columns from the whitespace

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]


def binarize(gray: np.ndarray) -> np.ndarray:
    """Ink as 255 on 0: adaptive, so uneven scan lighting and faint show-through stay out."""
    block = max(15, (min(gray.shape) // 60) | 1)
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 15)


def line_masks(ink: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Horizontal and vertical ruling masks; short breaks in a scanned line are closed first."""
    height, width = ink.shape
    gap = max(3, width // 400)
    h_close = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 1)))
    v_close = cv2.morphologyEx(ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (1, gap)))
    horizontal = cv2.morphologyEx(h_close, cv2.MORPH_OPEN,
                                  cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, width // 30), 1)))
    vertical = cv2.morphologyEx(v_close, cv2.MORPH_OPEN,
                                cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(15, height // 60))))
    return horizontal, vertical


def _merge(positions: list[float], weights: list[float]) -> list[int]:
    """Cluster sorted positions closer than MERGE_PX; weighted centre of each cluster."""
    out: list[int] = []
    group: list[tuple[float, float]] = []
    for pos, w in sorted(zip(positions, weights)):
        if group and pos - group[-1][0] > MERGE_PX:
            out.append(int(round(sum(p * q for p, q in group) / sum(q for _, q in group))))
            group = []
        group.append((pos, w))
    if group:
        out.append(int(round(sum(p * q for p, q in group) / sum(q for _, q in group))))
    return out


def _segments(mask: np.ndarray, axis: int) -> list[tuple[float, int, int]]:
    """(centre across the line, start, end) of each line segment; axis 0 = horizontal."""
    n, _, stats, cents = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if axis == 0:
            out.append((float(cents[i][1]), int(x), int(x + w)))
        else:
            out.append((float(cents[i][0]), int(y), int(y + h)))
    return out


def _coverage(mask: np.ndarray, fixed: int, start: int, end: int, axis: int, band: int = MERGE_PX) -> float:
    """Share of the stretch [start, end) ruled within `band` of `fixed` (a row y for axis 0, a column x for 1)."""
    if end <= start:
        return 0.0
    lo, hi = max(0, fixed - band), fixed + band + 1
    band = mask[lo:hi, start:end] if axis == 0 else mask[start:end, lo:hi].T
    if band.size == 0:
        return 0.0
    return float(np.count_nonzero(band.max(axis=0))) / (end - start)


def _cells(ys: list[int], xs: list[int], horizontal: np.ndarray, vertical: np.ndarray,
           tilt: float = 0.0) -> list[GridCell]:
    """Union grid cells across missing borders; each group becomes one spanning cell.

    `tilt` (residual skew, pixels per pixel) widens the band a border is looked for in, so a
    slightly slanted rule still counts at the far ends of the table.
    """
    h_band = MERGE_PX + int(np.ceil(tilt * (xs[-1] - xs[0]) / 2))
    v_band = MERGE_PX + int(np.ceil(tilt * (ys[-1] - ys[0]) / 2))
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    inset = MERGE_PX + 2
    for r in range(n_rows):
        for c in range(n_cols):
            if c + 1 < n_cols and _coverage(vertical, xs[c + 1], ys[r] + inset, ys[r + 1] - inset, 1, v_band) < MIN_COVER:
                parent[find(r * n_cols + c)] = find(r * n_cols + c + 1)
            if r + 1 < n_rows and _coverage(horizontal, ys[r + 1], xs[c] + inset, xs[c + 1] - inset, 0, h_band) < MIN_COVER:
                parent[find(r * n_cols + c)] = find((r + 1) * n_cols + c)
    groups: dict[int, list[tuple[int, int]]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            groups.setdefault(find(r * n_cols + c), []).append((r, c))
    cells = []
    for members in groups.values():
        r0, r1 = min(r for r, _ in members), max(r for r, _ in members)
        c0, c1 = min(c for _, c in members), max(c for _, c in members)
        cells.append(GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, (xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1])))
    return sorted(cells, key=lambda g: (g.row, g.col))


def _positions(segments: list[tuple[float, int, int]], offset: int) -> list[int]:
    return [offset + p for p in _merge([s[0] for s in segments], [s[2] - s[1] for s in segments])]


def _supported(vseg: list[tuple[float, int, int]], ys: list[int]) -> list[tuple[float, int, int]]:
    """The vertical segments on a line position ruled over more than one row's height in all.

    Why: on a noisy scan a letter's stem touching the ruling (the caption's italic 'h' over the
    table's top rule, a name's capital joined by the dust around it) survives the opening as a
    segment one row high; taken for a column border it read the cells one column off, and one
    reaching above the table added a row. A printed border runs through the header and every body
    row, so its segments add up to far more than a row.
    """
    gaps = np.diff(ys)
    row = float(np.median(gaps)) if len(gaps) else 0.0
    kept: list[tuple[float, int, int]] = []
    group: list[tuple[float, int, int]] = []
    for seg in sorted(vseg) + [(float("inf"), 0, 0)]:  # clustered as `_merge` clusters positions
        if group and seg[0] - group[-1][0] > MERGE_PX:
            if sum(end - start for _, start, end in group) >= 1.5 * row:
                kept += group
            group = []
        group.append(seg)
    return kept


def _tilt(horizontal: np.ndarray) -> float:
    """Residual skew of the long horizontal rules: their box is taller than the rule is thick."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(horizontal, connectivity=8)
    if n < 2:
        return 0.0
    widths, heights = stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT]
    long = widths >= widths.max() / 2
    thickness = max(1, int(np.median(heights[~long]))) if (~long).any() else 2
    return float(np.median(np.maximum(0, heights[long] - thickness) / widths[long]))


def _spaced(positions: list[int], gap: int) -> list[int]:
    """Drop a position closer than `gap` to the one kept before it (remains of an erased or doubled rule)."""
    kept: list[int] = []
    for p in positions:
        if not kept or p - kept[-1] > gap:
            kept.append(p)
    return kept


Ruling = tuple[list[Grid], np.ndarray, np.ndarray]  # what find_grids found: grids, ink, their ruling


def find_grids(gray: np.ndarray) -> Ruling:
    """Ruled tables on the page (top to bottom), the ink mask and the grid's ruling (to erase)."""
    ink = binarize(gray)
    horizontal, vertical = line_masks(ink)
    ruling = cv2.bitwise_or(horizontal, vertical)
    height, width = gray.shape
    n, labels, stats, _ = cv2.connectedComponentsWithStats(
        cv2.dilate(ruling, np.ones((5, 5), np.uint8)), connectivity=8)
    grids = []
    rules = []  # lone horizontal rules: a table ruled between rows only is one component per rule
    for i in range(1, n):
        x, y, w, h, _ = (int(v) for v in stats[i])
        if w >= width // 8 and h < height // 40:
            rules.append((_rule_centre(labels[y:y + h, x:x + w] == i, horizontal[y:y + h, x:x + w], y), x, x + w))
        if w < width // 8 or h < height // 40:
            continue
        region = labels[y:y + h, x:x + w] == i
        hor = np.where(region, horizontal[y:y + h, x:x + w], 0).astype(np.uint8)
        ver = np.where(region, vertical[y:y + h, x:x + w], 0).astype(np.uint8)
        hseg = [s for s in _segments(hor, 0) if s[2] - s[1] >= w // 20]
        vseg = [s for s in _segments(ver, 1) if s[2] - s[1] >= min(h // 2, height // 60)]
        if len(hseg) < 2 or len(vseg) < 3:
            continue
        ys = _positions(hseg, y)
        vseg = _supported(vseg, ys)
        if len(vseg) < 3:
            continue
        xs = _positions(vseg, x)
        # a table cut at the page top or bottom has no closing line there: the verticals end it
        v_top, v_bottom = y + min(s[1] for s in vseg), y + max(s[2] for s in vseg)
        gap = max(3 * MERGE_PX, height // 100)  # no row or column is thinner than a line of text
        if ys[0] - v_top > gap:  # a little outside the verticals' end: text may touch it
            ys.insert(0, max(0, v_top - MERGE_PX))
        if v_bottom - ys[-1] > gap:
            ys.append(min(height - 1, v_bottom + MERGE_PX))
        ys, xs = _spaced(ys, gap), _spaced(xs, gap)
        if len(ys) < 3 or len(xs) < 3:
            continue
        grids.append(Grid(ys, xs, _cells(ys, xs, horizontal, vertical, _tilt(hor))))
    for ys, span in _rule_stacks(rules, height):
        grid = _open_grid(ys, span, ink, horizontal, vertical, min(height, width))
        if grid is not None:
            grids.append(grid)
    grids += _borderless(ink, grids, vertical)
    grids.sort(key=lambda g: g.ys[0])
    return grids, ink, _grid_ruling(grids, horizontal, vertical)


RULE_HEIGHT = 3 * MERGE_PX  # a lone rule's component (dilated 5 x 5) is no taller than this, unless it took in text


def _rule_centre(region: np.ndarray, horizontal: np.ndarray, top: int) -> float:
    """The y of a lone horizontal rule: its component's middle, or where it is ruled across when the
    component is taller than a rule.

    Why: on a blurred copy the strokes of a text line touching the rule survive the opening as short
    horizontal runs and join the rule's component, whose box then reaches 35-40 px below it; the box's
    middle put the rule ~20 px low (rows of 84 and 46 px among rows of 65 on a 250-dpi rules-only copy), so a
    row's text was cut and two rows read as one. The rule is the rows where the component is ruled over at
    least half as far as at its widest (the text's runs are a few letters long)."""
    height = region.shape[0]
    if height <= RULE_HEIGHT:
        return top + height / 2
    ruled = np.count_nonzero(region & (horizontal > 0), axis=1)
    rows = np.flatnonzero(ruled >= ruled.max() / 2)
    return top + (rows[0] + rows[-1] + 1) / 2


def _rule_stacks(rules: list[tuple[float, int, int]], height: int) -> list[tuple[list[int], tuple[int, int]]]:
    """Stacks of 4+ horizontal rules one under another, each within the widest one's extent and no
    farther apart than a few text lines: (rule positions, the stack's x extent)."""
    stacks: list[list[tuple[float, int, int]]] = []
    for rule in sorted(rules):
        y, x0, x1 = rule
        last = stacks[-1] if stacks else None
        if last is not None:
            lo, hi = min(r[1] for r in last), max(r[2] for r in last)
            tol = max(2 * MERGE_PX, (hi - lo) // 50)
            if y - last[-1][0] < height / 12 and x0 >= lo - tol and x1 <= hi + tol or \
                    (y - last[-1][0] < height / 12 and x0 <= lo + tol and x1 >= hi - tol):
                last.append(rule)
                continue
        stacks.append([rule])
    out = []
    for stack in stacks:
        full = max(r[2] - r[1] for r in stack)
        long = [r for r in stack if r[2] - r[1] >= 0.9 * full]
        if len(long) >= 4:
            lo, hi = min(r[1] for r in long), max(r[2] for r in long)
            out.append(([int(round(r[0])) for r in stack], (lo, hi)))
    return out


def _open_grid(ys: list[int], span: tuple[int, int], ink: np.ndarray, horizontal: np.ndarray,
               vertical: np.ndarray, side: int) -> Grid | None:
    """A table ruled with horizontal lines only (common in Vietnamese reports): rows from the rules,
    columns where the text leaves a vertical gap through (almost) every row.

    Each column border is drawn into `vertical` (a virtual rule) only in the rows whose ink leaves it
    free, so a group header spanning several columns stays one merged cell, as on a full grid.
    """
    ys = _spaced(ys, max(3 * MERGE_PX, side // 100))
    x0, x1 = span
    if len(ys) < 4:
        return None
    text = cv2.bitwise_and(ink, cv2.bitwise_not(cv2.dilate(horizontal, np.ones((5, 5), np.uint8))))
    text = text[:, x0:x1].copy()
    n, labels, stats, _ = cv2.connectedComponentsWithStats(text, connectivity=8)
    dust = np.zeros(n, bool)
    dust[1:] = stats[1:, cv2.CC_STAT_AREA] < max(6, (side // 300) ** 2)  # scan dust would close every gap
    text[dust[labels]] = 0
    free = []  # per row: which x of the span have no ink, judged on the row's middle (a rule's frayed
    for top, bottom in zip(ys, ys[1:]):  # edge or a slight tilt leaves ink along it, never in the middle)
        band = max(2 * MERGE_PX, (bottom - top) // 5)
        strip = text[top + band:max(top + band + 1, bottom - band)]
        free.append(np.count_nonzero(strip, axis=0) == 0)
    free = np.array(free)
    min_gap = max(8, side // 100)  # wider than a word space (names of several words stay one cell)
    # the header's rows may cross a border (a group header over several columns): the borders are
    # those of the rows below the first `skip` rows, for the skip (0-3) that finds the most columns
    # (one other row may cross it too: a blot of the scan)
    found = [(_gaps(free[skip:].sum(axis=0) >= len(free) - skip - 1, min_gap), skip)
             for skip in range(min(4, len(free) - 2))]
    borders, skip = max(found, key=lambda f: len(f[0]))
    body = free[skip:]
    # a border cut through the one row that crosses it (a long name) or left in a wide gap by a blot
    # makes a column with (almost) no text: its left border goes (the crossing text comes from the left)
    inked = [(~body[:, a:b]).any(axis=1).sum() for a, b in zip([0] + borders, borders + [x1 - x0])]
    sparse = {max(0, k - 1) for k, n in enumerate(inked) if n <= max(2, len(body) // 5)}
    borders = [b for k, b in enumerate(borders) if k not in sparse]
    borders = [x0 + b for b in borders]
    xs = [x0] + borders + [x1]
    if len(xs) < 4:
        return None
    drawn = vertical.copy()
    thick = max(1, MERGE_PX // 2)
    for r, (top, bottom) in enumerate(zip(ys, ys[1:])):
        for bx in xs:
            local = bx - x0
            if bx in (x0, x1) or free[r, max(0, local - thick):local + thick + 1].all():
                drawn[top:bottom + 1, max(0, bx - thick):bx + thick + 1] = 255
    return Grid(ys, xs, _cells(ys, xs, horizontal, drawn, 0.0))


def _borderless(ink: np.ndarray, grids: list[Grid], vertical: np.ndarray) -> list[Grid]:
    """Tables without any ruling, outside the ruled ones: rows from the text lines, columns from the
    whitespace through them (`whitespace.py`)."""
    from parscan.pipeline.tables.whitespace import row_borders, table_blocks, virtual_rules

    height, width = ink.shape
    side = min(height, width)
    loose = ink.copy()
    for grid in grids:
        x0, y0, x1, y1 = grid.box
        loose[max(0, y0 - MERGE_PX):y1 + MERGE_PX + 1, max(0, x0 - MERGE_PX):x1 + MERGE_PX + 1] = 0
    n, labels, stats, _ = cv2.connectedComponentsWithStats(loose, connectivity=8)
    x, y, w, h, area = (stats[:, k] for k in range(5))
    # scan dust, and the dark edge a scan or its straightening leaves along the border (text keeps a margin)
    edge = side // 40
    dropped = (area < max(6, (side // 300) ** 2)) | (x < edge) | (y < edge) | (x + w > width - edge) | \
        (y + h > height - edge)
    dropped[0] = False
    loose[dropped[labels]] = 0
    found = []
    for lines, (lo, hi) in table_blocks(loose, side):
        ys = row_borders(lines, height)
        pad = max(2 * MERGE_PX, side // 150)
        span = (max(0, lo - pad), min(width - 1, hi + pad))
        grid = _open_grid(ys, span, loose, virtual_rules(ink.shape, ys, span), vertical, side)
        if grid is not None:
            grid.ruled = False
            found.append(grid)
    return found


def _gaps(clear: np.ndarray, min_gap: int) -> list[int]:
    """Centres of the runs of `clear` columns at least `min_gap` wide, not touching either end."""
    out, start = [], None
    for i, ok in enumerate(np.append(clear, False)):
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            if i - start >= min_gap and start > 0 and i < len(clear):
                out.append((start + i) // 2)
            start = None
    return out


def _grid_ruling(grids: list[Grid], horizontal: np.ndarray, vertical: np.ndarray) -> np.ndarray:
    """Only the ruling on the grid's own lines: to be erased before reading the cells.

    Why not every long stroke: the bottoms of bold digits ('85,53') join into a short horizontal
    run that the opening keeps; erasing it cut the digits in half.
    """
    out = np.zeros_like(horizontal)
    band = 2 * MERGE_PX
    for grid in grids:
        x0, y0, x1, y1 = grid.box
        for y in grid.ys:
            out[max(0, y - band):y + band + 1, x0:x1 + 1] |= horizontal[max(0, y - band):y + band + 1, x0:x1 + 1]
        for x in grid.xs:
            out[y0:y1 + 1, max(0, x - band):x + band + 1] |= vertical[y0:y1 + 1, max(0, x - band):x + band + 1]
    return out
