"""A blurred copy's score cell that fits its column is checked by two more readings (`columns._checked`,
issue 11): two of its three readings reading the same other digit replace it; one alone, or a digit `eng` is
known to misread without a third reading of another model, never does; the second reading is made only when the
first reads another number of the cell's length, and none after one that gives the cell's own digits."""

from __future__ import annotations

from collections.abc import Iterator

from parscan.pipeline.tables.columns import ColumnType, settle_cell
from parscan.schemas.records import Cell

SCORES = ColumnType("score", 2, 5.0, 9.95)


def _settled(text: str, readings: list[str]) -> tuple[Cell, int]:
    """The cell settled against a sub-index column with `readings` as its check, and how many were made."""
    made = []

    def check(_cell: Cell) -> Iterator[str]:
        for reading in readings:
            made.append(reading)
            yield reading

    cell = Cell(row=3, col=2, text=text)
    settle_cell(cell, SCORES, reread=lambda _cell: [], check=check)
    return cell, len(made)


def test_two_readings_of_the_same_other_digit_replace_a_well_formed_reading() -> None:
    cell, made = _settled("7,09", ["769", "7.69"])
    assert (cell.value, cell.text, cell.alt_text, cell.ocr_doubt) == (7.69, "7.69", "7,09", None)
    assert made == 2


def test_a_reading_that_agrees_costs_one_call_and_one_alone_or_a_split_changes_nothing() -> None:
    assert _settled("7,09", ["7,09", "7,69"]) == (Cell(row=3, col=2, text="7,09", kind="score", value=7.09), 1)
    assert _settled("7,09", ["7,69", "7,09"])[0].value == 7.09
    assert _settled("7,09", ["7,69", "7,89"])[0].value == 7.09
    assert _settled("7,09", ["7,69"])[0].value == 7.09
    assert _settled("7,09", ["17,69", "17,69"])[0].value == 7.09  # not one digit from the cell's own


def test_a_digit_eng_misreads_needs_the_third_reading_and_the_column_must_fit() -> None:
    assert _settled("8,29", ["6,29", "6.29", "8,29"])[0].value == 8.29  # 8 read 6 by `eng` only
    cell, made = _settled("8,29", ["6,29", "6.29", "6,29"])
    assert (cell.value, made) == (6.29, 3)
    assert _settled("5,09", ["1,09", "1.09"])[0].value == 5.09  # 1,09 is outside the column's range


def test_a_re_reading_that_fits_is_checked_as_well() -> None:
    """A cell whose word reading broke its column ('LỄ Tả') takes its first re-reading that fits ('7,09'); the
    check's two readings of another digit ('7,69') replace that one too."""
    cell = Cell(row=3, col=2, text="LỄ Tả")
    settle_cell(cell, SCORES, reread=lambda _cell: ["7,09"], check=lambda _cell: iter(["7,69", "7.69"]))
    assert (cell.value, cell.text, cell.alt_text) == (7.69, "7,69", "LỄ Tả")
    kept = Cell(row=3, col=2, text="LỄ Tả")
    settle_cell(kept, SCORES, reread=lambda _cell: ["7,09"], check=lambda _cell: iter(["7,69", "7,89"]))
    assert (kept.value, kept.text) == (7.09, "7,09")


def test_two_of_three_readings_replace_it_when_the_first_read_another_number() -> None:
    """`eng` on the ink read a third number ('7,20' for 7,60 read '7,00'): both grey readings agreeing replace
    the cell's; `eng` on the grey levels read nothing: the ink's and `vie`'s agreeing do."""
    cell, made = _settled("7,00", ["7,20", "7.60", "7.60"])
    assert (cell.value, cell.text, cell.alt_text, made) == (7.6, "7.60", "7,00", 3)
    cell, made = _settled("7,01", ["7,03", "", "7.03"])
    assert (cell.value, cell.text, made) == (7.03, "7,03", 3)


def test_no_number_on_the_ink_or_the_cell_s_own_digits_read_again_stop_the_check() -> None:
    assert _settled("7,62", ["", "782", "7,82"]) == (Cell(row=3, col=2, text="7,62", kind="score", value=7.62), 1)
    assert _settled("7,62", ["7,6", "782", "7,82"])[1] == 1  # a digit short: no number of the cell's length
    cell, made = _settled("7,42", ["7,47", "742", "7.47"])
    assert (cell.value, made) == (7.42, 2)
    assert _settled("7,42", ["7,47", "7,17", "7,57"])[0].value == 7.42  # three readings, no two alike
