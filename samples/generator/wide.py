"""A wide landscape PAR table: ~20 provinces x 14 columns at small print, as national annexes print them.

    spec = build_wide_table(seed)                                  # 20 x 14, full grid, 8 pt serif
    spec = build_wide_table(seed, rules="horizontal", size=7.5)    # rules between rows only
    spec = build_wide_table(seed, family="sans", n_sub=8, rank_at="left")   # a held-out variant
    spec = build_wide_table(seed, rules="none")                    # borderless: aligned by whitespace
    spec = build_wide_table(seed, n_units=40, repeat_header=False)  # over two pages, header printed once
    render(spec, "out/x.pdf", profile="scan", dpi=250)

Columns: unit, `n_sub` sub-indices (two decimals, 4,50-9,95), total (their sum), rank (by total,
descending; one tie printed as the same number), class (from the total). The rank stands at the right
after the total (the layout the table stage used to miss) or, with `rank_at="left"`, first. The header
has two rows: a group header "Chỉ số thành phần" over the sub-index columns. The page is A4 landscape;
the whole table fits on one page. Truth: `tables[0]` (printed cells, as strings) and `rankings`.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any, Literal

from samples.generator.national import PROVINCES_63
from samples.generator.numbers import dec, fmt
from samples.generator.spec import Centered, DocSpec, HeaderCell, Paragraph, TableBlock, TextLine

CLASSES = ((85.0, "Tốt"), (75.0, "Khá"), (0.0, "Trung bình"))


def _class(total: float) -> str:
    return next(name for low, name in CLASSES if total >= low)


def _rows(rng: random.Random, n_units: int, n_sub: int) -> list[dict[str, Any]]:
    units = rng.sample(PROVINCES_63, n_units)
    rows = []
    for name in units:
        level = rng.uniform(6.2, 9.3)
        subs = [round(min(9.95, max(4.5, rng.gauss(level, 0.7))), 2) for _ in range(n_sub)]
        rows.append({"unit": name, "subs": subs})
    # one tie: the pair in the middle gets the same total (the last sub-index of the second absorbs it)
    k = rng.randrange(3, n_units - 3)
    totals = [sum(dec(s) for s in r["subs"]) for r in rows]
    order = sorted(range(n_units), key=lambda i: -totals[i])
    a, b = order[k], order[k + 1]
    diff = totals[a] - totals[b]
    last = dec(rows[b]["subs"][-1]) + diff
    if Decimal("4.5") <= last <= Decimal("9.95"):
        rows[b]["subs"][-1] = float(last)
    for r in rows:
        r["total"] = float(sum((dec(s) for s in r["subs"]), Decimal(0)))
    rows.sort(key=lambda r: -r["total"])
    for i, r in enumerate(rows):
        r["rank"] = rows[i - 1]["rank"] if i and r["total"] == rows[i - 1]["total"] else i + 1
        r["class"] = _class(r["total"])
    return rows


def build_wide_table(seed: int, *, rules: Literal["grid", "horizontal", "none"] = "grid", size: float = 8.0,
                     family: Literal["serif", "sans"] = "serif", n_units: int = 20, n_sub: int = 10,
                     rank_at: Literal["right", "left"] = "right", year: int = 2022,
                     repeat_header: bool = True) -> DocSpec:
    """A landscape document holding one wide ranking table (see module doc); one page unless `n_units`
    overflows it (then the table continues on the next page, its header repeated or not)."""
    rng = random.Random(f"wide:{seed}:{n_units}:{n_sub}")
    rows = _rows(rng, n_units, n_sub)
    subs = [f"CS{k + 1}" for k in range(n_sub)]
    unit, total, rank, klass = "Tỉnh, thành phố", "Tổng điểm", "Xếp hạng", "Xếp loại"
    if rank_at == "right":
        header = [[HeaderCell(unit, rowspan=2), HeaderCell("Chỉ số thành phần", colspan=n_sub),
                   HeaderCell(total, rowspan=2), HeaderCell(rank, rowspan=2), HeaderCell(klass, rowspan=2)],
                  [HeaderCell(s) for s in subs]]
        labels = [unit, *(f"Chỉ số thành phần {s}" for s in subs), total, rank, klass]
        printed = [[r["unit"], *(fmt(s) for s in r["subs"]), fmt(r["total"]), str(r["rank"]), r["class"]]
                   for r in rows]
        widths = [0.15] + [0.056] * n_sub + [0.075, 0.045, 0.09]
        align = ["left"] + ["center"] * (n_sub + 2) + ["center"]
    else:
        header = [[HeaderCell(rank, rowspan=2), HeaderCell(unit, rowspan=2), HeaderCell("Chỉ số thành phần",
                   colspan=n_sub), HeaderCell(total, rowspan=2), HeaderCell(klass, rowspan=2)],
                  [HeaderCell(s) for s in subs]]
        labels = [rank, unit, *(f"Chỉ số thành phần {s}" for s in subs), total, klass]
        printed = [[str(r["rank"]), r["unit"], *(fmt(s) for s in r["subs"]), fmt(r["total"]), r["class"]]
                   for r in rows]
        widths = [0.05, 0.15] + [0.056 * 10 / n_sub] * n_sub + [0.075, 0.09]
        align = ["center", "left"] + ["center"] * (n_sub + 2)
    scale = 0.97 / sum(widths)
    widths = [w * scale for w in widths]
    truth = {"kind": "ranking", "pages": [], "header": labels, "rows": printed,
             "layout": {"rules": rules, "size": size, "family": family, "n_cols": len(labels), "rank_at": rank_at,
                        "repeat_header": repeat_header}}
    block = TableBlock(truth=0, widths=widths, header=header, rows=printed, align=align, size=size,
                       rules=rules, family=family, repeat_header=repeat_header)
    blocks = [
        Centered([TextLine("Phụ lục", "bold")], size=12, space_before=0),
        Centered([TextLine(f"KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year} CỦA CÁC TỈNH, THÀNH PHỐ", "bold")],
                 size=11, space_before=0.1),
        Paragraph(f"Bảng 1. Chỉ số thành phần, tổng điểm và xếp hạng Chỉ số CCHC năm {year}", "italic",
                  indent=False, align="center", size=10),
        block,
    ]
    rankings = [{"rank": r["rank"], "unit": r["unit"], "unit_name": r["unit"],
                 "components": {f"cs{k + 1}": s for k, s in enumerate(r["subs"])}, "total": r["total"],
                 "class": r["class"]} for r in rows]
    document = {"kind": "Phụ lục", "year_assessed": year, "layout": truth["layout"]}
    return DocSpec(name="wide", seed=seed, blocks=blocks, document=document, tables=[truth], rankings=rankings,
                   landscape=True)
