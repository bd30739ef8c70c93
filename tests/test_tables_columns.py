"""Columns have types (issue 11): kinds from the header and the cells, cells that break their column
re-read or restored only with `ocr_doubt`, the rank read wherever it stands, no value invented."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from parscan.normalizers.numbers import read_number
from parscan.pipeline.tables.columns import type_table
from parscan.pipeline.tables.reread import reread_digits, separator_cut
from parscan.schemas.records import Cell, Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SUBS = [["8,32", "7,98", "9,10"], ["8,01", "8,52", "6,75"], ["7,40", "7,07", "8,88"], ["6,90", "7,15", "7,70"],
        ["6,12", "6,45", "7,05"], ["5,98", "6,02", "6,11"]]


def _table(rows: list[list[str]], header: list[str]) -> Table:
    cells = [Cell(row=0, col=c, text=t) for c, t in enumerate(header)]
    cells += [Cell(row=r + 1, col=c, text=t) for r, row in enumerate(rows) for c, t in enumerate(row) if t]
    return Table(id="t", cells=cells, n_rows=len(rows) + 1, n_cols=len(header))


def _wide(sub_override: dict[tuple[int, int], str] | None = None, rank_override: dict[int, str] | None = None,
          n: int = 6) -> Table:
    rows = []
    for r in range(n):
        subs = list(SUBS[r % len(SUBS)])
        for (rr, c), text in (sub_override or {}).items():
            if rr == r:
                subs[c] = text
        total = f"{80 - r * 1.5:.2f}".replace(".", ",")
        rank = (rank_override or {}).get(r, str(r + 1))
        rows.append([f"Tỉnh {chr(65 + r)}x", *subs, total, rank, "Khá"])
    return _table(rows, ["Tỉnh, thành phố", "CS1", "CS2", "CS3", "Tổng điểm", "Xếp hạng", "Xếp loại"])


def _cell(table: Table, row: int, col: int) -> Cell:
    return next(c for c in table.cells if c.row == row and c.col == col)


def test_rank_at_the_right_after_the_total_is_the_rank() -> None:
    table = _wide()
    type_table(table)
    assert table.column_kinds == ["name", "score", "score", "score", "score", "rank", "text"]
    assert [_cell(table, r, 5).value for r in range(1, 7)] == [1, 2, 3, 4, 5, 6]
    assert _cell(table, 2, 2).value == 8.52 and _cell(table, 2, 2).kind == "score"


def test_rank_column_without_a_header_is_found_by_its_behaviour() -> None:
    table = _wide()
    for cell in table.cells:
        if cell.row == 0 and cell.col == 5:
            cell.text = "Ghi số"  # no rank label: the cells alone make it the rank
    type_table(table)
    assert table.column_kinds[5] == "rank"


def test_a_rank_that_starts_again_for_each_group_is_the_rank() -> None:
    """A province ranks its 15 departments and then its 12 districts in one table: 15 distinct ranks in 27 rows,
    yet each group's ranks are 1..n in order."""
    rows = [[f"Đơn vị {i}", f"{95 - i * 0.5:.2f}".replace(".", ","), str(i)] for i in range(1, 16)]
    rows += [[f"Huyện {i}", f"{93 - i * 0.5:.2f}".replace(".", ","), str(i)] for i in range(1, 13)]
    table = _table(rows, ["Cơ quan, đơn vị", "Chỉ số", "Ghi số"])  # no rank label: the cells must show it
    type_table(table)
    assert table.column_kinds[2] == "rank"


def test_integers_out_of_order_are_not_a_rank() -> None:
    table = _wide(rank_override={0: "4", 1: "1", 2: "6", 3: "2", 4: "5", 5: "3"})
    for cell in table.cells:
        if cell.row == 0 and cell.col == 5:
            cell.text = "Số phiếu"
    type_table(table)
    assert table.column_kinds[5] == "count"


def test_lost_decimal_comma_restored_only_with_ocr_doubt_and_the_reading_kept() -> None:
    table = _wide({(1, 1): "852"})
    asked: list[str] = []

    def reread(cell: Cell) -> list[str]:
        asked.append(cell.text)
        return ["852"]  # the crop read again still shows no separator

    type_table(table, reread=reread, separator=lambda cell, n: None)
    cell = _cell(table, 2, 2)
    assert asked == ["852"]
    assert cell.value == 8.52 and cell.text == "852"
    assert cell.ocr_doubt and "restored" in cell.ocr_doubt and "2 decimals" in cell.ocr_doubt


