"""Criteria tables (Lĩnh vực / Tiêu chí / Tiêu chí thành phần) -> `CriterionRow`s.

Criteria tables follow an official set (registry), in its order.  OCR damages the code column
(``1.2`` -> ``19``, ``2.2`` -> ``0o``) and drops decimal separators (``1.5`` -> ``15``), so rows are
decoded against the registry sequence: a code that exists and comes next is taken as printed;
otherwise the next few registry items are scored on the code's digits, the name and the max
points, and the best is taken (with a warning).  A separator-less number is read as the one
placement of the separator (``15`` -> 15 / 1.5 / 0.15) that fits: the registry max for the max
column, at most the row's max for score columns.  The digits themselves are never changed.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from parscan.extractors.context import doc_province, interpreted_tables
from parscan.extractors.table_model import INDEX_KEYS, NAME_KEYS, Interpreted, cell_text, row_evidence, rows_of
from parscan.extractors.text_tables import row_label_kind
from parscan.normalizers.names import fold
from parscan.normalizers.numbers import digit_candidates, ocr_variants, read_number
from parscan.registries import CriteriaSet, CriterionItem, criteria_set, match_unit
from parscan.schemas.document import ParscanDocument
from parscan.schemas.records import CriterionRow, Match

_LEVELS = {1: "field", 2: "criterion", 3: "sub_criterion"}
_LOOKAHEAD = 4
_AGENCY_SPLIT_RE = re.compile(r";|\s-\s|^-\s|\s\+\s")


def choose_set(doc: ParscanDocument) -> CriteriaSet:
    """2017–2021 national set for assessments up to 2021, the 876/QĐ-BNV set from 2022."""
    year = doc.document.year_assessed
    if year is None and doc.document.date:
        year = int(doc.document.date[:4])
    return criteria_set("provincial_2022_2030" if year and year >= 2022 else "provincial_2017_2021")


def _norm_code(text: str) -> str:
    return re.sub(r"\s+", "", text).replace(",", ".").strip(".|")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text.replace("o", "0").replace("O", "0"))


def _decode_code(printed: str, name: str, first_value: str, cset: CriteriaSet, prev_pos: int) -> tuple[int | None, float]:
    """Position of the registry item this row is, and how sure (100 = printed code exact, in order)."""
    code = _norm_code(printed)
    item = cset.by_code.get(code)
    if item is not None:
        pos = cset.items.index(item)
        if pos > prev_pos:
            return pos, 100.0
    best: tuple[float, int | None] = (0.0, None)
    digits = _digits(printed)
    key = fold(name)
    # a cleanly printed dotted code ('5.6') names its depth: a set that lacks it (the 2022 set lists
    # fields only) must not turn it into the next field ('6')
    dotted_depth = code.count(".") if re.fullmatch(r"\d{1,2}(?:\.\d{1,2}){1,2}", code) else None
    for pos in range(prev_pos + 1, min(len(cset.items), prev_pos + 1 + _LOOKAHEAD)):
        cand = cset.items[pos]
        digit_score = fuzz.ratio(digits, _digits(cand.code)) if digits else 50.0
        name_score = fuzz.partial_ratio(fold(cand.name or ""), key) if key and cand.name else 40.0
        max_bonus = 20.0 if cand.max_points is not None and cand.max_points in digit_candidates(first_value) else 0.0
        depth_penalty = 15.0 if dotted_depth is not None and cand.code.count(".") != dotted_depth else 0.0
        score = 0.45 * digit_score + 0.45 * name_score + max_bonus - 6.0 * (pos - prev_pos - 1) - depth_penalty
        if score > best[0]:
            best = (score, pos)
    if best[1] is not None and best[0] >= 55.0:
        return best[1], best[0]
    return None, best[0]


def _read_bounded(text: str, *, exact: float | None = None, bound: float | None = None) -> tuple[float | None, bool]:
    """Read a value, choosing the separator placement that fits (see module doc). -> (value, restored)."""
    reading = read_number(text)
    if reading.value is None:
        return None, False
    cands = digit_candidates(text)
    if exact is not None and exact in cands:
        return exact, exact != reading.value
    if exact is not None and any(exact in digit_candidates(v) for v in ocr_variants(text)):
        return exact, True
    if bound is not None and reading.value > bound + 1e-9:
        fitting = [c for c in cands if c <= bound + 1e-9]
        if fitting:
            return max(fitting), True
    return reading.value, False


def _agencies(text: str, province: str | None) -> list[Match]:
    text = text.strip(" -;,.")
    if len(text) < 3:
        return []
    whole = match_unit(text, province, "department")
    if whole.canonical:
        return [whole]
    out = []
    for part in _AGENCY_SPLIT_RE.split(text):
        part = part.strip(" -;,.")
        if len(part) >= 3:
            out.append(match_unit(part, province, "department"))
    return out


def interpret(doc: ParscanDocument, item: Interpreted, cset: CriteriaSet, inherited: list[str] | None) -> list[str]:
    """Add the table's rows to doc.criteria; returns the value-column keys used (for continuations)."""
    table = item.table
    grid = rows_of(table)
    keys = list(item.keys)
    index_col = next((i for i, k in enumerate(keys) if k in INDEX_KEYS), 0)
    name_col = next((i for i, k in enumerate(keys) if k in NAME_KEYS), index_col + 1)
    lead_col = next((i for i, k in enumerate(keys) if k == "lead_agency"), None)
    value_cols = [i for i in range(len(keys)) if i not in (index_col, name_col, lead_col)]
    if lead_col is None and value_cols and all(read_number(cell_text(r[value_cols[-1]])).value is None
                                               for r in grid if value_cols[-1] < len(r) and cell_text(r[value_cols[-1]])):
        lead_col = value_cols.pop()
    value_keys = [keys[c] for c in value_cols]
    if any(k is None for k in value_keys):
        if inherited and len(inherited) == len(value_cols):
            value_keys = list(inherited)
        else:
            value_keys = [k or ("max_points" if n == 0 else f"value_{n + 1}") for n, k in enumerate(value_keys)]
    province = doc_province(doc)
    prev_pos = max((cset.items.index(cset.by_code[r.code]) for r in doc.criteria
                    if r.code in cset.by_code and r.table_id != table.id), default=-1) if inherited else -1
    parents: dict[str, float] = {}
    for cells in grid:
        texts = [cell_text(c) for c in cells]
        if not any(texts):
            continue
        printed_code = texts[index_col] if index_col < len(texts) else ""
        name = texts[name_col] if name_col < len(texts) else ""
        raw_values = [texts[c] if c < len(texts) else "" for c in value_cols]
        has_numbers = any(read_number(v).value is not None for v in raw_values)
        evidence = row_evidence(cells, table)
        row = CriterionRow(table_id=table.id, name=Match(printed=name), raw_cells=texts, evidence=evidence)
        if row_label_kind(name) == "total":
            row.level = "total"
            for key, text in zip(value_keys, raw_values):
                value = read_number(text).value
                if key == "max_points":
                    row.max_points = value
                else:
                    row.values[key] = value
            doc.criteria.append(row)
            continue
        if not has_numbers and not printed_code:
            if doc.criteria and doc.criteria[-1].table_id == table.id and name:  # wrapped name text
                doc.criteria[-1].name.printed = f"{doc.criteria[-1].name.printed} {name}".strip()
            continue
        pos, sureness = _decode_code(printed_code, name, raw_values[0] if raw_values else "", cset, prev_pos)
        reg: CriterionItem | None = cset.items[pos] if pos is not None else None
        if reg is not None:
            prev_pos = pos
            row.code, row.level = reg.code, reg.level  # type: ignore[assignment]
            if sureness < 100:
                row.warnings.append(f"code {printed_code!r} read as {reg.code} from the registry sequence")
            row.name = cset.match_name(name, reg.code)
        else:
            code = _norm_code(printed_code)
            if re.fullmatch(r"\d{1,2}(\.\d{1,2}){0,2}", code):
                row.code = code
                row.level = _LEVELS.get(code.count(".") + 1, "unknown")  # type: ignore[assignment]
            row.warnings.append("code not found in the registry; kept as printed")
            row.name = cset.match_name(name) if name else Match(printed=name)
        stranded = name.split()[-1] if name.split() else ""
        if reg is not None and reg.max_points is not None and raw_values and read_number(stranded).value is not None \
                and reg.max_points in digit_candidates(stranded) and reg.max_points not in digit_candidates(raw_values[0]):
            # the value run was one token longer than the columns: the max was left in the name
            raw_values = [stranded] + raw_values[:-1]
            row.warnings.append("max points read from a token left of the value columns; other values uncertain")
        parent_code = row.code.rsplit(".", 1)[0] if row.code and "." in row.code else None
        for key, text in zip(value_keys, raw_values):
            if key == "max_points":
                value, restored = _read_bounded(text, exact=reg.max_points if reg else None,
                                                bound=parents.get(parent_code or ""))
                row.max_points = value
            else:
                value, restored = _read_bounded(text, bound=row.max_points)
                row.values[key] = value
            if restored:
                row.warnings.append(f"read {text!r} as {value} ({key}): separator or OCR digit restored")
        if row.code and row.max_points is not None:
            parents[row.code] = row.max_points
        if lead_col is not None and lead_col < len(texts):
            row.lead_agency = _agencies(texts[lead_col], province)
        if not has_numbers:
            row.warnings.append("row has no readable number; kept with its raw cells")
        doc.criteria.append(row)
    return value_keys


