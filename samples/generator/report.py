"""Hà Nam-2022-style ranking report: consistent scores, ranks, bands and prose claims from a seed,
with optional planted faults the auditor must find.

The clean figures satisfy every published rule exactly (total = appraisal + survey, index = total/max
rounded half-up, ranks by index, bands by index, prose derived from the table); each fault then breaks one
relation and leaves the others intact, so an audit finding can be attributed to exactly one cause.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from statistics import fmean
from typing import Any

from samples.generator.numbers import BANDS, add, band_bounds, band_of, dec, fmt, index_pct, round_half_up
from samples.generator.spec import (
    Centered, DocSpec, HeaderCell, NationalHeader, Paragraph, Signature, TableBlock, TextLine,
)
from samples.generator.units import PROVINCES, Unit, departments, districts

REPORT_FAULTS = ("row_total", "rank_order", "class_band", "index", "claim_average", "claim_members", "claim_count")
GROUP_DEPARTMENTS = "Các sở, ban, ngành"
GROUP_DISTRICTS = "UBND các huyện, thị xã, thành phố"


def vn_date(date: dt.date) -> str:
    """'ngày 04 tháng 02 năm 2023' — day zero-padded, month padded for January and February (Decree 30)."""
    month = f"{date.month:02d}" if date.month < 3 else str(date.month)
    return f"ngày {date.day:02d} tháng {month} năm {date.year}"


def short_date(date: dt.date) -> str:
    return f"{date.day:02d}/{date.month:02d}/{date.year}"


def national_header(parent: str, issuer: str, number: str, place: str, date: dt.date) -> NationalHeader:
    left = [TextLine(parent)] if parent else []
    left += [TextLine(issuer, "bold", underline=True), TextLine(f"Số: {number}")]
    right = [
        TextLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "bold"),
        TextLine("Độc lập - Tự do - Hạnh phúc", "bold", underline=True),
        TextLine(f"{place}, {vn_date(date)}", "italic"),
    ]
    return NationalHeader(left, right)


def _score_unit(rng: random.Random, unit: Unit, group: str, mean: float, used: set[float]) -> dict[str, Any]:
    """Draw an index, then split it into appraisal (max 90, or 60 when starred) and survey (max 10)."""
    while True:
        target = min(99.3, max(64.0, rng.gauss(mean, 5.0)))
        if unit.starred:
            appraisal, survey, max_points = min(60.0, round_half_up(target * 0.6, 2)), None, 60.0
            total = appraisal
        else:
            survey = round_half_up(rng.uniform(8.2, 10.0), 2)
            appraisal = target - survey
            appraisal = round_half_up(round(appraisal * 4) / 4 if rng.random() < 0.4 else appraisal, 2)
            if not 40 <= appraisal <= 90:
                continue
            total, max_points = add(appraisal, survey), 100.0
        index = index_pct(total, max_points)
        if index not in used:
            used.add(index)
            return {
                "group": group, "rank": 0, "unit": unit.label, "unit_name": unit.name,
                "components": {"appraisal": appraisal, "survey": survey}, "total": total,
                "max_points": max_points, "index_pct": index, "class": band_of(index),
                "marks": ["*", "X"] if unit.starred else [],
            }


def _score_group(rng: random.Random, units: list[Unit], group: str, mean: float) -> list[dict[str, Any]]:
    used: set[float] = set()
    rows = [_score_unit(rng, u, group, mean, used) for u in units]
    rows.sort(key=lambda r: -r["index_pct"])
    for rank, row in enumerate(rows, 1):
        row["rank"] = rank
    return rows


def _mean_index(rows: list[dict[str, Any]]) -> float:
    return round_half_up(sum(dec(r["index_pct"]) for r in rows) / len(rows), 2)


def _group_claims(rng: random.Random, group: str, rows: list[dict[str, Any]], year: int) -> list[dict[str, Any]]:
    """The numeric statements the prose makes about one group, all derived from the (clean) table."""
    avg = _mean_index(rows)
    delta = round_half_up(rng.choice([-1, 1, 1]) * rng.uniform(0.2, 3.5), 2)
    prev = round_half_up(avg - delta, 2)
    top, bottom = rows[0], rows[-1]
    gap = round_half_up(dec(top["index_pct"]) - dec(bottom["index_pct"]), 2)
    base = {"group": group, "year": year, "unit": "%", "previous_value": None, "previous_year": None,
            "members": [], "bounds": None}
    claims = [
        {**base, "kind": "average", "subject": group, "value": avg},
        {**base, "kind": "delta", "subject": group, "value": delta, "previous_value": prev,
         "previous_year": year - 1},
        {**base, "kind": "highest", "subject": group, "value": top["index_pct"], "members": [top["unit"]]},
        {**base, "kind": "lowest", "subject": group, "value": bottom["index_pct"], "members": [bottom["unit"]]},
        {**base, "kind": "gap", "subject": group, "value": gap},
    ]
    for band, low, high in BANDS:
        members = [r["unit"] for r in rows if r["class"] == band]
        if members:
            claims.append({**base, "kind": "count", "subject": band, "value": float(len(members)),
                           "unit": "đơn vị", "bounds": (low, high)})
            claims.append({**base, "kind": "members", "subject": band, "value": None, "unit": None,
                           "members": members, "bounds": (low, high)})
    return claims


# ---------------------------------------------------------------- faults


def _pick(rng: random.Random, rows: list[dict[str, Any]], used: set[str], ok=lambda r: True) -> dict[str, Any]:
    candidates = [r for r in rows if r["unit"] not in used and ok(r)]
    if not candidates:
        raise ValueError("no unit left to plant this fault on")
    row = rng.choice(candidates)
    used.add(row["unit"])
    return row


def _nudge(rng: random.Random) -> float:
    return round_half_up(rng.choice([-1, 1]) * rng.uniform(0.3, 1.5), 2)


def _plant_table_fault(rng: random.Random, check: str, rows: list[dict[str, Any]], used: set[str]) -> dict[str, Any]:
    """Break one table relation for one unit (or one pair), leaving every other relation intact."""
    if check == "row_total":
        row = _pick(rng, rows, used, lambda r: r["components"]["survey"] is not None)
        published = add(row["components"]["appraisal"], _nudge(rng))
        expected = row["components"]["appraisal"]
        row["components"]["appraisal"] = published
        desc = (f"appraisal printed {fmt(published)} instead of {fmt(expected)}: "
                f"total {fmt(row['total'])} is not appraisal + survey")
        return {"check": check, "group": row["group"], "unit": row["unit"], "description": desc,
                "published": row["total"], "expected": add(published, row["components"]["survey"])}
    if check == "index":
        row = _pick(rng, rows, used, lambda r: r["components"]["appraisal"] < r["max_points"] - 2)
        d = abs(_nudge(rng)) * (1 if row["components"]["appraisal"] < 80 else -1)
        row["components"]["appraisal"] = add(row["components"]["appraisal"], d)
        row["total"] = add(row["total"], d)
        expected = index_pct(row["total"], row["max_points"])
        desc = f"total shifted by {fmt(d)} with its components, index {fmt(row['index_pct'])} left as it was"
        return {"check": check, "group": row["group"], "unit": row["unit"], "description": desc,
                "published": row["index_pct"], "expected": expected}
    if check == "rank_order":
        inner = [r for r in rows[1:-2] if r["unit"] not in used and rows[r["rank"]]["unit"] not in used]
        if not inner:
            raise ValueError("group too small for a rank_order fault")
        a = rng.choice(inner)
        b = rows[a["rank"]]  # the next row
        used.update({a["unit"], b["unit"]})
        a["rank"], b["rank"] = b["rank"], a["rank"]
        rows.sort(key=lambda r: r["rank"])
        desc = (f"ranks of {a['unit']} ({fmt(a['index_pct'])}) and {b['unit']} ({fmt(b['index_pct'])}) swapped: "
                f"rank {b['rank']} has a lower index than rank {a['rank']}")
        return {"check": check, "group": a["group"], "unit": b["unit"], "units": [b["unit"], a["unit"]],
                "description": desc, "published": b["rank"], "expected": a["rank"]}
    if check == "class_band":
        row = _pick(rng, rows, used)
        names = [b[0] for b in BANDS]
        i = names.index(row["class"])
        wrong = names[i + 1] if i == 0 or (i < len(names) - 1 and rng.random() < 0.5) else names[i - 1]
        desc = f"class printed {wrong} for index {fmt(row['index_pct'])} (should be {row['class']})"
        expected, row["class"] = row["class"], wrong
        return {"check": check, "group": row["group"], "unit": row["unit"], "description": desc,
                "published": wrong, "expected": expected}
    raise ValueError(f"unknown table fault {check!r}")


def _plant_claim_fault(rng: random.Random, check: str, claims: list[dict[str, Any]], group: str) -> dict[str, Any]:
    """Break one prose statement against the table; the statement stays internally coherent."""
    mine = [c for c in claims if c["group"] == group]
    if check == "claim_average":
        avg = next(c for c in mine if c["kind"] == "average")
        delta = next(c for c in mine if c["kind"] == "delta")
        expected = avg["value"]
        avg["value"] = add(avg["value"], _nudge(rng))
        delta["value"] = round_half_up(dec(avg["value"]) - dec(delta["previous_value"]), 2)
        return {"check": check, "group": group, "unit": None,
                "description": f"prose average {fmt(avg['value'])} but the table's indices average {fmt(expected)}",
                "published": avg["value"], "expected": expected}
    if check == "claim_members":
        lists = [c for c in mine if c["kind"] == "members" and len(c["members"]) >= 2]
        if not lists:
            raise ValueError("no class with two members to drop one from")
        claim = rng.choice(lists)
        dropped = claim["members"].pop(rng.randrange(len(claim["members"])))
        return {"check": check, "group": group, "unit": dropped, "class": claim["subject"],
                "description": f"{dropped} missing from the prose list of class {claim['subject']} "
                               f"(the count is still right)",
                "published": len(claim["members"]), "expected": len(claim["members"]) + 1}
    if check == "claim_count":
        claim = rng.choice([c for c in mine if c["kind"] == "count"])
        expected = claim["value"]
        claim["value"] = expected + (1 if expected <= 1 or rng.random() < 0.5 else -1)
        return {"check": check, "group": group, "unit": None, "class": claim["subject"],
                "description": f"prose says {int(claim['value'])} units in class {claim['subject']}, "
                               f"the table has {int(expected)} (the member list is right)",
                "published": claim["value"], "expected": expected}
    raise ValueError(f"unknown claim fault {check!r}")


# ---------------------------------------------------------------- printing


def _ranking_table(rows_by_group: list[tuple[str, list[dict[str, Any]]]], averages: dict[str, float],
                   year: int, rng: random.Random) -> tuple[dict[str, Any], TableBlock]:
    first = rng.choice(["STT", "Xếp hạng"])
    index_label = f"Chỉ số CCHC năm {year} (%)"
    if rng.random() < 0.5:
        header = [[HeaderCell(first), HeaderCell("Cơ quan, đơn vị"), HeaderCell("Điểm thẩm định"),
                   HeaderCell("Điểm khảo sát sự hài lòng"), HeaderCell("Điểm đạt được"), HeaderCell(index_label),
                   HeaderCell("Xếp loại")]]
        labels = [c.text for c in header[0]]
    else:
        header = [[HeaderCell(first, rowspan=2), HeaderCell("Cơ quan, đơn vị", rowspan=2),
                   HeaderCell("Điểm thành phần", colspan=2), HeaderCell("Điểm đạt được", rowspan=2),
                   HeaderCell(index_label, rowspan=2), HeaderCell("Xếp loại", rowspan=2)],
                  [HeaderCell("Thẩm định"), HeaderCell("Khảo sát sự hài lòng")]]
        labels = [first, "Cơ quan, đơn vị", "Điểm thành phần Thẩm định", "Điểm thành phần Khảo sát sự hài lòng",
                  "Điểm đạt được", index_label, "Xếp loại"]
    printed: list[list[str]] = []
    bold: set[int] = set()
    for group, rows in rows_by_group:
        bold.add(len(printed))
        printed.append([group])
        for r in rows:
            survey = r["components"]["survey"]
            printed.append([str(r["rank"]), r["unit"], fmt(r["components"]["appraisal"]),
                            "X" if survey is None else fmt(survey),
                            fmt(r["total"]) + ("*" if "*" in r["marks"] else ""), fmt(r["index_pct"]), r["class"]])
        bold.add(len(printed))
        printed.append(["", "Trung bình", "", "", "", fmt(averages[group]), ""])
    truth = {"kind": "ranking", "pages": [], "header": labels, "rows": printed}
    block = TableBlock(truth=0, widths=[0.075, 0.305, 0.12, 0.13, 0.12, 0.13, 0.12], header=header,
                       rows=printed, align=["center", "left", "center", "center", "center", "center", "center"],
                       bold_rows=bold)
    return truth, block


def _members_text(members: list[str]) -> str:
    return "; ".join(members)


def _group_prose(group: str, heading: str, claims: list[dict[str, Any]], n_units: int, year: int) -> list[Paragraph]:
    by = {c["kind"]: c for c in claims if c["kind"] in ("average", "delta", "highest", "lowest", "gap")}
    avg, delta, hi, lo, gap = (by[k] for k in ("average", "delta", "highest", "lowest", "gap"))
    trend = "tăng" if delta["value"] >= 0 else "giảm"
    s_avg = (f"Giá trị trung bình Chỉ số CCHC năm {year} của {n_units:02d} cơ quan, đơn vị đạt {fmt(avg['value'])}%, "
             f"{trend} {fmt(abs(delta['value']))}% so với năm {year - 1} (đạt {fmt(delta['previous_value'])}%).")
    avg["text"] = delta["text"] = s_avg
    s_hi = f"Đơn vị có Chỉ số CCHC cao nhất là {hi['members'][0]} đạt {fmt(hi['value'])}%"
    s_lo = f"đơn vị thấp nhất là {lo['members'][0]} đạt {fmt(lo['value'])}%"
    s_gap = f"chênh lệch giữa đơn vị cao nhất và đơn vị thấp nhất là {fmt(gap['value'])}%."
    hi["text"], lo["text"], gap["text"] = s_hi, s_lo, s_gap
    paras = [Paragraph(heading, "bold", indent=True),
             Paragraph(s_avg), Paragraph(f"{s_hi}; {s_lo}; {s_gap}"),
             Paragraph("Kết quả xếp loại cụ thể như sau:")]
    counts = {c["subject"]: c for c in claims if c["kind"] == "count"}
    for c in claims:
        if c["kind"] != "members":
            continue
        low, high = band_bounds(c["subject"])
        span = f"từ {fmt(low, 0)}% trở lên" if high is None else (
            f"dưới {fmt(high, 0)}%" if low == 0 else f"từ {fmt(low, 0)}% đến dưới {fmt(high, 0)}%")
        n = int(counts[c["subject"]]["value"])
        text = f"- Loại {c['subject']} ({span}): {n:02d} đơn vị, gồm: {_members_text(c['members'])}."
        c["text"] = counts[c["subject"]]["text"] = text
        paras.append(Paragraph(text))
    return paras


def build_report(seed: int, faults: Sequence[str] = (), *, province: str | None = None, year: int | None = None,
                 n_departments: int | None = None, n_districts: int | None = None) -> DocSpec:
    """A consistent PAR ranking report from `seed`, then `faults` (ids from REPORT_FAULTS) planted in it.

    Pure content: no fonts, no images. The same arguments always give the same spec.
    """
    unknown = [f for f in faults if f not in REPORT_FAULTS]
    if unknown:
        raise ValueError(f"unknown report fault(s) {unknown}; known: {', '.join(REPORT_FAULTS)}")
    rng = random.Random(f"report:{seed}")
    province = province or rng.choice(sorted(PROVINCES))
    prov = PROVINCES[province]
    year = year or rng.randint(2019, 2023)
    n_dep = n_departments or rng.randint(14, 19)
    n_dis = n_districts or rng.randint(5, len(prov.districts))
    groups = [(GROUP_DEPARTMENTS, departments(province, n_dep, rng), rng.uniform(86, 90)),
              (GROUP_DISTRICTS, districts(province, n_dis), rng.uniform(87, 91))]
    rows_by_group = [(g, _score_group(rng, units, g, mean)) for g, units, mean in groups]
    claims: list[dict[str, Any]] = []
    for g, rows in rows_by_group:
        claims += _group_claims(rng, g, rows, year)
    averages = {g: _mean_index(rows) for g, rows in rows_by_group}

    frng = random.Random(f"faults:{seed}:{','.join(faults)}")
    planted: list[dict[str, Any]] = []
    used: set[str] = set()
    for check in faults:
        group, rows = rows_by_group[0] if len(rows_by_group[1][1]) < 6 else frng.choice(rows_by_group)
        if check.startswith("claim_"):
            planted.append(_plant_claim_fault(frng, check, claims, group))
        else:
            planted.append(_plant_table_fault(frng, check, rows, used))

    date = dt.date(year, 12, rng.randint(5, 28)) if rng.random() < 0.6 else dt.date(year + 1, rng.randint(1, 3),
                                                                                   rng.randint(2, 27))
    plan_date = dt.date(year, rng.randint(3, 8), rng.randint(1, 28))
    number = f"{rng.randint(95, 420)}/BC-SNV"
    plan_no = f"{rng.randint(300, 3200)}/KH-UBND"
    parent = f"ỦY BAN NHÂN DÂN TỈNH {province.upper()}"
    signer_name = rng.choice(prov.signer_names)
    deputy = rng.random() < 0.7
    subject = (f"Kết quả đánh giá, xác định Chỉ số cải cách hành chính năm {year} của các sở, ban, ngành "
               f"và Ủy ban nhân dân các huyện, thị xã, thành phố trên địa bàn tỉnh {province}")
    recipients = ["Bộ Nội vụ (để b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (để b/c)", "Chủ tịch, các PCT UBND tỉnh",
                  "Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "Lưu: VT, CCHC."]
    table, table_block = _ranking_table(rows_by_group, averages, year, rng)
    starred = any("*" in r["marks"] for _, rows in rows_by_group for r in rows)

    blocks: list = [
        national_header(parent, "SỞ NỘI VỤ", number, province, date),
        Centered([TextLine("BÁO CÁO", "bold")], size=14, space_before=1.2),
        Centered([TextLine(f"Kết quả đánh giá, xác định Chỉ số cải cách hành chính năm {year}", "bold"),
                  TextLine("của các sở, ban, ngành và UBND các huyện, thị xã, thành phố", "bold")], space_before=0.1),
        Paragraph(f"Thực hiện Kế hoạch số {plan_no} ngày {short_date(plan_date)} của Ủy ban nhân dân tỉnh "
                  f"về triển khai xác định Chỉ số cải cách hành chính (CCHC) năm {year} của các sở, ban, ngành, "
                  f"UBND các huyện, thị xã, thành phố trên địa bàn tỉnh {province}, Sở Nội vụ báo cáo kết quả "
                  f"như sau:", space_before=1.0),
        Paragraph("I. PHƯƠNG PHÁP ĐÁNH GIÁ, XẾP LOẠI", "bold"),
        Paragraph("Thang điểm đánh giá là 100 điểm, trong đó điểm thẩm định tối đa là 90 điểm và điểm khảo sát "
                  "sự hài lòng của người dân, tổ chức tối đa là 10 điểm. Chỉ số CCHC được tính bằng tỷ lệ phần "
                  "trăm giữa điểm đạt được và thang điểm tối đa. Kết quả được xếp thành 05 loại: Xuất sắc (từ 95% "
                  "trở lên); Tốt (từ 85% đến dưới 95%); Khá (từ 75% đến dưới 85%); Trung bình (từ 70% đến dưới "
                  "75%); Yếu (dưới 70%)."),
        Paragraph(f"II. KẾT QUẢ CHỈ SỐ CCHC NĂM {year}", "bold"),
        Paragraph("1. Kết quả chung", "bold"),
        table_block,
    ]
    if starred:
        blocks.append(Paragraph("(*) Thang điểm tối đa: 60 điểm (không có thủ tục hành chính để khảo sát); "
                                "Chỉ số CCHC = Điểm đạt được x 100/60.", "italic", size=12, indent=False))
    blocks.append(Paragraph("2. Phân tích kết quả", "bold"))
    for (g, rows), heading in zip(rows_by_group, ["a) Khối các sở, ban, ngành",
                                                  "b) Khối UBND các huyện, thị xã, thành phố"]):
        blocks += _group_prose(g, heading, [c for c in claims if c["group"] == g], len(rows), year)
    blocks += [
        Paragraph(f"Trên đây là báo cáo kết quả đánh giá, xác định Chỉ số CCHC năm {year} của các sở, ban, "
                  f"ngành, UBND các huyện, thị xã, thành phố; Sở Nội vụ kính báo cáo Ủy ban nhân dân tỉnh xem "
                  f"xét, chỉ đạo./."),
        Signature(recipients, "KT. GIÁM ĐỐC" if deputy else None, "PHÓ GIÁM ĐỐC" if deputy else "GIÁM ĐỐC",
                  signer_name),
    ]
    document = {
        "kind": "Báo cáo", "issuer": "Sở Nội vụ", "issuer_parent": f"Ủy ban nhân dân tỉnh {province}",
        "number_symbol": number, "place": province, "date": date.isoformat(), "subject": subject,
        "year_assessed": year,
        "signer": {"name": signer_name, "title": "Phó Giám đốc" if deputy else "Giám đốc",
                   "authority": "KT." if deputy else None},
        "legal_references": [{"number_symbol": plan_no, "kind": "Kế hoạch", "date": plan_date.isoformat(),
                              "issuer": f"Ủy ban nhân dân tỉnh {province}"}],
        "recipients": recipients,
    }
    rankings = [r for _, rows in rows_by_group for r in rows]
    return DocSpec(name="report", seed=seed, blocks=blocks, document=document, tables=[table],
                   rankings=rankings, claims=claims, planted_faults=planted)