def test_separator_seen_in_the_pixels_is_printed_and_no_doubt() -> None:
    table = _wide({(1, 1): "852"})
    type_table(table, reread=lambda cell: ["852"], separator=lambda cell, n: 1)
    cell = _cell(table, 2, 2)
    assert (cell.text, cell.alt_text, cell.value, cell.ocr_doubt) == ("8,52", "852", 8.52, None)


def test_lost_comma_below_the_range_read_with_commas_takes_the_columns_format() -> None:
    """A low value whose comma was lost ('325' for 3,25 where the cells read with a comma span 6.02..7.98):
    the column's format (one digit before two decimals) gives 3.25, with `ocr_doubt` even where the pixels
    show the comma (outside the range, its digits may be misread: '195' for 7,95); digits the format cannot
    hold ('1325') keep no value."""
    table = _wide({(1, 1): "325", (2, 1): "1325"})
    type_table(table, reread=lambda cell: [cell.text], separator=lambda cell, n: None)
    low, wide = _cell(table, 2, 2), _cell(table, 3, 2)
    assert (low.value, low.text) == (3.25, "325") and low.ocr_doubt and "restored" in low.ocr_doubt
    assert wide.value is None and wide.ocr_doubt and "does not fit" in wide.ocr_doubt
    seen = _wide({(1, 1): "325"})
    type_table(seen, reread=lambda cell: [cell.text], separator=lambda cell, n: 1)
    cell = _cell(seen, 2, 2)
    assert (cell.text, cell.value) == ("325", 3.25) and cell.ocr_doubt and "restored" in cell.ocr_doubt


def test_a_rereading_that_fits_the_column_replaces_the_misreading() -> None:
    table = _wide({(0, 2): "9,995"})
    type_table(table, reread=lambda cell: ["9,95"], separator=lambda cell, n: None)
    cell = _cell(table, 1, 3)
    assert (cell.text, cell.alt_text, cell.value, cell.ocr_doubt) == ("9,95", "9,995", 9.95, None)


def test_a_digit_added_does_not_stretch_the_columns_range_and_is_read_again() -> None:
    """'71,75' for 7,75 among one-digit sub-indices: the column's range is that of the values printed with its
    usual number of digits before the separator, so the reading breaks it and a re-reading that fits replaces
    it; one that never fits keeps no value. A printed 10,00 (no digit added: 1,00 and 0,00 are far from the
    column) still fits."""
    table = _wide({(0, 0): "71,75", (3, 0): "10,00"}, n=12)
    reread: list[str] = []

    def rereadings(cell: Cell) -> list[str]:
        reread.append(cell.text)
        return ["7,75"]

    type_table(table, reread=rereadings, separator=lambda cell, n: None)
    cell, edge = _cell(table, 1, 1), _cell(table, 4, 1)
    assert (cell.text, cell.alt_text, cell.value, cell.ocr_doubt) == ("7,75", "71,75", 7.75, None)
    assert (edge.text, edge.value, edge.ocr_doubt) == ("10,00", 10.0, None) and reread == ["71,75"]
    unread = _wide({(0, 0): "71,75"}, n=12)
    type_table(unread, reread=lambda cell: [cell.text], separator=lambda cell, n: None)
    assert _cell(unread, 1, 1).value is None and "does not fit" in _cell(unread, 1, 1).ocr_doubt


def test_rank_of_110_in_a_21_row_table_is_rejected() -> None:
    table = _wide(rank_override={7: "110"}, n=21)
    type_table(table, reread=lambda cell: ["110"])
    cell = _cell(table, 8, 5)
    assert table.column_kinds[5] == "rank"
    assert cell.value is None and cell.text == "110"
    assert cell.ocr_doubt and "does not fit" in cell.ocr_doubt
    assert _cell(table, 9, 5).value == 9


def test_lost_comma_sub_index_column_is_not_taken_for_the_rank() -> None:
    table = _wide({(0, 0): "592", (2, 0): "707"})
    type_table(table)
    assert table.column_kinds[1] == "score" and table.column_kinds[5] == "rank"


