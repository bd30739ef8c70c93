"""A light continued page's scores at the join (issue 11): a cell left without a sure value takes the value its
light readings give three times with or without the separator."""

from __future__ import annotations

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
