"""Columns have types: each column's kind and format from its header and the majority of its cells,
and every body cell settled against it (`Cell.kind`, `Cell.value`, `Cell.ocr_doubt`).

Kinds: ``rank`` (integers 1..n that behave as a rank: mostly in order down the table or with a score
column), ``ordinal`` (STT), ``score`` (a fixed number of decimals, within the range its cells keep),
``count`` (other integers), ``code`` (``2.4.1``), ``name`` (the unit), ``text``, ``empty``.

A cell that breaks its column (798 among two-decimal values 4-10, '9,995', a rank of 110 in a 21-row
table, an inked cell read as nothing) is read again from its crop (`reread`: digits only, glyphs scaled,
two segmentation modes); a re-reading that fits the column replaces the text (the first reading stays
in `alt_text`). If none fits:

* digits that lost only their separator ('743' in a two-decimal column) take it where the pixels show a
  separator at that place (`separator`): then it was printed, and the text is written with it;
* otherwise the value is taken from the column's format (743 with two places -> 7.43) only when that
  lands in the column's range or has its number of digits before the separator, with `ocr_doubt` saying
  so and `text` left as read;
* otherwise no value, and `ocr_doubt` says why. A value is never invented: a cell with no digits read
  gets none.

Text tables (no pixels) are typed the same way without the re-reads (`type_table`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from dataclasses import dataclass

from parscan.normalizers.numbers import read_number
from parscan.schemas.records import Cell, Table

SEP_RE = re.compile(r"[.,](\d+)\D*$")
CODE_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){2,3}\.?$|^\d{1,2}\.$")
INT_RE = re.compile(r"^\d{1,4}$")
OUTVOTE_MIN, OUTVOTE_MARGIN = 3, 2  # `_outvoted`: how often, and how much more often than the first, a winner is read
SHAPE_RE = re.compile(r"^\d+(?:[.,]\d+)?$")  # digits and at most one separator (`_confirmed`)
RANK_SLACK = 2  # a rank may exceed the rows counted by this much (rows lost at a page break, a tie)

Reread = Callable[[Cell], Iterable[str]]  # readings of the cell's crop, digits only (made lazily, in order)
Separator = Callable[[Cell, int], "int | None"]  # digits before a separator seen in its pixels


@dataclass
class ColumnType:
    kind: str
    decimals: int | None = None
    low: float | None = None
    high: float | None = None


def _header_kind(label: str) -> str | None:
    from parscan.extractors.headers import recognise  # the one place column labels are recognised

    key = recognise(label) if label.strip() else None
    if key is None:
        return None
    if key == "stt":
        return "ordinal"
    if key.startswith("rank"):
        return "rank"
    if key in ("unit", "criterion"):
        return "name"
    if key in ("classification", "note", "lead_agency"):
        return "text"
    return "number"


def _decimals(text: str) -> int | None:
    m = SEP_RE.search(text.strip())
    if m is None or read_number(text).value is None:
        return None
    # "1.580" (thousands) is not a decimal reading; a 3-place part after a comma is
    return len(m.group(1))


def _lost_separators(numbers: list[str], places: Counter) -> bool:
    """A column of decimals most of whose separators were lost in reading ('8,52' beside '852', '947'):
    a fifth of its cells or more keep one place count, and the separator-less rest are integers with more
    digits than those places that, with the separator put back, land among the values read with it.

    Why: on a poor scan of small print the comma is the first thing lost; when more than half of a
    column loses it, it read as a column of counts (852, 947) and no cell was checked against its format.
    """
    decimals, freq = places.most_common(1)[0]
    if decimals not in (1, 2, 3) or freq < max(3, 0.2 * len(numbers)):
        return False
    kept = [read_number(t).value for t in numbers if _decimals(t) == decimals]
    low, high = min(kept), max(kept)
    margin = max((high - low) * 0.5, 1.0)
    bare = [re.sub(r"\D", "", t) for t in numbers if _decimals(t) is None]
    restored = [int(d) / 10 ** decimals for d in bare if len(d) > decimals]  # shorter: too broken to tell
    inside = sum(1 for v in restored if low - margin <= v <= high + margin)
    return len(restored) >= 3 and inside >= 0.6 * len(restored)


SIBLINGS_MIN = 2  # score columns of one format a group needs to give it to its columns read as integers
SUB_LABEL_RE = re.compile(r"(?:^|\s)([^\W\d_]{1,4})\s?\d{1,2}$")


def _numbered_labels(labels: list[str]) -> list[set[int]]:
    """Columns labelled with one prefix and a number ('CS1' ... 'CS10', 'TP 1' ...), three or more: a group
    of sub-indices, even where its group header was not read as one cell spanning them."""
    prefixes: dict[str, set[int]] = {}
    for c, label in enumerate(labels):
        m = SUB_LABEL_RE.search(label.strip())
        if m:
            prefixes.setdefault(m.group(1).lower(), set()).add(c)
    return [cols for cols in prefixes.values() if len(cols) >= 3]


def _siblings_format(columns: list[ColumnType], group: set[int], body: list[list[str]]) -> None:
    """A column under a group header read as integers takes the decimal format its sibling columns share
    when its digits, with the separator put back, land in their range: its separators were all lost.

    Why only under a group header: the sub-indices under 'Chỉ số thành phần' are printed alike, whereas a
    column of counts (3-digit numbers of procedures) can stand beside scores with its own format. Two siblings
    of one format are enough (SIBLINGS_MIN), or half the group as before: on a light page 2 three of ten
    sub-indices kept their commas. Six in ten of its values must land in the range of the siblings whose
    ranges hold any of them (in a table without a header the total's range held none).
    """
    formats = Counter((columns[c].decimals) for c in group if c < len(columns) and columns[c].kind == "score")
    if not formats:
        return
    decimals, freq = formats.most_common(1)[0]
    if not decimals or freq < min(SIBLINGS_MIN, 0.5 * len(group)):
        return
    siblings = [columns[c] for c in group if c < len(columns) and columns[c].kind == "score"
                and columns[c].decimals == decimals]
    for c in sorted(group):
        if c >= len(columns) or columns[c].kind != "count":
            continue
        digits = [re.sub(r"\D", "", r[c]) for r in body if c < len(r) and r[c].strip()]
        restored = [int(d) / 10 ** decimals for d in digits if len(d) > decimals]  # shorter: too broken to tell
        # the siblings whose range holds any of its values: all of them would reach from a sub-index's to the total's
        near = [col for col in siblings if any(col.low <= v <= col.high for v in restored)]
        if len(restored) < 3 or not near:
            continue
        low, high = min(col.low for col in near), max(col.high for col in near)
        if sum(1 for v in restored if low <= v <= high) >= 0.6 * len(restored):
            columns[c] = ColumnType("score", decimals, low, high)


def _format_range(kept: list[float]) -> tuple[float, float]:
    """The range of a score column: that of the values printed with as many digits before the separator as
    most of them (four in five or more), stretched only by the others that a digit added does not explain
    (one digit taken out of their integer part, they land in that range or within its margin).

    Why: the range decides which cells fit the column (`_fits`), and one reading with a digit added ('71,75'
    for 7,75 among sub-indices 5.04..9.95) stretched it to 71.75: that cell, and any other with a digit added,
    then fitted and kept its wrong value without a re-read. A printed 10,00 among 5.98..8.32 is no digit
    added (1,00 and 0,00 are far from them) and stretches the range as before.
    """
    widths = [len(str(int(abs(v)))) for v in kept]
    width, n = Counter(widths).most_common(1)[0]
    if n < 0.8 * len(kept):
        return min(kept), max(kept)
    usual = [v for v, w in zip(kept, widths) if w == width]
    low, high = min(usual), max(usual)
    margin = max((high - low) * 0.5, 1.0)

    def digit_added(v: float) -> bool:
        whole, fraction = str(int(abs(v))), abs(v) - int(abs(v))
        if len(whole) != width + 1:
            return False
        shorter = (int(whole[:k] + whole[k + 1:]) + fraction for k in range(len(whole)))
        return any(low - margin <= s <= high + margin for s in shorter)

    kept_range = usual + [v for v, w in zip(kept, widths) if w != width and not digit_added(v)]
    return min(kept_range), max(kept_range)


def _distinct_per_group(values: list[float]) -> int:
    """Distinct values within each run that starts again at 1: a province ranks its departments 1..15 and
    then its districts 1..12 in one table (ties still count once)."""
    runs: list[set[float]] = [set()]
    for prev, v in zip([None, *values], values):
        if v == 1 and prev is not None and prev > 2:
            runs.append(set())
        runs[-1].add(v)
    return sum(len(r) for r in runs)


def _is_rank(values: list[float | None], n_rows: int, others: list[list[float | None]]) -> bool:
    """Integers 1..n (ties allowed) that behave as a rank: in order down the table, or in the order
    of a score column (descending) when the table is in another order."""
    present = [v for v in values if v is not None]
    if len(present) < 3 or any(not float(v).is_integer() for v in present):
        return False
    inside = sum(1 for v in present if 1 <= v <= n_rows + RANK_SLACK)
    if inside < 0.8 * len(present) or _distinct_per_group(present) < 0.6 * len(present):
        return False
    pairs = list(zip(present, present[1:]))
    if sum(1 for a, b in pairs if b >= a) >= 0.8 * len(pairs):
        return True
    for other in others:
        both = [(r, s) for r, s in zip(values, other) if r is not None and s is not None]
        agree = total = 0
        for i in range(len(both)):
            for j in range(i + 1, len(both)):
                (ra, sa), (rb, sb) = both[i], both[j]
                if ra != rb and sa != sb:
                    total += 1
                    agree += (ra < rb) == (sa > sb)
        if total and agree >= 0.9 * total:
            return True
    return False


def _continued_rank(values: list[float | None], n_rows: int, near_share: float = 0.7) -> int:
    """The ranks of the rows before this table's, when the column's integers continue a rank printed on an
    earlier page (a table split over pages: 22, 23, ... 34 in 13 rows), else 0.

    Why: alone, such a column breaks "integers 1..n" (`_is_rank`) and was typed as counts, so its ranks were
    never checked against their order (`_ranks_in_order`): '22' read '2' stood. Here the integers, 1..999,
    must run in row order (four pairs in five or more not going down) and seven in ten of them must stand
    within RANK_SLACK of their place in the row order plus the offset (the median of value less place);
    `near_share` six in ten under a header read as the rank's (`infer_columns`).

    Why fewer under the header: page 2 of a copy read '2, 3, 24, 25, 26, 27, 28, 9, 30, 31, 3, 33, 34' under
    'Xếp bạng' (22..34, doubled digits merged), 9 of 13 at their place: typed as counts, its four broken ranks
    were never read again, though the header names the column and its order holds.
    """
    placed = [(k, v) for k, v in enumerate(values) if v is not None and 1 <= v <= 999]
    if len(placed) < 3 or len(placed) < 0.6 * len(values):
        return 0
    present = [v for _, v in placed]
    if _distinct_per_group(present) < 0.6 * len(present):
        return 0
    pairs = list(zip(present, present[1:]))
    if sum(1 for a, b in pairs if b >= a) < 0.8 * len(pairs):
        return 0
    offsets = sorted(v - (k + 1) for k, v in placed)
    offset = int(offsets[len(offsets) // 2])
    if offset < 1:
        return 0
    near = sum(1 for k, v in placed if abs(v - (k + 1) - offset) <= RANK_SLACK)
    return offset if near >= near_share * len(placed) else 0


def _at_their_place(values: list[float | None]) -> bool:
    """Integers of which seven in ten stand within RANK_SLACK of their place in the row order (1, 2, ...), with
    a value in six rows in ten or more and distinct (ties aside): a rank printed in rank order.

    Why under a rank header only, and not the order of neighbours (`_is_rank`): on a blurred copy a few ranks
    read as nothing and a few with a digit wrong ('45' for 15, '16' for 10, '1' for 17) break one pair in
    four of the column's order, and it was typed as counts, so none of them was read again (`_ranks_in_order`);
    the rows' places still hold for most of them. The header 'Xếp hạng' says what the column is; its values
    say only that they are ranks of these rows.
    """
    placed = [(k, v) for k, v in enumerate(values) if v is not None and 1 <= v <= 999]
    if len(placed) < 3 or len(placed) < 0.6 * len(values):
        return False
    if _distinct_per_group([v for _, v in placed]) < 0.6 * len(placed):
        return False
    return sum(1 for k, v in placed if abs(v - (k + 1)) <= RANK_SLACK) >= 0.7 * len(placed)


def _headerless_span(columns: list[ColumnType], labels: list[str]) -> list[set[int]]:
    """For a table printed without a header (a continuation on its next page, 'header once'): the columns
    from its first to its last score column of its commonest format, taken as one group (`_siblings_format`).

    Why: its header would have said which columns are sub-indices; without one, a light page whose commas
    were lost in most cells of a column typed it as counts ('597' for 5,97 kept as 597, never re-read). A
    column between scores of one format whose digits, with the separator put back, land in their range is
    such a column; one whose values do not (a count of procedures, 12 or 1540) keeps its kind.
    """
    if any(label.strip() for label in labels):
        return []
    formats = Counter(col.decimals for col in columns if col.kind == "score" and col.decimals)
    if not formats:
        return []
    decimals = formats.most_common(1)[0][0]
    at = [c for c, col in enumerate(columns) if col.kind == "score" and col.decimals == decimals]
    return [set(range(at[0], at[-1] + 1))] if len(at) >= SIBLINGS_MIN else []


def infer_columns(body: list[list[str]], labels: list[str],
                  groups: list[set[int]] | None = None) -> list[ColumnType]:
    """The kind and format of each column from its header label and its body cells' texts; `groups` are the
    columns under one group header (sub-indices), which share their format (`_siblings_format`)."""
    n_cols = max([len(labels)] + [len(r) for r in body]) if body or labels else 0
    n_rows = sum(1 for r in body if sum(1 for t in r if t.strip()) >= 2)
    header = [_header_kind(labels[c]) if c < len(labels) else None for c in range(n_cols)]
    columns: list[ColumnType] = []
    values_of: list[list[float | None]] = []
    for c in range(n_cols):
        texts = [r[c].strip() if c < len(r) else "" for r in body]
        present = [t for t in texts if t]
        values = [read_number(t).value if t else None for t in texts]
        values_of.append(values)
        if not present:
            columns.append(ColumnType("empty"))
            continue
        numbers = [t for t, v in zip(texts, values) if t and v is not None and any(ch.isdigit() for ch in t)]
        if sum(1 for t in present if CODE_RE.match(t)) >= 0.6 * len(present):
            columns.append(ColumnType("code"))
            continue
        if len(numbers) < 0.6 * len(present) or header[c] in ("name", "text"):
            columns.append(ColumnType(header[c] if header[c] in ("name", "text") else "text"))
            continue
        places = Counter(d for d in (_decimals(t) for t in numbers) if d is not None)
        if places and (sum(places.values()) >= 0.5 * len(numbers) or _lost_separators(numbers, places)):
            decimals, freq = places.most_common(1)[0]
            if freq >= 0.6 * sum(places.values()) and decimals in (1, 2, 3):
                kept = [v for t, v in zip(texts, values) if t and v is not None and _decimals(t) == decimals]
                columns.append(ColumnType("score", decimals, *_format_range(kept)))
                continue
        ints = [v for v, t in zip(values, texts) if t and v is not None and INT_RE.match(t)]
        if len(ints) >= 0.6 * len(numbers):
            columns.append(ColumnType("count", 0, min(ints), max(ints)))  # rank or ordinal decided below
            continue
        columns.append(ColumnType("score" if header[c] == "number" else "count"))
    if not any(col.kind == "name" for col in columns):
        for c, col in enumerate(columns):
            texts = [r[c].strip() for r in body if c < len(r) and r[c].strip()]
            if col.kind == "text" and sum(1 for t in texts if sum(ch.isalpha() for ch in t) >= 4) >= 0.6 * len(texts) \
                    and len(set(texts)) >= 0.8 * len(texts):
                col.kind = "name"
                break
    for group in (groups or []) + _headerless_span(columns, labels):
        _siblings_format(columns, group, body)
    scores = [values_of[c] for c, col in enumerate(columns) if col.kind == "score"]
    for c, col in enumerate(columns):
        if col.kind != "count":
            continue
        ints = [v if v is not None and float(v).is_integer() and INT_RE.match(f"{v:.0f}") else None
                for v in values_of[c]]
        present = [v for v in ints if v is not None]
        few = len(present) < 3 and header[c] in ("rank", "ordinal") and all(1 <= v <= n_rows + RANK_SLACK
                                                                            for v in present)
        offset = 0
        if few or _is_rank(ints, n_rows, scores) or (header[c] == "rank" and _at_their_place(ints)):
            col.kind = "ordinal" if header[c] == "ordinal" else "rank"  # the header names which; "rank" by default
        elif header[c] in (None, "rank", "ordinal") and \
                (offset := _continued_rank(ints, n_rows, 0.6 if header[c] == "rank" else 0.7)):
            col.kind = "ordinal" if header[c] == "ordinal" else "rank"
        if col.kind in ("rank", "ordinal"):
            col.low, col.high = max(1, offset + 1 - RANK_SLACK), offset + n_rows + RANK_SLACK
    return columns


def body_start(rows: list[list[str]]) -> int:
    """Leading label rows (the header, up to 3): rows before the first with two numbers or more."""
    for r, texts in enumerate(rows[:4]):
        numbers = sum(1 for t in texts if t and any(ch.isdigit() for ch in t) and read_number(t).value is not None
                      and not re.fullmatch(r"\(\d{1,2}\)", t.strip()))
        if numbers >= 2:
            return r
    return 0


def rows_of(table: Table) -> list[list[Cell | None]]:
    """Cells laid out as rows x columns (spanning cells appear in their first row/column only)."""
    n_cols = max([table.n_cols] + [c.col + 1 for c in table.cells])
    n_rows = max([table.n_rows] + [c.row + 1 for c in table.cells])
    grid: list[list[Cell | None]] = [[None] * n_cols for _ in range(n_rows)]
    for cell in table.cells:
        grid[cell.row][cell.col] = cell
    return grid


def _labels(grid: list[list[Cell | None]], start: int, table: Table) -> list[str]:
    if any(table.header):
        return list(table.header)
    labels = [""] * (len(grid[0]) if grid else 0)
    for cells in grid[:start]:
        for c, cell in enumerate(cells):
            if cell is not None:
                for k in range(c, min(len(labels), c + cell.col_span)):
                    labels[k] = f"{labels[k]} {cell.text}".strip()
    return labels


def _fits(text: str, col: ColumnType, decade: bool = False) -> float | None:
    """The value of `text` when it is printed in the column's format and range, else None; with `decade`, a
    score within the column's decade (`_in_decade`) fits too."""
    reading = read_number(text)
    value = reading.value
    if value is None or not any(ch.isdigit() for ch in text):
        return None
    if col.kind in ("rank", "ordinal"):
        ok = INT_RE.match(text.strip().rstrip(".")) is not None and col.low <= value <= col.high
        return value if ok else None
    if col.kind == "score" and col.decimals:
        if _decimals(text) != col.decimals:
            return None
        if col.low is not None and not _in_range(value, col) and not (decade and _in_decade(value, col)):
            return None  # not `_in_decade` alone: the range catches misread digits ('2,67' for 7,67); widened
            # for every reading it cost 19 cells on the benchmark's bad pages (see `_confirmed` for where it is)
    return value


def _in_range(value: float, col: ColumnType) -> bool:
    """Within the range the column's cells read with their format keep, with a margin of half its span
    (at least 1): 852 is far from 8.52's column, 8.52 near 6.02..7.98."""
    span = (col.high - col.low) if col.high is not None and col.low is not None else 0.0
    margin = max(span * 0.5, 1.0)
    return col.low is not None and col.low - margin <= value <= col.high + margin


def _in_decade(value: float, col: ColumnType) -> bool:
    """Printed with as many digits before the separator as every value the column keeps (its range inside
    one decade: 7.57..9.95 -> 0..9.99, 60.19..91.78 -> 10..99.99)."""
    if col.low is None or col.high is None or col.low < 0:
        return False
    digits = len(str(int(col.low)))
    if digits != len(str(int(col.high))):
        return False
    floor = 0.0 if digits == 1 else 10.0 ** (digits - 1)
    return floor <= value < 10.0 ** digits


def _restore(digits: str, col: ColumnType) -> float | None:
    """The value the column's format makes of separator-less digits, when it lands in its range or has the
    column's number of digits before the separator (`_in_decade`).

    Why the second: the range is that of the cells read with their separator, and on a poor copy the cells
    that lose it are not a random few: a sub-index column's lowest values (5,60 read '560', 4,72 '472')
    under a range of 7.57..9.95 kept no value. Replayed on the benchmark's 54 `bad` pages: tuned
    4939 -> 4957 of 5376 cells exact, held out 3334 -> 3336 of 3708, no page worse.
    """
    if not col.decimals or len(digits) <= col.decimals:
        return None
    value = float(f"{digits[:-col.decimals]}.{digits[-col.decimals:]}")
    return value if _in_range(value, col) or _in_decade(value, col) else None


def _printed(digits: str, decimals: int, sample: str) -> str:
    sep = "." if "." in sample and "," not in sample else ","
    return f"{digits[:-decimals]}{sep}{digits[-decimals:]}"


def _confirmed(first: str, value: float, own: str, rest: Iterator[str], col: ColumnType) -> tuple[str, float]:
    """The re-reading a score cell takes: the first that fits its column (`first`), unless its digits differ in
    one place from the cell's own reading that broke the column only by its separator ('977' for 9,77 re-read
    '8.77'); then the next re-readings are made until one fits with the cell's own digits ('9.77'), and that
    one is taken: two readings agree on it against one. None agreeing: the first stands. That one may lie
    outside the column's range if within its decade (`_in_decade`): the range is that of the cells read on
    the page, and a table's first page may not hold its column's highest value (a 9,95 read '995' under a
    page range of 6.76..8.60 took its re-reading '9.35' over '9.95', read by six of its readings).

    Why: the first re-reading that fits was taken on its own, and on a blurred copy it can confuse the one
    digit that the cell's reading and the later re-readings all read alike. Nothing is taken from the column
    but which readings fit it; the digits come from two readings of the cell. Why only on a blurred copy: on a
    sharp scan the first re-reading was the right one where this differs (a held-out `scan` page's 8,44 read
    '944', re-read '8.44', then '9.44'), as the second opinion is kept off sharp scans (`cells._blurred`)."""
    theirs, mine = re.sub(r"\D", "", first), re.sub(r"\D", "", own)
    if not SHAPE_RE.match(own.strip()):
        return _outvoted(first, value, rest, col)
    if len(mine) != len(theirs) or sum(a != b for a, b in zip(mine, theirs)) != 1:
        return first, value
    return _reading_of(rest, mine, col, decade=True) or (first, value)


def _outvoted(first: str, value: float, rest: Iterator[str], col: ColumnType) -> tuple[str, float]:
    """The re-reading a score cell takes when its own reading gives no digits to check the first fitting one
    against ('9%', 's94', '7,9'): every later re-reading is made, and a digit string that differs from the
    first's in one place replaces it when it is read OUTVOTE_MIN times or more, at least OUTVOTE_MARGIN more
    often than the first's digits and strictly more than any other, in a reading that fits the column.

    Why: on a blurred copy the first re-reading that fits was taken on its own, and among the tuned `bad`
    pages' one-digit confusions about a third are such first readings ('9,95' re-read '9.85', '6,99' '6,39',
    '5,94' '5,54' after 's94'), while the later re-readings of the same crop (other scales, its grey levels,
    `eng`) read the printed digit more often. Only the cell's readings vote: the column says only which
    reading may stand."""
    readings = [first] + [t for t in rest if SHAPE_RE.match(t.strip())]
    counts = Counter(re.sub(r"\D", "", t) for t in readings)
    mine = re.sub(r"\D", "", first)
    ranked = counts.most_common()
    winner, n = ranked[0]
    if winner == mine or n < OUTVOTE_MIN or n < counts[mine] + OUTVOTE_MARGIN or ranked[1][1] == n \
            or len(winner) != len(mine) or sum(a != b for a, b in zip(winner, mine)) != 1:
        return first, value
    return _reading_of(readings, winner, col) or (first, value)


def _reading_of(readings: Iterable[str], digits: str, col: ColumnType,
                decade: bool = False) -> tuple[str, float] | None:
    """The first reading with these digits that fits the column (`_fits`), and its value."""
    for reading in readings:
        fits = _fits(reading, col, decade)
        if fits is not None and re.sub(r"\D", "", reading) == digits:
            return reading, fits
    return None


def _voted(cell: Cell, others: list[str], rereadings: Iterable[str], col: ColumnType) -> str | None:
    """The reading a score cell that fits its column takes from a vote of all its readings, or None: the cell's
    own (`text`, `alt_text`), the two of its second opinion (`others`) and its column re-readings, each counted
    by its digits (its separator aside, digits and at most one separator); the winner has the cell's number of
    digits and differs from its own in one place, is read three times or more, strictly more often than any
    other digit string and at least twice more than the cell's own digits, and one of its readings fits the
    column (format and range): that reading is returned.

    Why: on a blurred copy a digit is confused inside a well-formed reading ('8,92' read '9,92') that nothing
    in the cell betrays, and the second opinion's two readings split (one each way) in about half of those;
    among all the cell's readings the printed digits have a strict plurality more often than a wrong one
    (BENCHMARKS.md, issue 11, session 10 second part). Why the column's fit: a vote once gave a held-out
    '7,27' the reading '1,27', far under its column's sub-indices (4,50..9,95). Why two more than its own: on
    the tuned pages every winner one reading ahead of the cell's own digits but one was a 6 read 8 ('7,65' by
    3 readings of '7,85' against 2, '5,66' by 4 against 3). Only the cell's own readings vote: nothing is taken
    from the column but which winner may stand.
    """
    own = re.sub(r"\D", "", cell.text)
    readings = [t for t in (cell.text, cell.alt_text, *others, *rereadings) if t and SHAPE_RE.match(t.strip())]
    counts = Counter(re.sub(r"\D", "", t) for t in readings)
    ranked = counts.most_common()
    if not ranked:
        return None
    winner, n = ranked[0]
    if n < 3 or n < counts[own] + 2 or (len(ranked) > 1 and ranked[1][1] == n) or len(winner) != len(own) \
            or sum(a != b for a, b in zip(winner, own)) != 1:
        return None
    return next((t for t in readings if re.sub(r"\D", "", t) == winner and _fits(t, col) is not None), None)


# (the cell's digit, `eng`'s): changes `eng` makes wrongly, which need a third reading (`_checked`, `cells._api`)
ENG_CONFUSED = {("8", "6"), ("9", "3"), ("5", "9")}


def _checked(own: str, readings: Iterable[str], col: ColumnType) -> str | None:
    """The reading that replaces a score cell that fits its column, or None: two of the three `readings` (made
    lazily: `eng` on the cell's ink, `eng` on its grey levels, `vie` on its grey levels) read the same digits,
    one place from the cell's own, and one of the two fits the column (format and range). The first must read
    another number with the cell's number of digits; nothing more is read once one gives the cell's own digits.

    Why: on a blurred copy most one-digit confusions left are well-formed readings ('7,09' for 7,69, '6,38' for
    6,98) that the cell's other readings repeat, so no vote among them sees the printed digit; the `eng` model
    on the cell's ink and on its grey levels at 40 px reads it in most of them (on 660 score cells of three
    tuned `bad` pages: both read the printed digits in 7 of 12 such cells, and never agreed on another digit
    in the 644 cells read right). A change `eng` is known to make (ENG_CONFUSED: 8 read 6, 9 read 3 on the
    tuned `bad` pages, 5 read 9 on sharp ones) needs the third reading, `vie`'s, to read it too. Why two of
    three, not the first two only: where `eng` on the ink read a third number ('7,20' for 7,60 read '7,00'), both
    models on the grey levels read the printed digits, and where `eng` on the grey levels read nothing (80,64
    read '80,61'), `eng` on the ink and `vie` on the grey levels did. Why the first must read a number: where
    `eng` read nothing on the ink, both grey readings once agreed on a wrong digit ('7,82' for 7,62).
    BENCHMARKS.md, issue 11, session 14. One reading alone never replaces a cell's.
    """
    mine = re.sub(r"\D", "", own)
    made: list[str] = []
    for reading in readings:
        digits = re.sub(r"\D", "", reading)
        if digits == mine or (not made and len(digits) != len(mine)):
            return None  # the cell's own digits read again, or `eng` on its ink read no number of its length
        made.append(reading)
        agreed = [t for t in made if re.sub(r"\D", "", t) == digits]
        if len(agreed) < 2 or len(digits) != len(mine) or sum(a != b for a, b in zip(digits, mine)) != 1:
            if len(made) == 3:
                return None
            continue
        if len(made) == 2 and any((a, b) in ENG_CONFUSED for a, b in zip(mine, digits)):
            continue  # the two `eng` readings: the third, another model's, must read it too
        found = _reading_of(agreed, digits, col)
        return found[0] if found is not None else None
    return None


def settle_cell(cell: Cell, col: ColumnType, reread: Reread | None = None,
                separator: Separator | None = None, sample: str = ",", confirm_digits: bool = False,
                unsettled: list[str] | None = None, check: Reread | None = None) -> None:
    """Set the cell's kind and value against its column (see module doc); with `confirm_digits` (a blurred
    copy) a score's re-reading that changes one of its own digits needs a second re-reading (`_confirmed`);
    `unsettled`: the second opinion's two readings of a cell they left unsettled, which puts a score cell
    that fits its column to a vote of its readings (`_voted`); `check`: two more readings of a score cell that
    fits its column, or of the re-reading it took, which replace it when both read the same other digit
    (`_checked`)."""
    cell.kind = col.kind
    if col.kind not in ("rank", "ordinal", "score", "count"):
        return
    value = _fits(cell.text, col) if cell.text.strip() else None
    if value is not None and unsettled is not None and col.kind == "score" and reread is not None:
        voted = _voted(cell, unsettled, reread(cell), col)
        if voted is not None:
            cell.alt_text, cell.text, value = cell.text, voted, _fits(voted, col)
    if value is not None and check is not None and col.kind == "score":
        checked = _checked(cell.text, check(cell), col)
        if checked is not None:
            cell.alt_text, cell.text, value = cell.text, checked, _fits(checked, col)
    if value is not None or (col.kind == "count" and read_number(cell.text).value is not None):
        cell.value = value if value is not None else read_number(cell.text).value
        return
    if col.kind == "count" or (cell.text.strip() and not any(ch.isdigit() for ch in cell.text)
                               and {"X", "-"} & set(read_number(cell.text).marks)):
        cell.value = read_number(cell.text).value  # 'X', '-': a placeholder is not a broken number
        return
    readings: list[str] = []
    rereadings = iter(reread(cell) if reread else ())
    for reading in rereadings:  # stops at the first that fits: the rest are never read
        readings.append(reading)
        value = _fits(reading, col)
        if value is not None:
            if confirm_digits and col.kind == "score":
                reading, value = _confirmed(reading, value, cell.text, rereadings, col)
            if check is not None and col.kind == "score" and (checked := _checked(reading, check(cell), col)):
                reading, value = checked, _fits(checked, col)
            cell.alt_text = cell.text or None
            cell.text, cell.value = reading, value
            return
    digits = [re.sub(r"\D", "", t) for t in [cell.text, *readings] if t and not re.search(r"[.,]\d", t)]
    digits = [d for d in dict.fromkeys(digits) if d]
    if col.kind == "score" and col.decimals:
        for d in digits:
            cut = separator(cell, len(d)) if separator else None
            restored = _restore(d, col)
            # outside the range the column's other cells keep, a value stays doubtful even with its comma seen:
            # its digits may be misread ('195' for 7,95)
            if restored is not None and _in_range(restored, col) and cut == len(d) - col.decimals:
                cell.alt_text = cell.text or None
                cell.text, cell.value = _printed(d, col.decimals, sample), restored
                return
        for d in digits:
            restored = _restore(d, col)
            if restored is not None:
                cell.value = restored
                cell.ocr_doubt = (f"read {cell.text or d!r}: no decimal separator seen; value restored from the "
                                  f"column's format ({col.decimals} decimals)")
                return
    shown = cell.text or (readings[0] if readings else "")
    cell.value = None
    what = "rank" if col.kind in ("rank", "ordinal") else f"{col.decimals}-decimal value"
    bounds = f" in {col.low:g}..{col.high:g}" if col.low is not None and col.high is not None else ""
    cell.ocr_doubt = (f"read {shown!r}, which does not fit the column ({what}{bounds}): unreadable, no value kept"
                      if shown else "inked cell read as nothing: unreadable, no value kept")


def type_table(table: Table, reread: Reread | None = None, separator: Separator | None = None,
               missing: Callable[[int, int], Cell | None] | None = None,
               reread_wide: Reread | None = None, confirm_digits: bool = False,
               unsettled: Callable[[Cell], list[str] | None] | None = None,
               check: Reread | None = None) -> list[ColumnType]:
    """Type the table's columns and settle its body cells; `missing(row, col)` makes a cell for a grid cell
    the page reading left empty (scans): an inked one is read again (a rank read as nothing), a blank one
    comes with its `ocr_doubt` set and keeps no value, so a check that needs it cannot pass or fail on it.
    `reread_wide` gives the last readings tried on a rank out of its column's order (`_ranks_in_order`);
    `unsettled(cell)` the second opinion's readings of a cell they left unsettled (`settle_cell`), or None;
    `check(cell)` two more readings of a score cell that fits its column (`_checked`). With pixels (`reread`),
    a row that does not add up to its total takes the one reading of its cells' own that makes it (`sums.py`)."""
    grid = rows_of(table)
    texts = [[c.text if c is not None else "" for c in row] for row in grid]
    start = body_start(texts)
    labels = _labels(grid, start, table)
    groups = [set(range(c.col, c.col + c.col_span)) for row in grid[:start] for c in row
              if c is not None and c.col_span > 1] + _numbered_labels(labels)
    columns = infer_columns(texts[start:], labels, groups)
    for c, col in enumerate(columns):
        sample = next((t[c] for t in texts[start:] if c < len(t) and re.search(r"[.,]\d", t[c])), ",")
        for r in range(start, len(grid)):
            cell = grid[r][c] if c < len(grid[r]) else None
            if cell is not None and (cell.col_span > 1 or cell.col != c):
                continue
            if cell is None:
                if col.kind not in ("rank", "score") or missing is None or not _row_has_values(texts[r]):
                    continue
                cell = missing(r, c)
                if cell is None:
                    continue
                table.cells.append(cell)
                if cell.ocr_doubt:  # a blank crop: nothing to read, and no value is made up for it
                    cell.kind = col.kind
                    continue
            settle_cell(cell, col, reread, separator, sample, confirm_digits,
                        unsettled(cell) if unsettled is not None else None, check)
    if reread is not None:
        from parscan.pipeline.tables.sums import settle_by_row_sums

        settle_by_row_sums(rows_of(table)[start:], columns,  # with the cells `missing` made
                           lambda cell: chain(reread(cell), check(cell) if check is not None else ()))
        _ranks_against_scores(grid, start, columns, reread)
        _ranks_in_order(rows_of(table), start, columns, reread, reread_wide)  # with the cells `missing` made
        for c, col in enumerate(columns):
            if col.kind == "text":
                _snap_to_vocabulary([row[c] for row in grid[start:] if c < len(row) and row[c] is not None
                                     and row[c].col == c and row[c].col_span == 1])
    table.cells.sort(key=lambda c: (c.row, c.col))
    table.column_kinds = [col.kind for col in columns]
    return columns


def continued_columns(previous: Table, more: list[list[str]]) -> list[ColumnType]:
    """The columns of `previous` as its own rows type them (kinds, formats), for a table that continues it on
    the next page with the rows `more` (their texts): a score column's range is that of the values printed in
    its format on both (`_format_range`: the continuation of a ranked table holds its lowest scores), a rank
    or ordinal column's range carried on over the continuation's rows.

    Why from the previous table's rows: a continuation's few rows (nine on a light page 2, most of them noise)
    typed alone made its ranks and scores counts ('597' for 5,97 kept as 597, a rank '2' for 29 never
    checked), and its column kinds then kept it from being joined at all.
    """
    grid = rows_of(previous)
    texts = [[c.text if c is not None else "" for c in row] for row in grid]
    start = body_start(texts)
    labels = _labels(grid, start, previous)
    groups = [set(range(c.col, c.col + c.col_span)) for row in grid[:start] for c in row
              if c is not None and c.col_span > 1] + _numbered_labels(labels)
    columns = infer_columns(texts[start:], labels, groups)
    for c, col in enumerate(columns):
        if col.kind == "score" and col.decimals:
            kept = [read_number(t[c]).value for t in texts[start:] + more
                    if c < len(t) and _decimals(t[c]) == col.decimals and read_number(t[c]).value is not None]
            if kept:
                col.low, col.high = _format_range(kept)
        elif col.kind in ("rank", "ordinal") and col.high is not None:
            col.high = col.high + len(more)  # not raised at the bottom: a group ranked again from 1 continues
    return columns


def _same_kind(a: str | None, b: str) -> bool:
    """Kinds a continuation's cell settled on its page keeps: the column's, or rank and ordinal (the header
    alone tells them apart, and a repeated header read either way changes no value)."""
    return a == b or {a, b} <= {"rank", "ordinal"}


def _within(value: float, col: ColumnType) -> bool:
    """A value a cell keeps that its column's range allows (a score's with its margin, `_in_range`)."""
    if col.kind == "score" and col.decimals:
        return _in_range(value, col)
    if col.kind in ("rank", "ordinal"):
        return col.low <= value <= col.high
    return True


def settle_continuation(table: Table, first_row: int, columns: list[ColumnType]) -> None:
    """Settle the cells of `table` from `first_row` on (a continuation joined to it) against `columns`
    (`continued_columns`), as the table's own cells were: a cell that breaks its column tries its other
    reading (`alt_text`), then the column's format with `ocr_doubt`, else keeps no value. No pixels here
    (the join is made once every page is read), so no new reading: a cell its page settled against a column of
    the same kind, within this column's range, is kept as settled there (with its pixels' re-readings: '51'
    given 5,33 from a re-reading '533'), a blank cell keeps its doubt, a class read through a blot takes
    the word of the whole column one letter away (`_snap_to_vocabulary`), and a rank out of the whole column's
    order keeps its reading with `ocr_doubt` unless its other reading fits there (`_ranks_in_order`). A sure
    score of a light page in a row that does not add up is checked against its light readings
    (`light.check_continued_scores`).
    """
    grid = rows_of(table)
    texts = [[c.text if c is not None else "" for c in row] for row in grid]
    for c, col in enumerate(columns):
        sample = next((t[c] for t in texts[:first_row] if c < len(t) and re.search(r"[.,]\d", t[c])), ",")
        mine = []
        for row in grid[first_row:]:
            cell = row[c] if c < len(row) else None
            if cell is None or cell.col != c or cell.col_span > 1:
                continue
            mine.append(cell)
            if not cell.text.strip() and not cell._rereadings:  # a blank crop made for a row of values: its
                cell.kind = col.kind  # doubt stands, no value
            elif not (_same_kind(cell.kind, col.kind) and (cell.value is None or _within(cell.value, col))):
                readings = [cell.alt_text] if cell.alt_text and cell.alt_text != cell.text else []
                if col.kind != "rank":  # a rank's page readings must also keep the column's order: `_ranks_in_order`
                    readings += cell._rereadings
                cell.value, cell.ocr_doubt = None, None
                settle_cell(cell, col, reread=lambda _cell, r=readings: r, sample=sample)
            # else settled on its page against a column of this kind, with its pixels' re-readings
            if col.kind == "score" and col.decimals and (cell.value is None or cell.ocr_doubt):
                _light_vote(cell, col)
        if col.kind == "text" and mine:
            _snap_to_vocabulary([row[c] for row in grid if c < len(row) and row[c] is not None
                                 and row[c].col == c and row[c].col_span == 1], only=mine)
        if col.kind == "rank" and mine:  # a continued rank out of the table's order ('2' between 21 and 24)
            _ranks_in_order(grid, 0, columns, lambda cell: ([cell.alt_text] if cell.alt_text else [])
                            + cell._rereadings + cell._light_readings, None, only=mine, unread=True)
    from parscan.pipeline.tables.light import check_continued_scores

    check_continued_scores(grid, first_row, columns)


def settle_retyped_continuation(table: Table, first_row: int, columns: list[ColumnType]) -> None:
    """A continuation typed again with its table (`type_table` without pixels: the join of one printed without
    the header) whose page kept readings of its cells (`Cell._rereadings`, `Cell._light_readings`: a light
    page): a score cell of those left with no value tries its page re-readings as `settle_continuation` does,
    then, as one with a value restored from the format, the vote of its light readings (`_light_vote`); a rank,
    the readings that keep the column's order (`_ranks_in_order`); a sure score in a row that does not add up,
    its light readings (`light.check_continued_scores`). Cells that kept no readings (every cell of a sharp
    page) are left as typed.

    Why: the light page 2 of the h-rules two-page copies joins this way, not through `settle_continuation`,
    and kept its cells' readings for nothing ('6.58', '5.95' among them, the cells left with no value).
    """
    grid = rows_of(table)
    texts = [[c.text if c is not None else "" for c in row] for row in grid]
    for c, col in enumerate(columns):
        sample = next((t[c] for t in texts[:first_row] if c < len(t) and re.search(r"[.,]\d", t[c])), ",")
        mine = [row[c] for row in grid[first_row:] if c < len(row) and row[c] is not None and row[c].col == c
                and row[c].col_span == 1 and (row[c]._rereadings or row[c]._light_readings)]
        if col.kind == "score" and col.decimals:
            for cell in mine:
                if cell.value is not None and not cell.ocr_doubt:
                    continue
                if cell._rereadings and cell.value is None:  # not a value restored from the format: the
                    readings = ([cell.alt_text] if cell.alt_text and cell.alt_text != cell.text else []) \
                        + cell._rereadings  # first re-reading that fits broke four of them ('747' read '7,42')
                    cell.ocr_doubt = None
                    settle_cell(cell, col, reread=lambda _cell, r=readings: r, sample=sample)
                if cell.value is None or cell.ocr_doubt:
                    _light_vote(cell, col)
        elif col.kind == "rank" and mine:
            _ranks_in_order(grid, 0, columns, lambda cell: ([cell.alt_text] if cell.alt_text else [])
                            + cell._rereadings + cell._light_readings, None, only=mine, unread=True)
    from parscan.pipeline.tables.light import check_continued_scores

    check_continued_scores(grid, first_row, columns)


LIGHT_VOTES = 2  # readings of a light page's cell that must agree on a value (`_light_vote`)
LIGHT_DIGIT_VOTES = 3  # or that must read its digits, with or without the separator
LIGHT_MARGIN = 2  # and how many more times than a value restored from the format on its page


def _light_value(reading: str, col: ColumnType) -> tuple[float, bool] | None:
    """The value a light reading gives a score column within its range proper (without the margin `_fits`
    allows), and whether it is in the column's format: a reading in the format, or of its digits alone (the
    value its format makes of them: '597' -> 5.97); None for any other."""
    value = _fits(reading, col)
    if value is not None:
        return (round(value, col.decimals), True) if col.low <= value <= col.high else None
    digits = reading.strip()
    if not (digits.isascii() and digits.isdigit()) or len(digits) <= col.decimals:
        return None
    value = round(float(f"{digits[:-col.decimals]}.{digits[-col.decimals:]}"), col.decimals)
    return (value, False) if col.low <= value <= col.high else None


def _light_votes(cell: Cell, col: ColumnType) -> tuple[Counter, Counter, dict[float, str]]:
    """A light page's cell's readings (`Cell._light_readings`) counted by the value they give (`_light_value`):
    those in the column's format, those in its format or of its digits alone, and each value's first reading
    in the format."""
    formatted: Counter = Counter()
    digits: Counter = Counter()
    first: dict[float, str] = {}
    for reading in cell._light_readings:
        found = _light_value(reading, col)
        if found is None:
            continue
        value, in_format = found
        digits[value] += 1
        if in_format:
            formatted[value] += 1
            first.setdefault(value, reading)
    return formatted, digits, first


def _plurality(votes: Counter, least: int) -> float | None:
    """The value read `least` times or more and strictly more often than any other, else None."""
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < least or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _light_vote(cell: Cell, col: ColumnType) -> None:
    """A continuation's score cell left without a sure value (none, or one restored from the format) takes the
    value that LIGHT_VOTES or more of its light page's readings (`Cell._light_readings`) give in the column's
    format and within its range (without the margin `_fits` allows), when no other value has as many; the
    cell's reading stays in `alt_text`. Else it is left as it was: one reading alone, or two against two, says
    nothing (each of those readings alone misreads one score cell in five on the light pages; two that agree,
    one in twenty-five, see `reread.light_rereadings`). Within the margin, two readings gave '3,92' for a
    printed 5,92 under a column of 5.15..7.46: the range proper left it its doubt.

    Failing that, readings of its digits alone count too ('597' four times, '5.97' once, for a cell read '397'):
    a value read LIGHT_DIGIT_VOTES times or more, strictly more than any other, is taken from its reading in the
    format when one has it, else from the column's format with the `ocr_doubt` kept ('722' three times for a
    7,22 restored as 7.48 from its re-reading '748'). Against a value its page restored from the format, the
    cell's own reading counts as one more vote for it, and the winner needs LIGHT_MARGIN more: '707' read four
    times replaced a right 7,77 restored from its own reading '777'."""
    formatted, digits, first = _light_votes(cell, col)
    value = _plurality(formatted, LIGHT_VOTES)
    if value is None:
        value = _plurality(digits, LIGHT_DIGIT_VOTES)
        if value is None:
            return
        restored = round(cell.value, col.decimals) if cell.value is not None else None
        if restored is not None and (restored == value or digits[value] < digits[restored] + 1 + LIGHT_MARGIN):
            return  # restored from the format on its page: its own reading votes for that value too
        if value not in first:  # its digits only: the separator is the column's, and the doubt stays
            cell.value = value
            cell.ocr_doubt = (f"read {cell.text!r}; its digits read {digits[value]} times without a separator by "
                              f"the light page's readings: value restored from the column's format "
                              f"({col.decimals} decimals)")
            return
    cell.alt_text = cell.text or cell.alt_text
    cell.text, cell.value, cell.ocr_doubt = first[value], value, None


CLASSES = ("Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu", "Kém")  # the PAR Index's classes ('Xếp loại'), NFC


def _snap_to_vocabulary(cells: list[Cell], only: list[Cell] | None = None) -> None:
    """A text column of a few words repeated (the class: 'Tốt', 'Khá', 'Trung bình'): a cell one letter away
    from exactly one of them, and two or more from the others, was read through a blot ('Tôi', 'Tất' for
    'Tốt'); it takes that word and keeps its reading in `alt_text`. A cell that reads as another word of
    the column is never touched (a printed class is checked, not corrected). `only`: the cells that may be
    changed (a continuation's, `settle_continuation`), the words being those of the whole column.

    Marks at a cell's edges are left out of the comparison ('- Trang bình' is one letter from 'Trung bình').
    In a column of the index's classes (`CLASSES`, half its cells or more) the words are those classes only:
    one blot read alike in six cells ('Tất' for 'Tốt' on a tuned 200-dpi `bad` borderless page) was a word of
    the column by its count and kept every one of them.
    """
    from rapidfuzz.distance import Levenshtein

    from parscan.normalizers.names import fold

    counts = Counter(c.text.strip() for c in cells if c.text.strip())
    words = [w for w, n in counts.items() if n >= 3]
    classes = [w for w in CLASSES if counts[w]]
    if classes and sum(counts[w] for w in classes) >= 0.5 * sum(counts.values()):
        words = classes  # a column of the index's classes: a misreading repeated ('Tất' six times) is none of them
    elif not words or len(words) > 6 or sum(counts[w] for w in words) < 0.6 * sum(counts.values()):
        return
    for cell in cells if only is None else only:
        if not cell.text.strip() or cell.text.strip() in words:
            continue
        text = re.sub(r"^\W+|\W+$", "", cell.text)  # marks at the edges ('- Trang bình', 'Tốt.') are no letters
        near = [w for w in words if Levenshtein.distance(fold(text), fold(w)) <= 1 and Levenshtein.distance(text, w) <= 2]
        if len(near) == 1 and all(Levenshtein.distance(fold(text), fold(w)) >= 2 for w in words if w != near[0]):
            cell.alt_text, cell.text = cell.text, near[0]


def _ranks_against_scores(grid: list[list[Cell | None]], start: int, columns: list[ColumnType],
                          reread: Reread) -> None:
    """A rank read in range that contradicts its neighbours' (a higher total ranked lower, a tie in rank
    between two different totals: '19' read '18' under an 18) is read again; a reading that fits the column
    and agrees with both neighbours replaces it (the first stays in `alt_text`), else it stands as read.

    The order comes from the score column the ranks follow best (the total); nothing is computed from it:
    only a reading of the cell's own pixels can replace the value.
    """
    rank_col = next((c for c, col in enumerate(columns) if col.kind == "rank"), None)
    if rank_col is None:
        return
    body = [row for row in grid[start:] if rank_col < len(row) and row[rank_col] is not None
            and row[rank_col].kind == "rank"]

    def value(row: list[Cell | None], c: int) -> float | None:
        cell = row[c] if c < len(row) else None
        return cell.value if cell is not None and cell.kind in ("rank", "score") else None

    def agree(r_a: float, s_a: float, r_b: float, s_b: float) -> bool:
        return (r_a > r_b) == (s_a < s_b) and (r_a == r_b) == (s_a == s_b)

    best, score_col = 0.0, None
    for c, col in enumerate(columns):
        pairs = [(value(a, rank_col), value(a, c), value(b, rank_col), value(b, c)) for a, b in zip(body, body[1:])]
        pairs = [p for p in pairs if None not in p]
        share = sum(agree(*p) for p in pairs) / len(pairs) if col.kind == "score" and pairs else 0.0
        if share > best:
            best, score_col = share, c
    if score_col is None or best < 0.8:
        return
    col = columns[rank_col]
    for k, row in enumerate(body):
        cell, score = row[rank_col], value(row, score_col)
        neighbours = [(value(n, rank_col), value(n, score_col)) for n in (body[k - 1] if k else None,
                      body[k + 1] if k + 1 < len(body) else None) if n is not None]
        neighbours = [(r, s) for r, s in neighbours if r is not None and s is not None]
        if cell.value is None or score is None or all(agree(cell.value, score, r, s) for r, s in neighbours):
            continue
        for reading in reread(cell):
            fitted = _fits(reading, col)
            if fitted is not None and all(agree(fitted, score, r, s) for r, s in neighbours):
                cell.alt_text, cell.text, cell.value = cell.text, reading, fitted
                break


def _in_order(values: list[float]) -> list[bool]:
    """Which of a rank column's values (row order, ties allowed) keep to its order: the longest run that never
    goes down (the earliest such run when there are several); a value 1 that starts a new count (followed by
    1 or 2, after a rank above 2) begins a run of its own (`_distinct_per_group`)."""
    starts = [0] + [k for k in range(1, len(values)) if values[k] == 1 and values[k - 1] > 2
                    and (k + 1 == len(values) or values[k + 1] <= 2)]
    kept = [False] * len(values)
    for a, b in zip(starts, starts[1:] + [len(values)]):
        run = values[a:b]
        best = [1] * len(run)
        back = [-1] * len(run)
        for j in range(len(run)):
            for i in range(j):
                if run[i] <= run[j] and best[i] + 1 > best[j]:
                    best[j], back[j] = best[i] + 1, i
        j = max(range(len(run)), key=lambda k: (best[k], -k)) if run else -1
        while j >= 0:
            kept[a + j] = True
            j = back[j]
    return kept


def _ranks_in_order(grid: list[list[Cell | None]], start: int, columns: list[ColumnType], reread: Reread,
                    reread_wide: Reread | None, only: list[Cell] | None = None, unread: bool = False) -> None:
    """In a table printed in rank order, a rank out of that order ('10, 1, 12': '11' read '1'; '21, 2, 23') or
    read as nothing is read again (`reread`, then `reread_wide` for a doubled digit whose glyphs touch); a
    reading that fits the column and lies between the ranks in order above and below it replaces it (the first
    reading stays in `alt_text`). A rank that still breaks the order keeps its reading, with `ocr_doubt`.
    With `unread`, a cell read as nothing is read again too (a continuation's, whose page readings are tried
    here first: `settle_continuation`), and one that no reading fits keeps no value; a rank read there bounds
    the ranks below it (five unread ranks between 28 and 34 each kept within 28..34 alone: the fourth could
    take '33' and leave the fifth no room).

    Printed in rank order: four pairs of ranks read in five not going down, or most ranks at their row's place
    (`_at_their_place`: misreadings that break one pair in four, '16' for 10, '1' for 17, were kept undoubted).
    Why the order and not the digit count: a rank column has no number of digits to break, and a two-digit
    rank that loses a digit still fits it. Nothing is taken from the order but which cells to read again and
    the bounds a reading must keep: only the cell's own pixels give its value. `only`: the cells that may be
    read again and doubted (a continuation's, `settle_continuation`), the order being the whole column's.
    """
    rank_col = next((c for c, col in enumerate(columns) if col.kind == "rank"), None)
    if rank_col is None:
        return
    col = columns[rank_col]
    cells = [row[rank_col] for row in grid[start:] if rank_col < len(row) and row[rank_col] is not None
             and row[rank_col].kind == "rank" and row[rank_col].col == rank_col]
    read = [c for c in cells if c.value is not None]
    pairs = list(zip(read, read[1:]))
    ranked = {id(c) for c in cells}
    placed = [row[rank_col].value if rank_col < len(row) and id(row[rank_col]) in ranked else None
              for row in grid[start:]]
    if len(read) < 3 or (sum(1 for a, b in pairs if b.value >= a.value) < 0.8 * len(pairs)
                         and not _at_their_place(placed)):
        return  # not printed in rank order: the totals' order is `_ranks_against_scores`' to check
    kept = dict(zip(map(id, read), _in_order([c.value for c in read])))
    mine = None if only is None else {id(c) for c in only}
    for k, cell in enumerate(cells):
        if kept.get(id(cell)) or (mine is not None and id(cell) not in mine):
            continue
        above = [c.value for c in cells[:k] if kept.get(id(c))]
        below = [c.value for c in cells[k + 1:] if kept.get(id(c))]
        low, high = max(above, default=col.low), min(below, default=col.high)
        readings = reread(cell) if cell.value is not None or unread else ()  # else a cell read as nothing had these
        for reading in chain(readings, reread_wide(cell) if reread_wide else ()):  # lazily, up to a fit
            fitted = _fits(reading, col)
            if fitted is not None and low <= fitted <= high:
                cell.alt_text, cell.text, cell.value = cell.text or cell.alt_text, reading, fitted
                cell.ocr_doubt = None
                if unread:  # a run of a continuation's unread ranks: the next is read below this one
                    kept[id(cell)] = True
                break
        else:
            if cell.value is not None:
                cell.ocr_doubt = (f"rank {cell.text!r} out of the column's order (between {low:g} and {high:g}): "
                                  "read again, no reading fits; kept as read")


def _row_has_values(texts: list[str]) -> bool:
    return sum(1 for t in texts if t and read_number(t).value is not None) >= 2