def test_no_value_invented_from_an_unreadable_or_blank_cell() -> None:
    blank = np.zeros((300, 600), np.uint8)
    assert reread_digits(blank, (10, 10, 300, 120)) == []
    assert separator_cut(blank, (10, 10, 300, 120), 3) is None
    table = _wide({(3, 1): "~%"})
    type_table(table, reread=lambda cell: [], separator=lambda cell, n: None)
    cell = _cell(table, 4, 2)
    assert cell.value is None and cell.ocr_doubt and "unreadable" in cell.ocr_doubt


def test_inked_rank_cell_read_as_nothing_is_read_again() -> None:
    table = _wide()
    table.cells = [c for c in table.cells if not (c.row == 3 and c.col == 5)]
    made: list[tuple[int, int]] = []

    def missing(row: int, col: int) -> Cell:
        made.append((row, col))
        return Cell(row=row, col=col, text="")

    type_table(table, reread=lambda cell: ["3"], missing=missing)
    assert made == [(3, 5)] and _cell(table, 3, 5).value == 3 and _cell(table, 3, 5).text == "3"


def test_wide_landscape_table_read_end_to_end(tmp_path: Path) -> None:
    """One landscape page, 8 provinces x 14 columns at 8 pt, rank at the right, through real Tesseract."""
    from benchmarks.table_truth import score_cells
    from parscan.extractors.rankings import extract as extract_rankings
    from parscan.extractors.table_model import interpret_tables
    from parscan.pipeline.options import ExtractOptions
    from parscan.pipeline.run import extract
    from samples.generator.render import render
    from samples.generator.wide import build_wide_table

    pdf = render(build_wide_table(5, n_units=8, size=8.0), tmp_path / "wide.pdf", profile="scan", seed=5, dpi=250)
    truth = json.loads(pdf.with_name("wide.truth.json").read_text(encoding="utf-8"))
    doc = extract(pdf, ExtractOptions(extract_records=False, repair=False))
    score = score_cells(truth["tables"][0], doc.tables)
    assert score.rows_found == score.rows == 8
    assert score.exact == score.cells, score.misses
    assert score.ranks_read == score.ranks == 8
    assert doc.tables[0].column_kinds[-2] == "rank" and doc.tables[0].n_cols == 14
    doc.tables = [item.table for item in interpret_tables(doc.tables)]
    extract_rankings(doc)
    assert [r.rank for r in doc.rankings] == [r["rank"] for r in truth["rankings"]]


def test_province_names_with_edge_noise_match_with_their_score() -> None:
    from parscan.extractors.rankings import extract as extract_rankings
    from parscan.extractors.table_model import interpret_tables
    from parscan.schemas.document import ParscanDocument, Source

    names = ["CQuảng Ninh", "• Hà Nội", "BắcGiang", "Đà Nẵng.", "l Hải Phòng", "Cần Thơ"]
    table = _wide()
    for cell in table.cells:
        if cell.col == 0 and cell.row >= 1:
            cell.text = names[cell.row - 1]
    doc = ParscanDocument(source=Source(path="x.txt", sha256="0", kind="text", page_count=1), tables=[table])
    doc.tables = [item.table for item in interpret_tables(doc.tables)]
    extract_rankings(doc)
    got = [(r.unit.canonical, r.rank) for r in doc.rankings]
    assert got == [("Quảng Ninh", 1), ("Hà Nội", 2), ("Bắc Giang", 3), ("Đà Nẵng", 4), ("Hải Phòng", 5), ("Cần Thơ", 6)]
    assert all(r.unit.score is not None and r.unit.score >= 90 for r in doc.rankings)
    assert doc.rankings[0].unit.printed == "CQuảng Ninh"


def test_column_that_lost_most_of_its_commas_is_still_a_two_decimal_column() -> None:
    """Six of ten sub-index cells read without their comma: the column is not a column of counts (852),
    its separator-less cells break it and are restored only with ocr_doubt."""
    lost = {(r, 0): SUBS[r % len(SUBS)][0].replace(",", "") for r in range(6)}
    table = _wide(lost, n=10)
    assert read_number(_cell(table, 2, 1).text).value == 801
    type_table(table, reread=lambda cell: [], separator=lambda cell, n: None)
    assert table.column_kinds[1] == "score"
    cell = _cell(table, 2, 1)
    assert cell.text == "801" and cell.value == 8.01 and cell.ocr_doubt and "restored" in cell.ocr_doubt
    assert _cell(table, 7, 1).value == 8.32 and _cell(table, 7, 1).ocr_doubt is None  # kept its comma


