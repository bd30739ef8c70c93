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
