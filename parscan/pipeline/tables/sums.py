"""A total column that the table's own rows show to be the sum of its other score columns (the PAR Index's
'Tổng điểm' over its sub-indices) points, in a row that does not add up, at the misread cell; the one cell
of the row with a reading of its own pixels that makes the row add up takes that reading.

Why: on a blurred copy a digit is confused inside a well-formed reading ('7,30' for 7,36, '9,85' for 9,95)
that no vote or check of the cell's own readings settles, yet one of its re-readings often holds the printed
digits ('7.36' from `eng` on its grey levels). Which of them is right, the cell alone cannot tell; the row's
sum can. What it may do is narrow, so that a printed total that does not add up (a fault the audit must
see) is not hidden: the relation must hold in most of the table's rows as read; only a row with at most one
cell unread or doubted is looked at; a cell is a candidate only when the value that makes the row add up
differs from its own in one digit (a doubted or unread cell: any value), and it takes a reading only when
that reading is one of its own (its other reading, its re-readings) and fits its column; exactly one cell
of the row must have one, else nothing changes. The value always comes from a reading, never from the sum:
a cell none of whose readings gives it keeps what it had (no value and its `ocr_doubt`, if so).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from parscan.pipeline.tables.columns import ColumnType, _fits
from parscan.schemas.records import Cell

Readings = Callable[[Cell], Iterable[str]]  # a cell's readings of its own pixels, made lazily
SUM_SHARE = 0.6  # of the rows read in full, how many must add up for the column to be their sum
SUM_MIN_ROWS = 3  # and at least this many


def _known(cell: Cell | None) -> float | None:
    """A cell's value when read without doubt, else None."""
    return cell.value if cell is not None and cell.value is not None and not cell.ocr_doubt else None


def _equal(a: float, b: float, decimals: int) -> bool:
    return abs(a - b) < 0.5 * 10.0 ** -decimals


def _one_digit_apart(a: float, b: float, decimals: int) -> bool:
    """Two values whose printed digits (at `decimals` places) differ in exactly one place."""
    x, y = f"{a:.{decimals}f}".replace(".", ""), f"{b:.{decimals}f}".replace(".", "")
    return len(x) == len(y) and sum(p != q for p, q in zip(x, y)) == 1


def _sum_column(rows: list[list[Cell | None]], columns: list[ColumnType]) -> tuple[int, list[int]] | None:
    """The score column that is the sum of every other score column of its format, as most rows read in full
    show (SUM_SHARE of them, SUM_MIN_ROWS at least), and those columns; None when no column is."""
    scores = [c for c, col in enumerate(columns) if col.kind == "score" and col.decimals]
    for total in scores:
        places = columns[total].decimals
        parts = [c for c in scores if c != total and columns[c].decimals == places]
        if len(parts) < 2:
            continue
        full = [[_known(row[c]) if c < len(row) else None for c in [total, *parts]] for row in rows]
        full = [v for v in full if None not in v]
        adding = sum(1 for v in full if _equal(v[0], sum(v[1:]), places))
        if adding >= SUM_MIN_ROWS and adding >= SUM_SHARE * len(full):
            return total, parts
    return None


def settle_by_row_sums(rows: list[list[Cell | None]], columns: list[ColumnType], readings: Readings) -> None:
    """In a table whose total column is the sum of its other score columns (`_sum_column`), each row that does
    not add up, or has one cell unread or doubted, gives that cell, or its one cell one digit away from adding
    up, the reading of its own that makes it add up (see the module's doc); the reading it had stays in
    `alt_text`."""
    found = _sum_column(rows, columns)
    if found is None:
        return
    total, parts = found
    places = columns[total].decimals
    for row in rows:
        cells = {c: row[c] if c < len(row) and row[c] is not None and row[c].col == c else None
                 for c in [total, *parts]}
        if any(cell is None for cell in cells.values()):
            continue
        values = {c: _known(cell) for c, cell in cells.items()}
        unknown = [c for c, v in values.items() if v is None]
        if len(unknown) > 1:
            continue
        if unknown:
            c = unknown[0]
            rest = sum(values[p] for p in parts if p != c)
            targets = [(c, rest if c == total else values[total] - rest)]
        else:
            added = sum(values[p] for p in parts)
            if _equal(values[total], added, places):
                continue
            targets = [(p, values[p] + values[total] - added) for p in parts] + [(total, added)]
            targets = [(c, v) for c, v in targets if v > 0 and _one_digit_apart(values[c], v, places)]
        taken = []
        for c, target in targets:
            cell, col = cells[c], columns[c]
            reading = next((r for r in _own_readings(cell, readings)
                            if (v := _fits(r, col, decade=True)) is not None and _equal(v, target, places)), None)
            if reading is not None:
                taken.append((cell, reading, _fits(reading, col, decade=True)))
        if len(taken) == 1:
            cell, reading, value = taken[0]
            cell.alt_text, cell.text, cell.value, cell.ocr_doubt = cell.text or cell.alt_text, reading, value, None


def _own_readings(cell: Cell, readings: Readings) -> Iterable[str]:
    if cell.alt_text:
        yield cell.alt_text
    yield from readings(cell)