def test_counts_beside_scores_stay_counts() -> None:
    """Integers whose digits with a comma put back would not land among the decimals: a real count column."""
    table = _wide({(r, 0): str(120 + 37 * r) for r in range(4)})
    type_table(table)
    assert table.column_kinds[1] == "count" and _cell(table, 1, 1).value == 120


def test_sub_index_column_with_every_comma_lost_takes_its_group_format() -> None:
    """Under one group header the sub-indices share their format: a column read entirely without commas
    (798, 801 ...) takes its siblings' two decimals; a column outside the group keeps its own kind."""
    rows = [[f"Tỉnh {chr(65 + r)}x", *SUBS[r][:2], SUBS[r][2].replace(",", ""), f"{80 - r * 1.5:.2f}".replace(".", ","),
             str(r + 1), "Khá"] for r in range(6)]
    cells = [Cell(row=0, col=0, text="Tỉnh, thành phố", row_span=2), Cell(row=0, col=1, text="Chỉ số thành phần", col_span=3),
             Cell(row=0, col=4, text="Tổng điểm", row_span=2), Cell(row=0, col=5, text="Xếp hạng", row_span=2),
             Cell(row=0, col=6, text="Xếp loại", row_span=2)]
    cells += [Cell(row=1, col=c, text=f"CS{c}") for c in (1, 2, 3)]
    cells += [Cell(row=r + 2, col=c, text=t) for r, row in enumerate(rows) for c, t in enumerate(row)]
    table = Table(id="t", cells=cells, n_rows=8, n_cols=7)
    type_table(table, reread=lambda cell: [], separator=lambda cell, n: None)
    assert table.column_kinds == ["name", "score", "score", "score", "score", "rank", "text"]
    assert _cell(table, 2, 3).value == 9.10 and _cell(table, 2, 3).ocr_doubt
    numbered = _wide({(r, 2): SUBS[r][2].replace(",", "") for r in range(6)})  # CS1..CS3: a group by its labels
    type_table(numbered, reread=lambda cell: [], separator=lambda cell, n: None)
    assert numbered.column_kinds[3] == "score" and _cell(numbered, 1, 3).value == 9.10
    lone = _wide({(r, 2): SUBS[r][2].replace(",", "") for r in range(6)})
    next(c for c in lone.cells if c.row == 0 and c.col == 3).text = "Số hồ sơ"  # neither grouped nor numbered
    type_table(lone)
    assert lone.column_kinds[3] == "count"


def test_rank_that_contradicts_its_neighbours_totals_is_read_again() -> None:
    """'5' read '4' under a 4 with a lower total: read again from its pixels; a printed tie (same totals,
    same rank) and a rank read right are left alone, and no reading means the value stands as read."""
    table = _wide(rank_override={4: "4"})
    asked: list[str] = []

    def reread(cell: Cell) -> list[str]:
        asked.append(cell.text)
        return ["5"]

    type_table(table, reread=reread, separator=lambda cell, n: None)
    assert asked == ["4", "4"]  # both 4s contradict each other; only the second one's reading agrees
    assert (_cell(table, 4, 5).value, _cell(table, 4, 5).alt_text) == (4, None)
    assert (_cell(table, 5, 5).value, _cell(table, 5, 5).alt_text) == (5, "4")
    tied = _wide(rank_override={4: "4"})
    for cell in tied.cells:
        if cell.row == 5 and cell.col == 4:
            cell.text = next(c.text for c in tied.cells if c.row == 4 and c.col == 4)  # the same total: a tie
    type_table(tied, reread=lambda cell: pytest.fail(f"re-read {cell.text}"))
    assert _cell(tied, 5, 5).value == 4
    unread = _wide(rank_override={4: "4"})
    type_table(unread, reread=lambda cell: [])
    assert _cell(unread, 5, 5).value == 4 and _cell(unread, 5, 5).alt_text is None


