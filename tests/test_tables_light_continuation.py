"""A light page's columns whose commas were lost in most cells (issue 11): under a group header, or on a
continuation printed without a header, a column of integers between scores of one format takes that format
when its digits, with the separator put back, land in their range; counts keep their kind."""

from __future__ import annotations

from parscan.pipeline.tables.columns import type_table
from parscan.schemas.records import Cell, Table

SCORES = [["6,51", "7,46", "7,22", "6,96", "7,05", "5,94"], ["7,10", "6,59", "6,40", "6,15", "6,80", "5,91"],
          ["6,37", "8,51", "5,93", "5,88", "6,87", "5,98"], ["6,51", "7,13", "6,36", "5,83", "5,73", "6,23"],
          ["5,15", "6,43", "6,22", "5,97", "6,95", "5,92"], ["6,53", "6,05", "7,05", "7,09", "6,98", "5,86"]]


def _body(lost: set[int], override: dict[int, list[str]] | None = None) -> list[list[str]]:
    """Rows: a name, six sub-indices (those in `lost` read without their comma), a total."""
    rows = []
    for r, subs in enumerate(SCORES):
        subs = [s.replace(",", "") if c in lost else s for c, s in enumerate(subs)]
        for c, column in (override or {}).items():
            subs[c] = column[r]
        rows.append([f"Tỉnh {chr(65 + r)}x", *subs, f"{66 - r * 0.7:.2f}".replace(".", ",")])
    return rows


def _cell(table: Table, row: int, col: int) -> Cell:
    return next(c for c in table.cells if c.row == row and c.col == col)


def test_under_a_group_header_two_scores_give_their_format_to_four_columns_read_without_commas() -> None:
    cells = [Cell(row=0, col=0, text="Tỉnh, thành phố", row_span=2),
             Cell(row=0, col=1, text="Chỉ số thành phần", col_span=6), Cell(row=0, col=7, text="Tổng điểm", row_span=2)]
    labels = ["cs", "css", "Cs?", "cse", "CS,", "c^"]  # read through the blur: no group by their numbers
    cells += [Cell(row=1, col=c, text=label) for c, label in enumerate(labels, start=1)]
    cells += [Cell(row=r + 2, col=c, text=t) for r, row in enumerate(_body({0, 2, 3, 5}))
              for c, t in enumerate(row)]
    table = Table(id="t", cells=cells, n_rows=8, n_cols=8)
    type_table(table, reread=lambda cell: [], separator=lambda cell, n: None)
    assert table.column_kinds[1:7] == ["score"] * 6
    assert _cell(table, 2, 1).value == 6.51 and _cell(table, 2, 1).ocr_doubt  # restored, with its doubt
    assert _cell(table, 2, 2).value == 7.46 and not _cell(table, 2, 2).ocr_doubt


def test_a_continuation_without_header_types_its_comma_less_columns_by_the_scores_around_them() -> None:
    cells = [Cell(row=r, col=c, text=t) for r, row in enumerate(_body({2, 3, 4})) for c, t in enumerate(row)]
    table = Table(id="t", cells=cells, n_rows=6, n_cols=8)
    type_table(table, reread=lambda cell: [], separator=lambda cell, n: None)
    assert table.column_kinds[1:8] == ["score"] * 7
    assert _cell(table, 0, 3).value == 7.22 and _cell(table, 0, 3).ocr_doubt
    counts = ["1540", "12", "980", "77", "3105", "15"]  # procedures counted: no score's range holds them
    body = _body({2, 3, 4}, {3: counts})
    kept = Table(id="k", n_rows=6, n_cols=8,
                 cells=[Cell(row=r, col=c, text=t) for r, row in enumerate(body) for c, t in enumerate(row)])
    type_table(kept, reread=lambda cell: [], separator=lambda cell, n: None)
    assert kept.column_kinds[4] == "count" and _cell(kept, 0, 4).value == 1540


def test_a_table_with_a_header_is_not_grouped_by_its_scores() -> None:
    """Integers between scores under their own labels (no group header, no numbered labels) stay counts."""
    header = ["Tỉnh", "Điểm A", "Điểm B", "Số hồ sơ", "Số thủ tục", "Số đơn", "Điểm C", "Tổng điểm"]
    cells = [Cell(row=0, col=c, text=t) for c, t in enumerate(header)]
    cells += [Cell(row=r + 1, col=c, text=t) for r, row in enumerate(_body({2, 3, 4})) for c, t in enumerate(row)]
    table = Table(id="t", cells=cells, n_rows=7, n_cols=8)
    type_table(table, reread=lambda cell: [], separator=lambda cell, n: None)
    assert table.column_kinds[3:6] == ["count"] * 3


HEADER = ["Tỉnh, thành phố", "Chỉ số thành phần CS1", "Chỉ số thành phần CS2", "Tổng điểm", "Xếp hạng", "Xếp loại"]
XS = [200, 700, 900, 1100, 1350, 1550, 1900]


