"""Ranking tables -> `RankingRow`s (unit, rank, component scores, total, max points, index %).

Columns are known from the header when it is legible; when it is not (OCR of a multi-line header
interleaves the labels), the roles of the value columns are found from the rows themselves:
the column that is the sum of two others is the total, those two are appraisal and survey
(larger and smaller), and a column equal to the total on most rows is the index.  Numbers are
only read, never adjusted to fit: the arithmetic only names columns.
"""

from __future__ import annotations

import re

from parscan.extractors.context import footnote_max_points, unit_matcher
from parscan.extractors.table_model import (
    INDEX_KEYS,
    NAME_KEYS,
    Interpreted,
    cell_text,
    column_decimals,
    row_evidence,
    rows_of,
)
from parscan.extractors.text_tables import row_label_kind
from parscan.normalizers.names import fold
from parscan.normalizers.numbers import NumberReading, read_number
from parscan.schemas.document import ParscanDocument
from parscan.schemas.records import Cell, Claim, Match, RankingRow

COMPONENT_KEYS = {"appraisal", "survey", "self_assessed"}
_TOL = 0.011


def _close(a: float | None, b: float | None, tol: float = _TOL) -> bool:
    return a is not None and b is not None and abs(a - b) <= tol


def infer_value_roles(values: list[list[float | None]]) -> list[str]:
    """Name value columns from row arithmetic (see module doc); unnamed ones get ``value_<k>``."""
    n = len(values[0]) if values else 0
    roles = [f"value_{k + 1}" for k in range(n)]
    if n == 0:
        return roles

    def share(pred) -> float:
        usable = [row for row in values if pred(row) is not None]
        return sum(1 for row in usable if pred(row)) / len(usable) if usable else 0.0

    best = None
    for c in range(n):
        for a in range(n):
            for b in range(a + 1, n):
                if len({a, b, c}) < 3:
                    continue

                def sums(row, a=a, b=b, c=c):
                    if row[a] is None or row[b] is None or row[c] is None:
                        return None
                    return _close(row[a] + row[b], row[c], 0.021)

                s = share(sums)
                if s >= 0.6 and (best is None or s > best[0]):
                    best = (s, a, b, c)
    if best:
        _, a, b, c = best
        mean = lambda k: sum(r[k] for r in values if r[k] is not None) / max(1, sum(1 for r in values if r[k] is not None))  # noqa: E731
        big, small = (a, b) if mean(a) >= mean(b) else (b, a)
        roles[big], roles[small], roles[c] = "appraisal", "survey", "total"
        for d in range(n):
            if d not in (a, b, c):
                eq = share(lambda row, d=d: None if row[d] is None or row[c] is None else _close(row[d], row[c]))
                if eq >= 0.5:
                    roles[d] = "index_pct"
        return roles
    if n == 2 and share(lambda row: None if None in row else _close(row[0], row[1])) >= 0.6:
        return ["total", "index_pct"]
    if n == 1:
        return ["total"]
    return roles


def _table_matcher(doc: ParscanDocument, names: list[str]):
    """The document's unit matcher, or the provinces' for a table of provinces in a document not known
    as national (an annex page on its own): chosen when the document's own matches under half the names
    and the provinces at least 60 %. Names are matched fuzzily on their core, so edge noise ('CQuảng
    Ninh', a bullet, a lost space) still matches, and `Match.score` keeps how well."""
    match = unit_matcher(doc)
    names = [n for n in names if sum(ch.isalpha() for ch in n) >= 3]
    if not names or sum(1 for n in names if match(n, None).canonical) >= 0.5 * len(names):
        return match
    from parscan.registries.national import match_national_unit

    year = doc.document.year_assessed
    if sum(1 for n in names if match_national_unit(n, "provinces", year).canonical) >= 0.6 * len(names):
        return lambda name, kind=None: match_national_unit(name, "provinces", year)
    return match


def _rank_column(keys: list[str | None], kinds: list[str], index_col: int | None) -> int | None:
    """The rank column from the columns' kinds, wherever it stands (first, or after the total at the right).

    A column is the rank only if it behaves as one (`pipeline/tables/columns.py`): the header's rank or
    STT column is kept when its cells are integers 1..n in order; otherwise the column whose cells are
    (the one the header names a rank first, then the right-most) - or none.
    """
    ranks = [i for i, k in enumerate(kinds) if k == "rank"]
    if index_col is not None and kinds[index_col] == "rank":
        return index_col
    named = [i for i in ranks if keys[i] and keys[i].startswith("rank")]
    if named or ranks:
        return (named or ranks)[-1]
    if index_col is not None and kinds[index_col] == "ordinal":
        return index_col
    return None


def _reading(cell: Cell | None, decimals: int | None) -> NumberReading:
    """A cell's number: the value its column settled (`Cell.value`, with its doubt) on typed tables, else read."""
    if cell is not None and cell.kind in ("rank", "ordinal", "score", "count"):
        marks = read_number(cell.text).marks
        return NumberReading(cell.value, marks, ["ocr_doubt"] if cell.ocr_doubt else [])
    return read_number(cell_text(cell), decimals=decimals)


def _group_kind(label: str) -> str:
    key = fold(label)
    if re.search(r"\b(huyen|quan|thi xa|thanh pho|xa|phuong)\b", key):
        return "districts"
    if re.search(r"\b(so|ban|nganh|co quan)\b", key):
        return "departments"
    return label


