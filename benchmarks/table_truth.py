"""Score detected scanned tables against the generator's truth tables (shared by test and benchmark).

Truth rows are the printed rows (cells as strings; a group heading is a one-cell row). A truth
row is found when some detected row of the same document reads like it; number cells are then
compared by value (`parse_number`), cell by cell, in the column they are printed in.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from parscan.normalizers.names import fold
from parscan.normalizers.numbers import parse_number
from parscan.schemas.records import Cell, Table

MIN_ROW_SIMILARITY = 0.7


@dataclass
class TableScore:
    rows: int = 0
    rows_found: int = 0
    numbers: int = 0
    numbers_exact: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: "TableScore") -> None:
        self.rows += other.rows
        self.rows_found += other.rows_found
        self.numbers += other.numbers
        self.numbers_exact += other.numbers_exact
        self.misses += other.misses

    @property
    def number_share(self) -> float:
        return self.numbers_exact / self.numbers if self.numbers else 1.0


def is_number(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and parse_number(text) is not None


def detected_rows(tables: list[Table]) -> list[list[str]]:
    """Every detected row as its printed cell texts by column ('' where empty or spanned)."""
    rows = []
    for table in tables:
        by_row: dict[int, list[str]] = {}
        for cell in table.cells:
            texts = by_row.setdefault(cell.row, [""] * table.n_cols)
            if cell.col < len(texts):
                texts[cell.col] = " ".join(cell.text.split())
        rows += [by_row[r] for r in sorted(by_row)]
    return rows


def _similarity(truth: list[str], found: list[str]) -> float:
    a = " | ".join(t for t in truth if t)
    b = " | ".join(t for t in found if t)
    return 1 - Levenshtein.normalized_distance(a, b)


def score_tables(truth_tables: list[dict], tables: list[Table]) -> TableScore:
    """Rows found and number cells exact for every truth table of one document."""
    score = TableScore()
    found_rows = detected_rows(tables)
    used: set[int] = set()
    for truth in truth_tables:
        for row in truth["rows"]:
            score.rows += 1
            best, best_sim = None, 0.0
            for k, found in enumerate(found_rows):
                if k in used:
                    continue
                sim = _similarity(row, found)
                if sim > best_sim:
                    best, best_sim = k, sim
            if best is None or best_sim < MIN_ROW_SIMILARITY:
                score.misses.append(f"row not found: {row}")
                found = None
            else:
                used.add(best)
                score.rows_found += 1
                found = found_rows[best]
            for col, text in enumerate(row):
                if not is_number(text):
                    continue
                score.numbers += 1
                got = found[col] if found is not None and col < len(found) else ""
                if parse_number(got) == parse_number(text):
                    score.numbers_exact += 1
                elif found is not None:
                    score.misses.append(f"{text!r} read {got!r} in row {row[:2]}")
    return score


@dataclass
class CellScore:
    """Every printed body cell of a table, compared where it stands (issue 11's measure).

    A number cell is exact when the value the table stage kept (`Cell.value` on a typed column, else
    the text parsed) equals the printed one; a text cell when its folded text does. `doubted` counts
    number cells whose value came from the column's format (`ocr_doubt`), `doubted_right` those of
    them that are right; `ranks`/`ranks_read` the rank column's cells. `failures` counts the cells that
    are not exact by (column, failure type) (`failure_type`), to find the biggest causes.
    """

    cells: int = 0
    exact: int = 0
    numbers: int = 0
    numbers_exact: int = 0
    ranks: int = 0
    ranks_read: int = 0
    doubted: int = 0
    doubted_right: int = 0
    rows: int = 0
    rows_found: int = 0
    misses: list[str] = field(default_factory=list)
    failures: Counter = field(default_factory=Counter)

    def add(self, other: "CellScore") -> None:
        for name in ("cells", "exact", "numbers", "numbers_exact", "ranks", "ranks_read", "doubted",
                     "doubted_right", "rows", "rows_found"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses
        self.failures += other.failures


def column_role(label: str) -> str:
    """The printed column's role in the generator's wide tables, from its header label."""
    folded = fold(label)
    for role, key in (("rank", "xep hang"), ("total", "tong diem"), ("sub-index", "chi so thanh phan"),
                      ("class", "xep loai"), ("unit", "tinh")):
        if key in folded:
            return role
    return "other"


def failure_type(printed: str, cell: Cell | None) -> str:
    """Why a cell is not exact: no cell where it is printed (merged with a neighbour, columns split
    elsewhere), no value kept (`ocr_doubt`), a value taken from the column's format that is wrong, the
    separator lost or misplaced (same digits), one digit confused, more digits confused, a digit lost or
    added, a text cell misread."""
    if cell is None:
        return "no cell (merged / column split)"
    if not is_number(printed):
        return "text misread"
    if _cell_value(cell) is None:
        return "no value (ocr_doubt)" if cell.ocr_doubt else "no value"
    if cell.ocr_doubt:
        return "format-restored, wrong"
    want, got = re.sub(r"\D", "", printed), re.sub(r"\D", "", cell.text)
    if want == got:
        return "separator lost or misplaced"
    if len(want) == len(got):
        return "one digit confused" if sum(a != b for a, b in zip(want, got)) == 1 else "digits confused"
    return "digit lost or added"


def _cell_value(cell: Cell | None) -> float | None:
    if cell is None:
        return None
    if cell.kind in ("rank", "ordinal", "score", "count"):
        return cell.value
    return parse_number(cell.text)


def score_cells(truth_table: dict, tables: list[Table]) -> CellScore:
    """Cells exact of one truth table (header rows excluded) against the detected tables' rows."""
    score = CellScore()
    grids: list[list[Cell | None]] = []
    for table in tables:
        by_row: dict[int, list[Cell | None]] = {}
        for cell in table.cells:
            row = by_row.setdefault((id(table), cell.row), [None] * max(table.n_cols, cell.col + 1))
            if cell.col < len(row):
                row[cell.col] = cell
        grids += [by_row[k] for k in sorted(by_row, key=lambda k: k[1])]
    texts = [[" ".join(c.text.split()) if c else "" for c in row] for row in grids]
    header = truth_table.get("header", [])
    rank_col = next((k for k, h in enumerate(header) if fold(h) == "xep hang"), None)
    used: set[int] = set()
    for row in truth_table["rows"]:
        score.rows += 1
        best, best_sim = None, 0.0
        for k, found in enumerate(texts):
            if k not in used:
                sim = _similarity(row, found)
                if sim > best_sim:
                    best, best_sim = k, sim
        found = grids[best] if best is not None and best_sim >= MIN_ROW_SIMILARITY else None
        if found is None:
            score.misses.append(f"row not found: {row[:3]}")
            score.failures[("row", "row not found")] += sum(1 for text in row if text)
        else:
            used.add(best)
            score.rows_found += 1
        for col, text in enumerate(row):
            if not text:
                continue
            score.cells += 1
            cell = found[col] if found is not None and col < len(found) else None
            if is_number(text):
                score.numbers += 1
                got = _cell_value(cell)
                ok = got is not None and abs(got - parse_number(text)) < 1e-9
                if cell is not None and cell.ocr_doubt:
                    score.doubted += 1
                    score.doubted_right += ok
                if col == rank_col:
                    score.ranks += 1
                    score.ranks_read += ok
                score.numbers_exact += ok
            else:
                ok = cell is not None and fold(cell.text) == fold(text)
            score.exact += ok
            if not ok and found is not None:
                role = column_role(header[col]) if col < len(header) else "other"
                score.failures[(role, failure_type(text, cell))] += 1
                score.misses.append(f"{text!r} read {cell.text if cell else ''!r} in row {row[:2]}")
    return score