def test_class_read_through_a_blot_takes_its_columns_word_but_another_class_stays() -> None:
    """'Tôi' one letter from 'Tốt' only, among a column of 'Tốt'/'Khá': read as 'Tốt' (reading kept);
    a printed 'Tốt' where 'Khá' would be expected is never touched (the audit checks it)."""
    table = _wide(n=8)
    classes = ["Tốt", "Tốt", "Tôi", "Khá", "Khá", "Khá", "Tốt", "Trung bình"]
    for cell in table.cells:
        if cell.col == 6 and cell.row >= 1:
            cell.text = classes[cell.row - 1]
    type_table(table, reread=lambda cell: [])
    assert (_cell(table, 3, 6).text, _cell(table, 3, 6).alt_text) == ("Tốt", "Tôi")
    assert [_cell(table, r, 6).text for r in range(4, 9)] == ["Khá", "Khá", "Khá", "Tốt", "Trung bình"]
    text_only = _wide(n=8)  # a text table (no pixels to re-read) is left as it reads
    for cell in text_only.cells:
        if cell.col == 6 and cell.row >= 1:
            cell.text = classes[cell.row - 1]
    type_table(text_only)
    assert _cell(text_only, 3, 6).text == "Tôi"


def test_a_blot_read_alike_in_many_cells_of_a_class_column_is_no_class_and_takes_the_one_it_is_near() -> None:
    """'Tất' for 'Tốt' in four cells of a column of the index's classes is a word of the column by its count, yet
    no class: each takes 'Tốt' (reading kept), as '- Trang bình' (a mark before it) takes 'Trung bình'; a
    printed class is never touched. Outside a class column a word repeated stays a word of the column."""
    classes = ["Tất", "Tất", "Khá", "Tất", "Khá", "Tất", "Khá", "- Trang bình", "Tốt", "Khá", "Trung bình", "Tốt"]

    def typed(words: list[str]) -> Table:
        table = _wide(n=len(words))
        for cell in table.cells:
            if cell.col == 6 and cell.row >= 1:
                cell.text = words[cell.row - 1]
        type_table(table, reread=lambda cell: [])
        return table

    table = typed(classes)
    column = [(_cell(table, r, 6).text, _cell(table, r, 6).alt_text) for r in range(1, 13)]
    assert column[0] == ("Tốt", "Tất") and column[7] == ("Trung bình", "- Trang bình")
    assert [t for t, _ in column] == ["Tốt", "Tốt", "Khá", "Tốt", "Khá", "Tốt", "Khá", "Trung bình", "Tốt", "Khá",
                                      "Trung bình", "Tốt"]
    other = typed(["Tất", "Tất", "Tất", "Tốt", "Tất", "Tốt", "Tất", "Tốt", "Tất", "Tốt", "Tất", "Tất"])
    assert [_cell(other, r, 6).text for r in range(1, 13)].count("Tất") == 8  # 'Tất' most of it: no class column


def test_a_rank_out_of_the_columns_order_is_read_again_wider_and_kept_with_doubt_if_no_reading_fits() -> None:
    """'10, 1, 12' down a table printed in rank order: the '1' ('11' whose two glyphs merged in reading) is read
    again; its ink readings lose the digit too, the stretched one ('11') fits between 10 and 12 and replaces it.
    With no reading that fits, the rank keeps its reading, with `ocr_doubt`; nothing is taken from the order."""
    wide_asked: list[str] = []

    def wide(cell: Cell) -> list[str]:
        wide_asked.append(cell.text)
        return ["11"]

    table = _wide(rank_override={10: "1"}, n=12)
    type_table(table, reread=lambda cell: ["1"], separator=lambda cell, n: None, reread_wide=wide)
    cell = _cell(table, 11, 5)
    assert (cell.value, cell.text, cell.alt_text, cell.ocr_doubt) == (11, "11", "1", None)
    assert wide_asked == ["1"]  # only the rank out of order
    unread = _wide(rank_override={10: "1"}, n=12)
    type_table(unread, reread=lambda cell: ["1"], separator=lambda cell, n: None, reread_wide=lambda cell: ["7"])
    cell = _cell(unread, 11, 5)
    assert (cell.value, cell.text) == (1, "1")  # '7' fits the column but not between 10 and 12
    assert cell.ocr_doubt and "out of the column's order" in cell.ocr_doubt
    assert all(_cell(unread, r, 5).ocr_doubt is None for r in range(1, 13) if r != 11)