def _page_table(page: int, rows: list[list[str]], header: list[str] | None) -> Table:
    """A table as the scan stage gives it: header rows in its cells, grid boxes, typed on its own rows."""
    from parscan.schemas import Evidence
    from parscan.schemas.geometry import Box

    texts = ([header] if header else []) + rows
    cells = [Cell(row=r, col=c, text=t, box=Box(x0=XS[c], y0=100 + 40 * r, x1=XS[c + 1], y1=140 + 40 * r))
             for r, row in enumerate(texts) for c, t in enumerate(row) if t]
    table = Table(id=f"p{page}-t1", pages=[page], cells=cells, n_rows=len(texts), n_cols=len(XS) - 1, ruled=True,
                  evidence=Evidence(page=page, box=Box(x0=XS[0], y0=100, x1=XS[-1], y1=100 + 40 * len(texts))))
    type_table(table, reread=lambda cell: [], separator=lambda cell, n: None)
    return table


def test_a_light_continuations_marks_take_their_page_readings_that_keep_the_columns_order_and_format() -> None:
    """Page 2 of a light copy, no header: its ranks read as marks, typed text on its page, which kept every
    re-reading of their crops (`Cell._rereadings`). Joined, a rank takes the page reading that fits between the
    ranks above and below it ('9' among '1', '1', '9', '9'), not the first that fits the column ('1'), and so
    does a cell its page made for an inked crop read as nothing; a rank none of whose readings keeps the order
    ('2' between 9 and 11) and a mark with no readings keep no value, with `ocr_doubt`; a sub-index read as
    letters takes a reading in its column's format."""
    from parscan.extractors.table_model import interpret_tables

    first = _page_table(1, [[name, f"{9.5 - k * 0.2:.2f}".replace(".", ","), f"{9.1 - k * 0.15:.2f}".replace(".", ","),
                             f"{80 - k * 1.3:.2f}".replace(".", ","), str(k + 1), "Tốt"]
                            for k, name in enumerate(["Phú Yên", "Bắc Kạn", "Ninh Bình", "Hà Giang", "Kon Tum",
                                                      "Lào Cai", "Sơn La", "Điện Biên"])], HEADER)
    second = _page_table(2, [["Vĩnh Long", "7,90", "sáo", "67,73", "”", "Khá"],
                             ["Yên Bái", "7,85", "Kha", "65,78", "2»", "Khá"],
                             ["Hà Nam", "7,80", "7,70", "60,19", "„", "Khá"],
                             ["Nghệ An", "7,75", "Khu", "59,19", "12", "Khá"],
                             ["Hà Tĩnh", "7,70", "s60", "58,19", "", "Khá"]], None)
    marks = {(r, c): cell for cell in second.cells for r, c in [(cell.row, cell.col)]}
    assert second.column_kinds[4] == "text" and marks[0, 2].kind == "text"
    marks[0, 4]._rereadings = ["1", "1", "9", "9"]
    marks[1, 4]._rereadings = ["2"]
    marks[0, 2]._rereadings = ["40", "7.40", "7.74"]
    blank = Cell(row=4, col=4, text="", kind="text", box=marks[3, 4].box.model_copy(update={"y0": 300, "y1": 340}),
                 ocr_doubt="inked cell read as nothing: unreadable, no value kept")  # made by its page, read as nothing
    blank._rereadings = ["1", "13"]
    second.cells.append(blank)
    (item,) = interpret_tables([first, second])
    rows: dict[int, dict[int, Cell]] = {}
    for cell in item.table.cells:
        rows.setdefault(cell.row, {})[cell.col] = cell
    vinh, yen, nam = rows[8], rows[9], rows[10]
    assert (vinh[4].value, vinh[4].kind, vinh[4].text, vinh[4].alt_text, vinh[4].ocr_doubt) == (9, "rank", "9", "”", None)
    assert yen[4].value is None and yen[4].ocr_doubt and yen[4].text == "2»"  # never a rank made up
    assert nam[4].value is None and nam[4].ocr_doubt
    assert rows[11][4].value == 12
    assert (rows[12][4].value, rows[12][4].text, rows[12][4].ocr_doubt) == (13, "13", None)
    assert (vinh[2].value, vinh[2].text, vinh[2].alt_text) == (7.40, "7.40", "sáo")


