"""A total column the table's rows show to be the sum of its other score columns picks, in a row that does not
add up, the one cell whose own reading makes it add up (`tables.sums`, issue 11); it never makes a value up,
never chooses between two cells, and leaves a total that no reading makes add up as printed."""

from __future__ import annotations

from parscan.normalizers.numbers import parse_number
from parscan.pipeline.tables.columns import ColumnType
from parscan.pipeline.tables.sums import settle_by_row_sums
from parscan.schemas.records import Cell

SUB = ColumnType("score", 2, 5.0, 9.95)
TOTAL = ColumnType("score", 2, 20.0, 29.0)
COLUMNS = [ColumnType("name"), SUB, SUB, SUB, TOTAL]
ROWS = [["An Giang", "7,36", "8,10", "9,02", "24,48"], ["Bắc Ninh", "6,50", "7,25", "8,00", "21,75"],
        ["Cà Mau", "5,95", "9,10", "7,44", "22,49"], ["Đà Nẵng", "8,80", "6,61", "7,07", "22,48"]]


def _rows(changed: dict[tuple[int, int], str] | None = None) -> list[list[Cell]]:
    out = []
    for r, row in enumerate(ROWS):
        cells = []
        for c, text in enumerate(row):
            text = (changed or {}).get((r, c), text)
            value = parse_number(text) if c and text[-1].isdigit() else None
            cells.append(Cell(row=r, col=c, text=text, value=value, kind=COLUMNS[c].kind))
        out.append(cells)
    return out


def _settled(rows: list[list[Cell]], readings: dict[tuple[int, int], list[str]]) -> list[tuple[int, int]]:
    """Settle `rows` with each cell's readings; the cells read again, in order."""
    asked = []

    def read(cell: Cell):
        asked.append((cell.row, cell.col))
        yield from readings.get((cell.row, cell.col), [])

    settle_by_row_sums(rows, COLUMNS, read)
    return asked


def test_the_one_cell_whose_reading_makes_its_row_add_up_takes_it() -> None:
    rows = _rows({(0, 1): "7,30"})
    asked = _settled(rows, {(0, 1): ["7.30", "7.36", "7,38"]})
    cell = rows[0][1]
    assert (cell.text, cell.alt_text, cell.value, cell.ocr_doubt) == ("7.36", "7,30", 7.36, None)
    assert {r for r, _ in asked} == {0}  # the rows that add up are not read again


def test_a_total_misread_takes_its_reading_of_the_sum() -> None:
    rows = _rows({(1, 4): "21,15"})
    _settled(rows, {(1, 4): ["21,75"]})
    assert (rows[1][4].value, rows[1][4].alt_text) == (21.75, "21,15")


def test_two_cells_that_could_make_it_add_up_or_none_change_nothing() -> None:
    rows = _rows({(0, 1): "7,30"})
    _settled(rows, {(0, 1): ["7.36"], (0, 2): ["8.16"]})  # 8,10 read '8.16' would make it add up as well
    assert (rows[0][1].value, rows[0][2].value) == (7.30, 8.10)
    rows = _rows({(0, 4): "24,98"})  # a printed total that does not add up, no reading says otherwise: kept
    _settled(rows, {(0, 1): ["7,36"], (0, 4): ["24,98"]})
    assert [c.value for c in rows[0]][1:] == [7.36, 8.10, 9.02, 24.98]


def test_an_unread_cell_takes_only_a_reading_of_its_own_never_the_sum() -> None:
    rows = _rows({(2, 3): "7%"})
    rows[2][3].value, rows[2][3].ocr_doubt = None, "unreadable, no value kept"
    _settled(rows, {(2, 3): ["7", "7.4", "7,44"]})
    assert (rows[2][3].value, rows[2][3].text, rows[2][3].ocr_doubt) == (7.44, "7,44", None)
    rows = _rows({(2, 3): "7%"})
    rows[2][3].value, rows[2][3].ocr_doubt = None, "unreadable, no value kept"
    _settled(rows, {(2, 3): ["7", "7.4", "7,41"]})
    assert (rows[2][3].value, rows[2][3].ocr_doubt) == (None, "unreadable, no value kept")


def test_a_total_that_is_not_the_sum_of_the_others_is_left_alone() -> None:
    rows = _rows({(0, 1): "7,30"})
    for row in rows:  # an average, not a sum
        row[4].value = round(sum(c.value for c in row[1:4]) / 3, 2)
    asked = _settled(rows, {(0, 1): ["7.36"]})
    assert (rows[0][1].value, asked) == (7.30, [])
