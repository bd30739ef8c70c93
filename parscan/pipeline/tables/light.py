"""A light page's scores read with confidence, checked at the join against the light readings of their own crop.

Why: on the light page 2 of a two-page `bad` copy a score read in its column's format and range ('5,54' for
5,94, '6,73' for 6,23, '5,00' for 5,80) was settled on its page and never put to the join's vote, which only
took the cells left without a sure value (`columns._light_vote`); most of the one-digit confusions left on
the tuned `bad` pages were such cells. Their light readings (`reread.light_rereadings`) read the printed
digits several times in most of them ('6,23' six times against one '6,73'). But reading every sure score of a
light page 2 ten more times costs about 1,600 readings (its page costs about 4,000), and a right cell can draw
a clear vote for a wrong digit (on the eight 250-dpi two-page `bad` copies of the benchmark, 8 right scores
against 68 wrong ones set right: 7,64 read '768' six times): so a row whose total is the sum of its sub-indices (`sums._sum_column`) and adds up as read is left
alone (its cells agree with each other), and only the cells of the other rows are read, each until no other
value can outvote its own. The value taken always comes from a reading of the cell's own pixels in the
column's format; readings that disagree without a clear vote leave the cell as read with an `ocr_doubt`,
so that the audit does not accuse on it.
"""

from __future__ import annotations

from collections import Counter

from parscan.pipeline.tables.columns import LIGHT_VOTES, ColumnType, _light_value
from parscan.pipeline.tables.sums import _equal, _known, _one_digit_apart, _sum_column
from parscan.schemas.records import Cell

LIGHT_READINGS = 10  # readings `reread.light_readings_of` makes of a cell
CHECK_VOTES, CHECK_MARGIN = 3, 2  # another value replaces a sure score when read this often, this much more than its own


def check_continued_scores(grid: list[list[Cell | None]], first_row: int, columns: list[ColumnType]) -> None:
    """Each sure score of the rows from `first_row` on (a continuation joined to its table) that kept its crops
    (`Cell._light_crops`: a poorly read page), in a row that does not add up to its total, or in every row of a
    table without one, checked against its light readings (`_check_score`)."""
    found = _sum_column(grid, columns)
    for row in grid[first_row:]:
        if found is not None and _adds_up(row, *found, columns[found[0]].decimals):
            continue
        for c, col in enumerate(columns):
            cell = row[c] if c < len(row) else None
            if col.kind == "score" and col.decimals and cell is not None and cell.col == c \
                    and cell._light_crops is not None and _known(cell) is not None:
                _check_score(cell, col)


def _adds_up(row: list[Cell | None], total: int, parts: list[int], places: int) -> bool:
    values = [_known(row[c]) if c < len(row) and row[c] is not None and row[c].col == c else None
              for c in [total, *parts]]
    return None not in values and _equal(values[0], sum(values[1:]), places)


def _check_score(cell: Cell, col: ColumnType) -> None:
    """A sure score takes the value one digit from its own that CHECK_VOTES or more of its light readings give
    (in the column's format and range proper, or its digits alone: `columns._light_value`), CHECK_MARGIN more
    often than its own and strictly more than any other, from such a reading in the format; the reading it had
    stays in `alt_text`. Where a value one digit from its own is read LIGHT_VOTES times or more and at least
    as often as its own, the cell keeps its reading with an `ocr_doubt`. Readings stop once no other value can
    reach that many."""
    from parscan.pipeline.tables.reread import light_readings_of

    mine = cell.value
    votes: Counter = Counter()
    first: dict[float, str] = {}
    for k, reading in enumerate(light_readings_of(*cell._light_crops), start=1):
        found = _light_value(reading, col)
        if found is not None:
            value, formatted = found
            votes[value] += 1
            if formatted:
                first.setdefault(value, reading)
        own = sum(n for v, n in votes.items() if _equal(v, mine, col.decimals))
        others = max((n for v, n in votes.items() if not _equal(v, mine, col.decimals)), default=0)
        if others + LIGHT_READINGS - k < max(LIGHT_VOTES, own):
            return  # no other value can reach its own
    near = [(n, v) for v, n in votes.items() if _one_digit_apart(mine, v, col.decimals)]
    if not near:
        return
    n, value = max(near)
    strict = all(m < n for v, m in votes.items() if v != value)
    if n >= CHECK_VOTES and n >= own + CHECK_MARGIN and strict and value in first:
        cell.alt_text, cell.text, cell.value = cell.text, first[value], value
    elif n >= LIGHT_VOTES and n >= own:
        cell.ocr_doubt = (f"read {cell.text!r}, but the light page's readings of its crop give {value:g} {n} times "
                          f"against {own}: kept as read, not sure")