def interpret(doc: ParscanDocument, item: Interpreted) -> None:
    table = item.table
    grid = rows_of(table)
    keys = list(item.keys)
    name_col = next((i for i, k in enumerate(keys) if k in NAME_KEYS), None)
    index_col = next((i for i, k in enumerate(keys) if k in INDEX_KEYS), None)
    if index_col is None:  # "Xếp hạng năm 2022" only: the latest ranked year is the rank
        ranked = sorted((k, i) for i, k in enumerate(keys) if k and k.startswith("rank_"))
        index_col = ranked[-1][1] if ranked else None
    kinds = table.column_kinds if len(table.column_kinds) == len(keys) else []
    if kinds:
        index_col = _rank_column(keys, kinds, index_col)
        if name_col is None and "name" in kinds:
            name_col = kinds.index("name")
    if name_col is None:
        name_col = 1 if index_col == 0 else 0
    value_cols = [i for i in range(len(keys)) if i not in (name_col, index_col)
                  and (keys[i] is None or keys[i] not in ("classification", "note", "lead_agency", "stt"))
                  and not (kinds and kinds[i] in ("rank", "ordinal", "name", "text", "code", "empty"))]
    value_cols = [c for c in value_cols if any(read_number(cell_text(r[c])).value is not None
                                               for r in grid if c < len(r))]  # text columns (Xếp loại) are not values
    decimals = {c: column_decimals(grid, c) for c in value_cols}
    match = _table_matcher(doc, [cell_text(r[name_col]) for r in grid if name_col < len(r)])
    star_max = footnote_max_points(doc)

    parsed = []
    for cells in grid:
        readings = {c: _reading(cells[c], decimals[c]) if c < len(cells) else None for c in value_cols}
        parsed.append(readings)
    unknown = [c for c in value_cols if keys[c] is None or keys[c].startswith("value")]
    if unknown:
        data_rows = [[parsed[r][c].value if parsed[r][c] else None for c in value_cols]
                     for r, cells in enumerate(grid)
                     if cell_text(cells[index_col] if index_col is not None else None)]
        roles = infer_value_roles(data_rows) if data_rows else []
        for c, role in zip(value_cols, roles):
            if keys[c] is None:
                keys[c] = role
        table.columns = [k or "" for k in keys]

    group: str | None = None
    for r, cells in enumerate(grid):
        texts = [cell_text(c) for c in cells]
        if not any(texts):
            continue
        name = texts[name_col] if name_col < len(texts) else ""
        alone = [t for t in texts if t]
        if not name and len(alone) == 1 and row_label_kind(alone[0]) == "group":
            name = alone[0]  # a group heading cell spanning the whole row on a scanned table
        readings = parsed[r]
        numbers = {c: rd.value for c, rd in readings.items() if rd and rd.value is not None}
        special = row_label_kind(name) if name else None
        evidence = row_evidence(cells, table)
        if special == "group" and not numbers:
            group = _group_kind(name)
            continue
        if special == "total":
            for c, value in numbers.items():
                doc.claims.append(Claim(kind="average" if "trung binh" in fold(name) else "other",
                                        subject=group, group=group, value=value, unit=keys[c], text=evidence.text,
                                        evidence=evidence))
            continue
        if not name and not numbers:
            continue
        rank_cell = cells[index_col] if index_col is not None and index_col < len(cells) else None
        rank_reading = _reading(rank_cell, None) if index_col is not None and index_col < len(texts) else None
        row = RankingRow(table_id=table.id, group=group, unit=Match(printed=name), raw_cells=texts, evidence=evidence)
        if rank_reading and rank_reading.value is not None and float(rank_reading.value).is_integer():
            row.rank = int(rank_reading.value)
        if rank_cell is not None and rank_cell.ocr_doubt:
            row.warnings.append(f"rank: {rank_cell.ocr_doubt}")
        kind = "district" if group == "districts" else ("department" if group == "departments" else None)
        if name:
            row.unit = match(name, kind)
        marks: list[str] = []
        for c in value_cols:
            rd = readings.get(c)
            if rd is None:
                continue
            marks += [m for m in rd.marks if m not in marks]
            if "ocr_doubt" in rd.notes:
                row.warnings.append(f"{keys[c] or f'value_{c}'}: {cells[c].ocr_doubt}")
            elif "decimal_restored" in rd.notes:
                row.warnings.append(f"decimal separator restored in {cell_text(cells[c])!r}")
            key = keys[c] or f"value_{c}"
            if key == "rank":  # the header's rank column where the column's cells did not read as one (ranks
                # restarting with each group): the rank, never a part of the score
                row.rank = int(rd.value) if rd.value is not None and float(rd.value).is_integer() else row.rank
            elif key == "total":
                row.total = rd.value
            elif key.startswith("index_pct"):
                row.index_pct = rd.value
            elif key == "max_points":
                row.max_points = rd.value
            else:
                row.components[key] = rd.value
        row.marks = marks
        for c, key in enumerate(keys):
            if key == "classification" and c < len(texts) and texts[c]:
                row.marks.append(f"class:{texts[c]}")
        if row.max_points is None:
            if "*" in marks and star_max is not None and (row.total is None or row.total <= star_max):
                row.max_points = star_max  # a footnote maximum below the row's total is some other maximum
            elif row.total is not None and row.index_pct is not None and abs(row.total - row.index_pct) < 0.011:
                row.max_points = 100.0
        if not numbers:
            row.warnings.append("row has no readable number; kept with its raw cells")
        if not row.unit.printed:
            row.warnings.append("row has no unit name")
        doc.rankings.append(row)


def extract(doc: ParscanDocument) -> None:
    from parscan.extractors.context import interpreted_tables

    for item in interpreted_tables(doc):
        if item.kind == "ranking":
            interpret(doc, item)
