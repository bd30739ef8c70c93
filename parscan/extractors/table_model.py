"""Shared view of a generic `Table` for the interpreters: column keys, rows, kind, continued tables.

Works the same for tables recovered from text and tables detected on scans: everything is read
from `Table.header` and the cells, never from page lines.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from parscan.extractors.headers import recognise
from parscan.normalizers.names import fold
from parscan.normalizers.numbers import read_number
from parscan.pipeline.tables.columns import rows_of
from parscan.registries import criteria_set
from parscan.schemas.geometry import Box, Evidence
from parscan.schemas.records import Cell, Table

CODE_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?$")
NAME_KEYS = {"unit", "criterion"}
INDEX_KEYS = {"stt", "rank"}


def _field_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for set_id in ("provincial_2022_2030", "provincial_2017_2021"):
        for item in criteria_set(set_id).items:
            if item.level == "field" and item.name and item.code not in names:
                names[item.code] = item.name
    return names


def column_keys(table: Table) -> list[str | None]:
    """Canonical key per column from the printed header (None where not recognised)."""
    fields = _field_names()
    keys = [recognise(label, field_names=fields) if label else None for label in table.header]
    keys += [None] * (table.n_cols - len(keys))
    return keys[: table.n_cols] if table.n_cols else keys


def cell_text(cell: Cell | None) -> str:
    return cell.text.strip() if cell else ""


def row_evidence(cells: list[Cell | None], table: Table) -> Evidence:
    """Evidence of one row: union of cell boxes on scans, line span on text input."""
    present = [c for c in cells if c is not None and c.text.strip()]
    page = next((c.page for c in present if c.page), table.pages[0] if table.pages else 1)
    box: Box | None = None
    for c in present:
        if c.box is not None:
            box = c.box if box is None else box.union(c.box)
    starts = [c.line_start for c in present if c.line_start]
    ends = [c.line_end for c in present if c.line_end]
    return Evidence(page=page, box=box, line_start=min(starts) if starts else None,
                    line_end=max(ends) if ends else None, text=" | ".join(c.text.strip() for c in present))


def column_decimals(grid: list[list[Cell | None]], col: int) -> int | None:
    """Decimals a numeric column usually prints (from the cells that kept their separator)."""
    counts: Counter[int] = Counter()
    for row in grid:
        text = cell_text(row[col]) if col < len(row) else ""
        m = re.search(r"[.,](\d+)\D*$", text)
        if m and read_number(text).value is not None:
            counts[len(m.group(1))] += 1
    if not counts:
        return None
    value, freq = counts.most_common(1)[0]
    return value if freq >= 0.6 * sum(counts.values()) and value in (1, 2) else None


def looks_like_codes(grid: list[list[Cell | None]], col: int) -> float:
    texts = [cell_text(r[col]) for r in grid if col < len(r) and cell_text(r[col])]
    if not texts:
        return 0.0
    dotted = sum(1 for t in texts if CODE_RE.match(t) and "." in t.strip("."))
    return dotted / len(texts)


def classify(table: Table, keys: list[str | None]) -> str:
    """ranking | criteria | unknown, from the header keys and the first column's contents."""
    grid = rows_of(table)
    present = {k for k in keys if k}
    if "criterion" in present or ({"max_points", "lead_agency"} <= present):
        return "criteria"
    if keys and keys[0] in INDEX_KEYS and looks_like_codes(grid, 0) >= 0.4:
        return "criteria"
    if present & {"unit", "rank"} or present & {"appraisal", "survey", "index_pct"}:
        return "ranking"
    return "unknown"


@dataclass
class Interpreted:
    table: Table
    keys: list[str | None]
    kind: str


KIND_FAMILIES = ({"rank", "ordinal", "count", "score"}, {"name", "text"})  # alone, a continuation's few rows
# type loosely: its ranks (18..24) read as plain integers, a column that lost its commas as counts


def _continues_without_header(a: Interpreted, b: Interpreted) -> bool:
    """A table on the next page with no header of its own whose columns are those of the table before
    (numbers under numbers, words under words): the same table, its header printed once."""
    if a.kind == "unknown" or b.kind != "unknown" or any(b.table.header) or b.table.n_cols != a.table.n_cols:
        return False
    if not (a.table.pages and b.table.pages and b.table.pages[0] - a.table.pages[-1] == 1):
        return False
    kinds_a, kinds_b = a.table.column_kinds, b.table.column_kinds
    if len(kinds_a) != len(kinds_b):
        return False
    return all(ka == kb or "empty" in (ka, kb) or any({ka, kb} <= family for family in KIND_FAMILIES)
               for ka, kb in zip(kinds_a, kinds_b))


def _same_part_family(ka: str, kb: str) -> bool:
    """Two sub-index columns ('part_cs2' and 'part_ccs2': the repeated header's 'CS2' read with a stray
    letter on the next page) are the same kind of column for a continuation."""
    return ka.startswith("part_") and kb.startswith("part_")