def test_ranks_in_order_with_ties_and_a_second_count_are_not_read_again() -> None:
    """Ties (12, 12, 12, 15) and a rank that starts again at 1 for a second group keep to the column's order."""
    ranks = [1, 2, 3, 4, 5, 5, 7, 8, 1, 2, 3, 3, 5, 6]
    rows = [[f"Đơn vị {k}", f"{95 - k * 0.5:.2f}".replace(".", ","), str(r)] for k, r in enumerate(ranks)]
    table = _table(rows, ["Cơ quan, đơn vị", "Chỉ số", "Xếp hạng"])
    type_table(table, reread=lambda cell: pytest.fail(f"re-read {cell.text}"),
               reread_wide=lambda cell: pytest.fail(f"re-read wide {cell.text}"))
    assert [_cell(table, r + 1, 2).value for r in range(len(ranks))] == ranks
    assert all(_cell(table, r + 1, 2).ocr_doubt is None for r in range(len(ranks)))


def test_a_rank_continued_from_an_earlier_page_is_the_rank_and_its_order_checked() -> None:
    """Page 2 of a table split over pages, no header: ranks 22..34 in 13 rows break "1..n" but continue a rank;
    the column is the rank, and its '2' (27 whose digits merged in reading) is read again. A column of counts
    that are not in order stays counts."""
    ranks = [str(r) for r in range(22, 35)]
    ranks[5] = "2"
    rows = [[f"Tỉnh {chr(65 + k)}x", f"{70 - k * 0.5:.2f}".replace(".", ","), str(40 + (k * 7) % 13), rank]
            for k, rank in enumerate(ranks)]
    table = _table(rows, ["", "", "", ""])
    type_table(table, reread=lambda cell: ["2"], separator=lambda cell, n: None, reread_wide=lambda cell: ["27"])
    assert table.column_kinds[2:] == ["count", "rank"]
    assert [_cell(table, r, 3).value for r in range(1, 14)] == list(range(22, 35))
    assert _cell(table, 6, 3).alt_text == "2"


def test_a_rereading_that_confuses_a_digit_the_cells_own_reading_has_waits_for_one_that_agrees() -> None:
    """On a blurred copy (`confirm_digits`), '977' (9,77 with its comma lost) re-read '8.77' first: the next
    re-readings are made until one fits with the cell's own digits ('9.77'), and that one is taken; none
    agreeing, the first that fits stands. On a sharp scan the first that fits is taken, as before."""
    made: list[str] = []

    def rereadings(readings: list[str]):
        def lazy(cell: Cell):
            for reading in readings:
                made.append(reading)
                yield reading
        return lazy

    table = _wide({(0, 2): "977"})
    type_table(table, reread=rereadings(["977", "8.77", "9.7", "9.77", "9.77"]), separator=lambda cell, n: None,
               confirm_digits=True)
    cell = _cell(table, 1, 3)
    assert (cell.text, cell.alt_text, cell.value, cell.ocr_doubt) == ("9.77", "977", 9.77, None)
    assert made == ["977", "8.77", "9.7", "9.77"]  # stops at the one that agrees
    made.clear()
    table = _wide({(0, 2): "977"})
    type_table(table, reread=rereadings(["8.77", "8,77", "977"]), separator=lambda cell, n: None,
               confirm_digits=True)
    assert (_cell(table, 1, 3).text, _cell(table, 1, 3).value) == ("8.77", 8.77) and len(made) == 3
    made.clear()
    table = _wide({(0, 2): "9/77"})  # no digits of its own to agree with: every re-reading votes, a tie keeps the first
    type_table(table, reread=rereadings(["8.77", "9.77"]), separator=lambda cell, n: None, confirm_digits=True)
    assert (_cell(table, 1, 3).text, made) == ("8.77", ["8.77", "9.77"])
    made.clear()
    table = _wide({(0, 2): "977"})  # a sharp scan: the first that fits, nothing more read
    type_table(table, reread=rereadings(["8.77", "9.77"]), separator=lambda cell, n: None)
    assert (_cell(table, 1, 3).text, made) == ("8.77", ["8.77"])


