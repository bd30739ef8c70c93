"""A light continued page's scores at the join (issue 11): a cell left without a sure value takes the value its
light readings give three times with or without the separator; a sure score in a row that does not add up is
checked against its light readings, replaced on a clear vote, kept with a doubt where they disagree."""

from __future__ import annotations

import pytest

from parscan.pipeline.tables.columns import ColumnType, _light_vote, type_table
from parscan.schemas.records import Cell, Table

SUB = ColumnType(kind="score", decimals=2, low=5.0, high=9.5)


def _unsure(text: str, readings: list[str], value: float | None = None) -> Cell:
    cell = Cell(row=0, col=1, text=text, kind="score", value=value, ocr_doubt="no value kept" if value is None
                else "value restored from the column's format")
    cell._light_readings = readings
    return cell


def test_a_cell_without_a_sure_value_takes_the_digits_its_light_readings_repeat() -> None:
    """'597' four times and '5.97' once: the value of the reading in the format, without doubt. '722' three
    times and no reading with a separator: the value its format makes of them, the doubt kept and the text as
    read. Two readings ('635' twice against '6,95'), or a value under the column's range ('315' three times
    under 5.0..9.5), give nothing."""
    cell = _unsure("397", ["597", "597", "497", "597", "597", "5.97"], value=3.97)
    _light_vote(cell, SUB)
    assert (cell.value, cell.text, cell.alt_text, cell.ocr_doubt) == (5.97, "5.97", "397", None)
    cell = _unsure("kế24", ["722", "7", "722", "12", "722", "7.2"], value=7.48)
    _light_vote(cell, SUB)
    assert cell.value == 7.22 and cell.ocr_doubt and cell.text == "kế24"
    cell = _unsure("6%", ["635", "6,95", "635", "6"])
    _light_vote(cell, SUB)
    assert cell.value is None and cell.ocr_doubt
    cell = _unsure("s15", ["315", "315", "3.15", "15"])
    _light_vote(cell, SUB)
    assert cell.value is None and cell.ocr_doubt
    cell = _unsure("777", ["707", "777", "707", "7", "707"], value=7.77)
    _light_vote(cell, SUB)
    assert cell.value == 7.77 and cell.text == "777"
    cell = _unsure("947", ["687", "687", "6", "687", "687"], value=9.47)  # four against its own one: taken
    _light_vote(cell, SUB)
    assert cell.value == 6.87 and cell.ocr_doubt and cell.text == "947"


HEADER = ["Tỉnh, thành phố", "Chỉ số thành phần CS1", "Chỉ số thành phần CS2", "Chỉ số thành phần CS3", "Tổng điểm"]
ROWS = [["Phú Yên", "8,10", "7,50", "6,20"], ["Bắc Kạn", "7,90", "7,40", "6,30"], ["Ninh Bình", "7,70", "7,10", "6,90"],
        ["Hà Giang", "7,60", "7,20", "6,50"], ["Kon Tum", "7,40", "6,90", "6,60"], ["Lào Cai", "5,94", "6,80", "6,40"],
        ["Sơn La", "6,23", "6,70", "6,10"], ["Điện Biên", "6,22", "6,60", "6,30"]]
FIRST_ROW = 6  # the table's rows from here on (Lào Cai, Sơn La, Điện Biên) came from page 2


class Script:
    """The light readings of each cell's crop, by the crop's name, and the names of those read, once a reading."""

    def __init__(self) -> None:
        self.readings: dict[str, list[str]] = {}
        self.made: list[str] = []

    def __call__(self, name: str, _around: object):
        for reading in self.readings[name]:
            self.made.append(name)
            yield reading


@pytest.fixture
def read_as(monkeypatch: pytest.MonkeyPatch) -> Script:
    import parscan.pipeline.tables.reread as reread

    script = Script()
    monkeypatch.setattr(reread, "light_readings_of", script)
    return script


def _joined(printed: dict[tuple[int, int], str]) -> tuple[Table, list[ColumnType], dict[tuple[int, int], Cell]]:
    """The table as joined: header, eight rows with their totals (the sums as printed), some cells misread."""
    body = [[*row, f"{sum(float(v.replace(',', '.')) for v in row[1:]):.2f}".replace(".", ",")] for row in ROWS]
    texts = [HEADER, *body]
    cells = [Cell(row=r, col=c, text=printed.get((r, c), t)) for r, row in enumerate(texts) for c, t in enumerate(row)]
    table = Table(id="t", n_rows=len(texts), n_cols=5, cells=cells)
    columns = type_table(table)
    by_pos = {(c.row, c.col): c for c in table.cells}
    for r in range(FIRST_ROW, len(texts)):
        for c in range(1, 5):
            by_pos[r, c]._light_crops = (f"{r},{c}", None)
    return table, columns, by_pos


def test_a_sure_score_in_a_row_that_does_not_add_up_takes_the_value_its_light_readings_give(read_as: Script) -> None:
    """'5,54' for 5,94 in a row that does not add up: its light readings give 5,94 four times against once, and
    it takes the reading in the format. A row that adds up is not read at all."""
    from parscan.pipeline.tables.light import check_continued_scores

    table, columns, cell = _joined({(6, 1): "5,54"})
    assert cell[6, 1].value == 5.54 and not cell[6, 1].ocr_doubt
    read_as.readings.update({"6,1": ["5.94", "594", "5,54", "5,94", "5.94"], "6,2": ["6.80"] * 10,
                             "6,3": ["6.40"] * 10, "6,4": ["19.14"] * 10})
    check_continued_scores(_rows(table), FIRST_ROW, columns)
    assert (cell[6, 1].value, cell[6, 1].text, cell[6, 1].alt_text, cell[6, 1].ocr_doubt) == (5.94, "5.94", "5,54", None)
    assert read_as.made and not any(name.startswith(("7,", "8,")) for name in read_as.made)  # rows adding up: unread


def test_readings_that_disagree_leave_the_cell_as_read_with_a_doubt_and_no_value_is_made_up(read_as: Script) -> None:
    """Two readings of 5,94 against two of the cell's own 5,54: kept as read, with `ocr_doubt`. A cell whose
    readings repeat its own is read only until no other value can outvote it, and keeps its value."""
    from parscan.pipeline.tables.light import check_continued_scores

    table, columns, cell = _joined({(6, 1): "5,54"})
    read_as.readings.update({"6,1": ["5.94", "5,54", "5.54", "5,94", "6.54", "", "", "", "", ""],
                             "6,2": ["6.80"] * 10, "6,3": ["6.40"] * 10, "6,4": ["19.14"] * 10})
    check_continued_scores(_rows(table), FIRST_ROW, columns)
    assert (cell[6, 1].value, cell[6, 1].text, cell[6, 1].alt_text) == (5.54, "5,54", None)
    assert cell[6, 1].ocr_doubt and "5.94" in cell[6, 1].ocr_doubt
    assert not cell[6, 2].ocr_doubt and read_as.made.count("6,2") < 10


def _rows(table: Table) -> list[list[Cell | None]]:
    from parscan.pipeline.tables.columns import rows_of

    return rows_of(table)