def _compatible(a: Interpreted, b: Interpreted) -> bool:
    if _continues_without_header(a, b):
        return True
    if a.kind != b.kind or a.kind == "unknown":
        return False
    if b.table.pages and a.table.pages and not 0 <= b.table.pages[0] - a.table.pages[-1] <= 1:
        return False
    if b.table.n_cols == a.table.n_cols:
        return all(kb is None or ka is None or ka == kb or {ka, kb} <= NAME_KEYS or {ka, kb} <= INDEX_KEYS
                   or _same_part_family(ka, kb) for ka, kb in zip(a.keys, b.keys))
    # the continuation lost its right-most (agency) column
    return b.table.n_cols == a.table.n_cols - 1 and a.keys[-1] in ("lead_agency", None)


COLUMN_SHIFT = 0.01  # column borders within this share of the table's width: the same columns on both pages
BORDER_SLACK = 0.25  # one border may stand off by this share of the narrower column beside it (see `_same_columns`)


def _column_borders(table: Table) -> list[float] | None:
    """Each column's left and right border as a share of the table's width (from its cells' boxes, which a
    scanned table's grid gives every cell of a column alike); None without boxes (text tables)."""
    frame = table.evidence.box if table.evidence is not None else None
    if frame is None or frame.x1 <= frame.x0 or not table.n_cols:
        return None
    edges: dict[int, list[tuple[int, int]]] = {}
    for cell in table.cells:
        if cell.box is not None and cell.col_span == 1:
            edges.setdefault(cell.col, []).append((cell.box.x0, cell.box.x1))
    if len(edges) < table.n_cols:
        return None
    width = frame.x1 - frame.x0
    out: list[float] = []
    for col in range(table.n_cols):
        lefts, rights = sorted(x0 for x0, _ in edges[col]), sorted(x1 for _, x1 in edges[col])
        out += [(lefts[len(lefts) // 2] - frame.x0) / width, (rights[len(rights) // 2] - frame.x0) / width]
    return out


def _same_columns(a: Table, b: Table) -> bool:
    """The same number of columns with their borders at the same places across the table's width: all of
    them within `COLUMN_SHIFT` of the table's at the median, and each within a quarter of the narrower column
    beside it (`BORDER_SLACK`).

    Why not every border within `COLUMN_SHIFT`: a table ruled between rows only, or not at all, has its
    column borders in the middle of the whitespace between its columns' text, and the gap after a column of
    left-aligned names ends where its longest name does; a continuation's few rows hold other names, so
    that one border moves with them (1.02 % of the width on a tuned 250-dpi rules-only copy, all its other
    borders within 0.26 %), while a ruled grid's borders agree to 0.04 %. A quarter of a column keeps each
    border between the same two columns.
    """
    borders_a, borders_b = _column_borders(a), _column_borders(b)
    if a.n_cols != b.n_cols or borders_a is None or borders_b is None:
        return False
    shifts = [abs(x - y) for x, y in zip(borders_a, borders_b)]
    widths = [borders_a[2 * col + 1] - borders_a[2 * col] for col in range(a.n_cols)]
    for k, shift in enumerate(shifts):  # k: the left (even) or right (odd) border of column k // 2
        col = k // 2
        beside = widths[max(0, col - 1):col + 1] if k % 2 == 0 else widths[col:col + 2]
        if shift > BORDER_SLACK * min(beside):
            return False
    return statistics.median(shifts) <= COLUMN_SHIFT


def _is_repeated_header(cells: list[Cell | None], header: list[str]) -> bool:
    texts = [fold(cell_text(c)) for c in cells if cell_text(c)]
    heads = {fold(h) for h in header if h}
    return bool(texts) and sum(1 for t in texts if t in heads) >= max(2, len(texts) // 2)


def _header_from_first_rows(table: Table) -> None:
    """A detected table without `header` labels: take them from its leading label rows (≤ 3)."""
    if any(table.header):
        return
    grid = rows_of(table)
    fields = _field_names()
    labels = [""] * len(grid[0]) if grid else []
    used = 0
    grouped: set[int] = set()  # columns under a group header ("Chỉ số thành phần" over CS1..CS10)
    for cells in grid[:3]:
        texts = [cell_text(c) for c in cells]
        hits = sum(1 for t in texts if t and recognise(t, field_names=fields))
        numeric = sum(1 for t in texts if read_number(t).value is not None and not re.fullmatch(r"\(?\d{1,2}\)?", t))
        filled = [k for k, t in enumerate(texts) if t]
        sub_labels = used and numeric == 0 and len(filled) >= 2 and set(filled) <= grouped
        if (hits < 2 or numeric > 1) and not sub_labels:
            break
        spread = list(texts)
        for k, c in enumerate(cells):
            if c is not None and c.col_span > 1 and texts[k]:
                for j in range(k + 1, min(len(spread), k + c.col_span)):
                    spread[j] = texts[k]
                    grouped.update((k, j))
        labels = [f"{a} {b}".strip() for a, b in zip(labels, spread)]
        used += 1
    if not used:
        return
    table.header = labels
    table.cells = [c.model_copy(update={"row": c.row - used}) for c in table.cells if c.row >= used]
    table.n_rows = max(0, table.n_rows - used)


HEADER_LIKENESS = 75.0  # a continuation's header read this close to the table's (mean folded ratio) repeats it


def _same_header(a: list[str], b: list[str]) -> bool:
    """A header read as the table's header repeated, however garbled: the folded labels of the columns that
    both have one are alike on average ('€hỉ xô thành phần' under 'Chỉ số thành phần')."""
    from rapidfuzz import fuzz

    pairs = [(fold(x), fold(y)) for x, y in zip(a, b) if x.strip() and y.strip()]
    return len(pairs) >= 2 and sum(fuzz.ratio(x, y) for x, y in pairs) / len(pairs) >= HEADER_LIKENESS


def _continues_below(a: Interpreted, b: Interpreted, first_on_page: bool) -> bool:
    """The first table of a page continues the last one of the page before when it has no header of its own,
    or one read as the table's repeated (`_same_header`), and its columns stand where the table's do
    (`_same_columns`), whatever its own few rows read as.

    Why the borders and not only the kinds and header keys (`_compatible`): on a light or blurred page 2 the
    continuation's rows read so poorly that its columns typed alone (ranks and sub-indices as counts, '2»' as
    text) matched none of the table's, and its repeated header's keys differed ('Tổng điểm' read as a maximum);
    it stayed a table of its own, never checked against the table's formats. The grid of a table continued on
    the next page is printed with the same column widths.
    """
    if not first_on_page or a.kind == "unknown" or (any(b.table.header)
                                                    and not _same_header(a.table.header, b.table.header)):
        return False
    if not (a.table.pages and b.table.pages and b.table.pages[0] - a.table.pages[-1] == 1):
        return False
    return _same_columns(a.table, b.table)


def interpret_tables(tables: list[Table]) -> list[Interpreted]:
    """Recognise columns and kind of every table and merge tables continued on the next page(s).

    A continuation keeps its own rows (row numbers shifted) and drops a repeated header row; one printed
    without the header joins when its columns are the table's (`_continues_without_header`, or the first
    table of its page with the table's column borders: `_continues_below`). Its few rows alone do not say what
    its columns are: one whose own kinds are the table's is typed again with it (`type_table`, as before);
    any other continuation on the next page is settled against the table's columns as the table's own rows
    type them (`continued_columns`, `settle_continuation`), the table's cells left as their page settled them.
    Why not the second for both: typing the whole table again rewrites cells its page settled with their
    pixels (on a held-out `scan` copy, a header-label row's nine doubts); kept as it was, every `scan` and
    ranking-report cell of the benchmark stays the same (BENCHMARKS.md, issue 11, session 11 second part).
    """
    from parscan.pipeline.tables.columns import (continued_columns, settle_continuation,
                                                 settle_retyped_continuation, type_table)

    out: list[Interpreted] = []
    pages_seen: set[int] = set()
    for table in tables:
        if not table.column_kinds:  # text tables: typed the same way, without pixels to read again
            type_table(table)
        _header_from_first_rows(table)
        keys = column_keys(table)
        item = Interpreted(table, keys, classify(table, keys))
        first_on_page = bool(table.pages) and table.pages[0] not in pages_seen
        pages_seen.update(table.pages)
        if out and (_compatible(out[-1], item) or _continues_below(out[-1], item, first_on_page)):
            prev = out[-1]
            headerless = _continues_without_header(prev, item)
            shift = max((c.row for c in prev.table.cells), default=-1) + 1
            grid = rows_of(table)
            next_page = bool(prev.table.pages and table.pages) and table.pages[0] == prev.table.pages[-1] + 1
            skip = {r for r, cells in enumerate(grid) if _is_repeated_header(cells, prev.table.header)}
            more = [[c.text if c is not None else "" for c in cells] for r, cells in enumerate(grid) if r not in skip]
            columns = continued_columns(prev.table, more) if next_page and prev.table.column_kinds \
                and not headerless else None
            for cell in table.cells:
                if cell.row in skip:
                    continue
                page = cell.page or (table.pages[0] if table.pages else None)
                prev.table.cells.append(cell.model_copy(update={"row": cell.row + shift, "page": page}))
            prev.table.n_rows = shift + len(grid)
            prev.table.pages = sorted(set(prev.table.pages) | set(table.pages))
            prev.keys = [ka or kb for ka, kb in zip(prev.keys, keys + [None] * len(prev.keys))]
            prev.table.warnings.append(f"continued by table {table.id}")
            if headerless:  # its cells were typed on its own few rows, without the header: typed again with
                columns = type_table(prev.table)  # the table's (a lost comma in a sub-index is then a broken
                settle_retyped_continuation(prev.table, shift, columns)  # score), a light page's with its readings
            elif columns is not None and len(columns) == len(prev.table.column_kinds):
                settle_continuation(prev.table, shift, columns)
            continue
        out.append(item)
    for item in out:
        item.table.kind = item.kind
        item.table.columns = [k or "" for k in item.keys]
    return out