def test_a_rereading_that_agrees_with_the_cells_own_digits_may_lie_above_the_pages_range_in_its_decade() -> None:
    """On a blurred copy, '995' (9,95 with its comma lost, above the 6,02..8,52 its column reads on the page)
    re-read '9.35' first: the re-reading with the cell's own digits ('9.95') is taken though outside the page's
    range, as it is within the column's decade; one of another format ('99.5') is not."""
    table = _wide({(0, 1): "995"})
    type_table(table, reread=lambda cell: iter(["9.35", "99.5", "9.95"]), separator=lambda cell, n: None,
               confirm_digits=True)
    cell = _cell(table, 1, 2)
    assert (cell.text, cell.alt_text, cell.value, cell.ocr_doubt) == ("9.95", "995", 9.95, None)
    table = _wide({(0, 1): "995"})
    type_table(table, reread=lambda cell: iter(["9.35", "99.5", "19.95"]), separator=lambda cell, n: None,
               confirm_digits=True)
    assert _cell(table, 1, 2).value == 9.35  # no reading of its own digits in the column's format: the first


def test_a_first_rereading_of_a_cell_without_digits_of_its_own_is_outvoted_only_by_a_clear_majority() -> None:
    """On a blurred copy, a cell read '9%' (no digits to check a re-reading against) whose first fitting
    re-reading is '9.85' takes the digits its later re-readings give three times or more and twice more often
    than the first's ('9,95'); a winner read twice, one a reading ahead, two digits away, or out of the
    column's range leaves the first; a sharp scan reads nothing after the first that fits."""
    def settled(rereadings: list[str], confirm: bool = True) -> Cell:
        table = _wide({(0, 2): "9%"})
        type_table(table, reread=lambda cell: iter(rereadings), separator=lambda cell, n: None,
                   confirm_digits=confirm)
        return _cell(table, 1, 3)

    cell = settled(["9.85", "995", "9,95", "9.95"])
    assert (cell.text, cell.alt_text, cell.value, cell.ocr_doubt) == ("9,95", "9%", 9.95, None)
    assert settled(["9.85", "9,95", "9.95"]).value == 9.85  # read twice only
    assert settled(["9.85", "9,85", "9,95", "9.95", "995"]).value == 9.85  # 3 against 2: not two more
    assert settled(["9.85", "9,46", "9.46", "946"]).value == 9.85  # two digits away
    assert settled(["7.77", "1,77", "1.77", "177"]).value == 7.77  # 1,77: out of the column's range
    assert settled(["9.85", "995", "9,95", "9.95"], confirm=False).value == 9.85  # a sharp scan


def test_an_unsettled_cell_takes_the_digits_most_of_its_readings_give_when_they_fit_the_column() -> None:
    """A cell the second opinion left unsettled ('9,92' read, its grey and full-resolution readings split)
    takes the digits its readings give three times or more, strictly more often than any other and twice more
    than its own, one digit from its own, as a reading that fits the column; a winner out of the column's
    range, a tie, a winner read twice only, one a reading ahead of the cell's own digits, or one two digits away
    changes nothing, and a cell not unsettled is not put to the vote."""
    def settled(text: str, others: list[str], rereadings: list[str], unsettled: bool = True) -> Cell:
        table = _wide({(0, 0): text}, n=12)
        type_table(table, reread=lambda cell: rereadings, separator=lambda cell, n: None,
                   unsettled=lambda cell: others if unsettled and cell.text == text else None)
        return _cell(table, 1, 1)

    cell = settled("9,92", ["8,92", "992"], ["8.92", "8,92", "892"])
    assert (cell.text, cell.alt_text, cell.value, cell.ocr_doubt) == ("8,92", "9,92", 8.92, None)
    assert settled("9,92", ["8,92", "992"], ["8.92", "9,92", "8,92", "892"]).value == 9.92  # 4 against 3
    assert settled("7,27", ["1,27", "127"], ["1,27", "1.27", "7,27"]).value == 7.27  # 1,27: out of the range
    assert settled("9,92", ["8,92", "992"], ["8,92", "9,92"]).value == 9.92  # 8,92 read twice and the cell's own
    assert settled("9,92", ["8,92", "892"], ["8,92", "9,92", "992"]).value == 9.92  # tied 3 against 3
    assert settled("9,92", ["8,82", "882"], ["8,82", "8,82"]).value == 9.92  # two digits away
    assert settled("9,92", ["8,92", "892"], ["8,92", "8,92"], unsettled=False).value == 9.92