def test_a_light_continuations_unsettled_cells_take_a_value_two_of_their_light_readings_agree_on() -> None:
    """The same page 2, its cells also read the light page's ways (`Cell._light_readings`). A sub-index read
    as marks takes the value two of them give in its column's format ('7,74' twice); one reading alone, two
    readings outside the column's range proper ('7,12' under 7.70..9.10), or two against two give none, and
    the cell keeps its doubt. A run of unread ranks is read top down, each rank bounding the next: '8' fits
    between the 8 above and the 12 below, but not below the 9 read just above it."""
    from parscan.extractors.table_model import interpret_tables

    first = _page_table(1, [[name, f"{9.5 - k * 0.2:.2f}".replace(".", ","), f"{9.1 - k * 0.15:.2f}".replace(".", ","),
                             f"{80 - k * 1.3:.2f}".replace(".", ","), str(k + 1), "Tốt"]
                            for k, name in enumerate(["Phú Yên", "Bắc Kạn", "Ninh Bình", "Hà Giang", "Kon Tum",
                                                      "Lào Cai", "Sơn La", "Điện Biên"])], HEADER)
    second = _page_table(2, [["Vĩnh Long", "7,90", "sáo", "67,73", "”", "Khá"],
                             ["Yên Bái", "7,85", "Kha", "65,78", "2»", "Khá"],
                             ["Hà Nam", "7,80", "7,70", "60,19", "„", "Khá"],
                             ["Nghệ An", "7,75", "Khu", "59,19", "12", "Khá"]], None)
    marks = {(cell.row, cell.col): cell for cell in second.cells}
    marks[0, 2]._light_readings = ["7.74", "7.14", "7,74"]
    marks[1, 2]._light_readings = ["7.72", "7,12", "7.12"]
    marks[3, 2]._light_readings = ["7.75", "7.78", "7,78", "7,75"]
    marks[0, 4]._rereadings, marks[0, 4]._light_readings = ["1", "3"], ["9"]
    marks[1, 4]._light_readings = ["8", "10"]
    (item,) = interpret_tables([first, second])
    rows: dict[int, dict[int, Cell]] = {}
    for cell in item.table.cells:
        rows.setdefault(cell.row, {})[cell.col] = cell
    vinh, yen, an = rows[8], rows[9], rows[11]
    assert (vinh[2].value, vinh[2].text, vinh[2].alt_text, vinh[2].ocr_doubt) == (7.74, "7.74", "sáo", None)
    assert yen[2].value is None and yen[2].ocr_doubt and yen[2].text == "Kha"
    assert an[2].value is None and an[2].ocr_doubt
    assert (vinh[4].value, vinh[4].text, vinh[4].ocr_doubt) == (9, "9", None)
    assert (yen[4].value, yen[4].text, yen[4].ocr_doubt) == (10, "10", None)
    assert rows[10][4].value is None and rows[10][4].ocr_doubt  # '„' with no readings: no rank made up


def test_a_light_continuation_typed_again_with_its_table_takes_its_kept_readings() -> None:
    """A continuation printed without the header is typed again with its table, without pixels
    (`interpret_tables`); its light page's kept readings then settle what typing left unsettled: a score with no
    value takes its first page re-reading that fits ('8.40'), or a value two light readings agree on ('8.74'); a
    value restored from the format is not replaced by one re-reading ('8,16' against 776 kept 7.76, its doubt
    kept); ranks take the readings that keep the column's order, each bounding the next; a cell with no readings
    is left as typed."""
    from parscan.pipeline.tables.columns import settle_retyped_continuation

    body = [[name, f"{9.5 - k * 0.2:.2f}".replace(".", ","), f"{9.1 - k * 0.15:.2f}".replace(".", ","),
             f"{80 - k * 1.3:.2f}".replace(".", ","), str(k + 1), "Tốt"]
            for k, name in enumerate(["Phú Yên", "Bắc Kạn", "Ninh Bình", "Hà Giang", "Kon Tum", "Lào Cai", "Sơn La",
                                      "Điện Biên"])]
    body += [["Vĩnh Long", "7,90", "sáo", "67,73", "”", "Khá"], ["Yên Bái", "7,85", "Kha", "65,78", "2»", "Khá"],
             ["Hà Nam", "7,80", "776", "60,19", "„", "Khá"]]
    table = Table(id="t", n_rows=12, n_cols=6,
                  cells=[Cell(row=r, col=c, text=t) for r, row in enumerate([HEADER, *body]) for c, t in enumerate(row)])
    columns = type_table(table)
    cell = {(c.row, c.col): c for c in table.cells}
    assert table.column_kinds[2] == "score" and table.column_kinds[4] == "rank"
    assert cell[11, 2].value == 7.76 and cell[11, 2].ocr_doubt and cell[9, 2].value is None
    cell[9, 2]._light_readings = ["8.74", "8.14", "8,74"]
    cell[10, 2]._rereadings = ["40", "8.40"]
    cell[11, 2]._rereadings = ["8,16"]
    cell[9, 4]._light_readings, cell[10, 4]._light_readings = ["9"], ["8", "10"]
    settle_retyped_continuation(table, 9, columns)
    assert (cell[9, 2].value, cell[9, 2].text, cell[9, 2].alt_text, cell[9, 2].ocr_doubt) == (8.74, "8.74", "sáo", None)
    assert (cell[10, 2].value, cell[10, 2].ocr_doubt) == (8.40, None)
    assert cell[11, 2].value == 7.76 and cell[11, 2].ocr_doubt and cell[11, 2].text == "776"
    assert (cell[9, 4].value, cell[10, 4].value) == (9, 10)
    assert cell[11, 4].value is None and cell[11, 4].ocr_doubt  # '„' kept no readings: no rank made up