def reconcile_with_registry(rows: list[CriterionRow], cset: CriteriaSet) -> None:
    """Where a table reproduces the registry set, take the registry max for cells OCR could not read.

    A table whose readable max points agree with the official set on ≥80 % of its coded rows *is*
    that set; a row that disagrees there is far more likely misread than misprinted.  The printed
    cell stays in `raw_cells` and the row says which source was used, so the audit can tell.
    """
    coded = [r for r in rows if r.code in cset.by_code and cset.by_code[r.code].max_points is not None]
    readable = [r for r in coded if r.max_points is not None]
    if len(readable) < 5:
        return
    agree = sum(1 for r in readable if r.max_points == cset.by_code[r.code].max_points)
    for r in coded:
        r.max_points_source = "printed" if r.max_points is not None else None
    if agree < 0.8 * len(readable):
        return
    for r in coded:
        reg_max = cset.by_code[r.code].max_points
        if r.max_points != reg_max:
            printed = r.max_points
            r.max_points, r.max_points_source = reg_max, "registry"
            r.warnings.append(f"max points {printed} as read disagrees with the registry ({reg_max}) in a table that "
                              f"follows it on {agree}/{len(readable)} rows: registry value used")


def extract(doc: ParscanDocument) -> None:
    cset = choose_set(doc)
    inherited: list[str] | None = None
    for item in interpreted_tables(doc):
        if item.kind == "criteria":
            inherited = interpret(doc, item, cset, inherited)
            reconcile_with_registry([r for r in doc.criteria if r.table_id == item.table.id], cset)