def test_a_number_chosen_among_readings_that_disagree_is_put_to_the_vote_with_no_second_opinion() -> None:
    """A blurred table's cell read '9%' by words and '9.85' by digits (`cells._readings_split`: its readings
    disagree) is put to the vote with no second-opinion readings (`unsettled` gives []): its re-readings'
    '9,95' three times against its own once wins; a cell whose readings agree but for the separator, or one
    not put to the vote (None), keeps its reading."""
    from parscan.pipeline.tables.cells import _readings_split

    assert _readings_split(Cell(row=1, col=3, text="9.85", alt_text="9%"))
    assert _readings_split(Cell(row=1, col=3, text="9,35", alt_text="995"))
    assert not _readings_split(Cell(row=1, col=3, text="7,42", alt_text="742"))
    assert not _readings_split(Cell(row=1, col=3, text="9.85"))

    def settled(voted: bool) -> Cell:
        table = _wide({(0, 2): "9.85"})
        _cell(table, 1, 3).alt_text = "9%"
        type_table(table, reread=lambda cell: iter(["9,95", "995", "9.95"]), separator=lambda cell, n: None,
                   unsettled=lambda cell: [] if voted and cell.text == "9.85" else None)
        return _cell(table, 1, 3)

    cell = settled(True)
    assert (cell.text, cell.alt_text, cell.value, cell.ocr_doubt) == ("9,95", "9.85", 9.95, None)
    assert settled(False).value == 9.85


def test_a_rank_column_whose_order_is_broken_by_misreadings_is_the_rank_under_its_header() -> None:
    """Ranks printed in rank order of which a few read as nothing or with a digit wrong ('16' for 10, '45' for
    15, '1' for 17) break one pair in four of the column's order, and no score column follows them: under
    'Xếp hạng', with most ranks at their row's place, the column is the rank and a rank out of its range is
    read again ('45' re-read '15'); under a label that names nothing it stays a column of counts."""
    ranks = [str(r + 1) for r in range(25)]
    for r, text in {0: "", 5: "", 7: "", 9: "16", 14: "45", 16: "1", 21: "32", 23: "34"}.items():
        ranks[r] = text
    rows = [[f"Tỉnh {r}", SUBS[r % len(SUBS)][r % 3], rank] for r, rank in enumerate(ranks)]

    def typed(label: str) -> Table:
        table = _table(rows, ["Tỉnh, thành phố", "CS1", label])
        type_table(table, reread=lambda cell: ["15"] if cell.text == "45" else [], separator=lambda cell, n: None)
        return table

    table = typed("Xếp hạng")
    assert table.column_kinds[2] == "rank"
    assert (_cell(table, 15, 2).value, _cell(table, 15, 2).alt_text) == (15, "45")
    assert _cell(table, 2, 2).value == 2
    misread = _cell(table, 17, 2)  # '1' for 17: no reading of its own fits, kept as read and doubted
    assert misread.value == 1 and "out of the column's order" in misread.ocr_doubt
    assert typed("Cột 3").column_kinds[2] == "count"


def test_a_continued_rank_with_four_doubled_digits_merged_is_the_rank_under_its_header_read_as_such() -> None:
    """Page 2 read '2, 3, 24, .. 28, 9, 30, 31, 3, 33, 34' for ranks 22..34 (doubled digits merged): 9 of 13 at
    their place, under the seven in ten a headerless column needs. Under its header read 'Xếp bạng' the column
    is the rank and each broken rank is read again, wider (a '22' read '22'); with no header it stays counts."""
    ranks = [str(r) for r in range(22, 35)]
    merged = {0: "2", 1: "3", 7: "9", 10: "3"}
    for k, text in merged.items():
        ranks[k] = text
    rows = [[f"Tỉnh {chr(65 + k)}x", f"{70 - k * 0.5:.2f}".replace(".", ","), str(40 + (k * 7) % 13), rank]
            for k, rank in enumerate(ranks)]

    def printed(cell: Cell) -> list[str]:  # the stretched pixels read the printed rank
        return [str(21 + cell.row)]

    def typed(label: str) -> Table:
        table = _table(rows, ["", "", "", label])
        type_table(table, reread=lambda cell: [cell.text], separator=lambda cell, n: None, reread_wide=printed)
        return table

    table = typed("Xếp bạng")
    assert table.column_kinds[3] == "rank"
    assert [_cell(table, r, 3).value for r in range(1, 14)] == list(range(22, 35))
    assert typed("").column_kinds[3] == "count"
