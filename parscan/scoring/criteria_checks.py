"""Criteria tables: children add up to their parent, fields to the total, maxima to the set's total.

Appendix tables are the worst-scanned part of PAR documents (narrow columns, small print); a
roll-up that cannot be verified because a cell is unreadable, or that fails where a row was read
with doubt, is reported as a warning naming the OCR, not as an error of the document.
"""

from __future__ import annotations

from decimal import Decimal

from parscan.schemas.records import CriterionRow
from parscan.scoring.context import AuditContext, Doubt
from parscan.scoring.numeric import dec, fmt

_KEY_VI = {"max_points": "điểm tối đa"}


def _parent(code: str) -> str | None:
    return code.rsplit(".", 1)[0] if "." in code else None


def _value(row: CriterionRow, key: str) -> Decimal | None:
    return dec(row.max_points) if key == "max_points" else dec(row.values.get(key))


def check_criteria(ctx: AuditContext) -> None:
    tables: dict[str, list[CriterionRow]] = {}
    for row in ctx.doc.criteria:
        tables.setdefault(row.table_id or "", []).append(row)
    for rows in tables.values():
        _check_table(ctx, rows)


def _check_table(ctx: AuditContext, rows: list[CriterionRow]) -> None:
    by_code = {r.code: r for r in rows if r.code and r.level != "total"}
    keys = ["max_points"] + sorted({k for r in rows for k in r.values})
    doubts = {id(r): ctx.doubt(r) for r in rows}
    children: dict[str, list[CriterionRow]] = {}
    for code, row in by_code.items():
        parent = _parent(code)
        if parent in by_code:
            children.setdefault(parent, []).append(row)
    for parent_code, kids in children.items():
        _rollup(ctx, by_code[parent_code], kids, keys, doubts, parent_code)
    fields = [r for code, r in by_code.items() if _parent(code) not in by_code]
    total_row = next((r for r in rows if r.level == "total"), None)
    if total_row is not None and len(fields) > 1:
        _rollup(ctx, total_row, fields, keys, doubts, "total")
    _check_against_methodology(ctx, rows, fields, by_code, doubts)
    _check_over_max(ctx, rows, doubts)


def _rollup(ctx: AuditContext, parent: CriterionRow, kids: list[CriterionRow], keys: list[str],
            doubts: dict[int, Doubt], code: str) -> None:
    involved = [parent, *kids]
    doubt_reasons = [reason for r in involved for reason in doubts[id(r)].reasons]
    doubt_reasons_vi = [reason for r in involved for reason in doubts[id(r)].reasons_vi]
    gaps = _numbering_gaps(kids)
    unreadable: dict[str, list[str]] = {}
    for key in keys:
        pv = _value(parent, key)
        cvs = [_value(k, key) for k in kids]
        label_vi = _KEY_VI.get(key, key)
        ev = [parent.evidence] + [k.evidence for k in kids]
        if pv is None and all(c is None for c in cvs):
            continue
        if pv is None or any(c is None for c in cvs):
            missing = [code if pv is None else None] + [k.code for k, c in zip(kids, cvs) if c is None]
            for m in missing:
                if m and m not in unreadable.setdefault(label_vi, []):
                    unreadable[label_vi].append(m)
            continue
        summed = sum(cvs, Decimal(0))  # type: ignore[arg-type]
        if summed == pv:
            continue
        if abs(summed - pv) <= Decimal("0.005") * len(kids):
            ctx.add("criteria_rollup", "info",
                    f"Mục {code}: '{label_vi}' các mục con cộng lại {fmt(summed)}, in {fmt(pv)} (chênh do làm tròn).",
                    f"Item {code}: '{key}' children add up to {summed}, printed {pv} (rounding).",
                    published=pv, expected=summed, code=code, evidence=ev)
            continue
        suspect = bool(doubt_reasons) or bool(gaps)
        why_vi = ""
        why_en = ""
        if doubt_reasons:
            why_vi += f" Có thể do lỗi nhận dạng (OCR): {'; '.join(doubt_reasons_vi)}."
            why_en += f" Possibly an OCR misreading: {'; '.join(doubt_reasons)}."
        if gaps:
            why_vi += f" Thiếu dòng {', '.join(gaps)} trong bảng đọc được."
            why_en += f" Rows {', '.join(gaps)} are missing from the table as read."
        ctx.add("criteria_rollup", "warning" if suspect else "error",
                f"Mục {code}: '{label_vi}' in là {fmt(pv)} nhưng các mục con cộng lại {fmt(summed)} "
                f"(chênh {fmt(pv - summed)})." + why_vi,
                f"Item {code}: '{key}' printed {pv} but its children add up to {summed} "
                f"(difference {pv - summed})." + why_en,
                published=pv, expected=summed, code=code, ocr_doubt=suspect, evidence=ev)
    if unreadable:
        what_vi = "; ".join(f"'{k}' của {', '.join(v)}" for k, v in unreadable.items())
        ctx.add("criteria_rollup", "warning",
                f"Mục {code}: không kiểm tra được cộng dồn vì không đọc được {what_vi} (có thể do lỗi nhận dạng OCR).",
                f"Item {code}: roll-up cannot be verified, unreadable values: {what_vi} (OCR).",
                code=code, ocr_doubt=True, evidence=[parent.evidence] + [k.evidence for k in kids])


def _numbering_gaps(kids: list[CriterionRow]) -> list[str]:
    """Child codes skipped in the sequence (1.1, 1.2, 1.4 -> '1.3'): a row the OCR lost."""
    tails: list[int] = []
    prefix = ""
    for kid in kids:
        head, _, tail = (kid.code or "").rpartition(".")
        if tail.isdigit():
            tails.append(int(tail))
            prefix = head
    if not tails:
        return []
    present = set(tails)
    return [f"{prefix}.{n}" for n in range(1, max(tails)) if n not in present]


def _check_against_methodology(ctx: AuditContext, rows: list[CriterionRow], fields: list[CriterionRow],
                               by_code: dict[str, CriterionRow], doubts: dict[int, Doubt]) -> None:
    cset = ctx.methodology.criteria_for(None)
    if cset is None:
        return
    known = cset.nodes()
    for code, row in by_code.items():
        node = known.get(code)
        printed = dec(row.max_points)
        if node is None or node[0].max_points is None or printed is None or printed == node[0].max_points:
            continue
        suspect = bool(doubts[id(row)])
        ctx.add("criteria_max", "warning" if suspect else "error",
                f"Mục {code}: điểm tối đa in là {fmt(printed)}, theo phương pháp {ctx.methodology.id} là "
                f"{fmt(node[0].max_points)}.",
                f"Item {code}: printed maximum {printed}, methodology {ctx.methodology.id} says {node[0].max_points}.",
                published=printed, expected=node[0].max_points, code=code, ocr_doubt=suspect, evidence=[row.evidence])
    maxima = [dec(f.max_points) for f in fields]
    if len(fields) > 1 and all(m is not None for m in maxima) and not any(r.level == "total" for r in rows):
        summed = sum(maxima, Decimal(0))  # type: ignore[arg-type]
        if summed != cset.total_max:
            suspect = any(doubts[id(f)] for f in fields)
            ctx.add("criteria_rollup", "warning" if suspect else "error",
                    f"Điểm tối đa các lĩnh vực cộng lại {fmt(summed)}, không bằng {fmt(cset.total_max)}.",
                    f"Field maxima add up to {summed}, not {cset.total_max}.",
                    published=summed, expected=cset.total_max, code="total", ocr_doubt=suspect,
                    evidence=[f.evidence for f in fields])


def _check_over_max(ctx: AuditContext, rows: list[CriterionRow], doubts: dict[int, Doubt]) -> None:
    for row in rows:
        limit = dec(row.max_points)
        if limit is None:
            continue
        for key, value in row.values.items():
            v = dec(value)
            if v is not None and v > limit:
                suspect = bool(doubts[id(row)])
                ctx.add("criteria_over_max", "warning" if suspect else "error",
                        f"Mục {row.code}: '{key}' = {fmt(v)} vượt điểm tối đa {fmt(limit)}.",
                        f"Item {row.code}: '{key}' = {v} exceeds the maximum {limit}.",
                        published=v, expected=limit, code=row.code, ocr_doubt=suspect, evidence=[row.evidence])
