"""National-format PAR report (Bộ Nội vụ / Ban Chỉ đạo CCHC): a ranking of 19 provinces with the prose
that summarises it, as a two-page scan with known truth and at most one planted fault.

    spec = build_national_report(seed, fault="claim_gap")   # content + truth (no fonts, fast)
    spec = build_national_report(seed, "claim_members", variant="extra", layout={"highest": 1})
    render(spec, "out/x.pdf", profile="scan", dpi=300)      # the ordinary renderer lays it out

Layout and phrasing (header rows, maxima in the headers, a closing average row, a tie, prose before the
table, five phrasings of the statements) are drawn from the seed independently of the figures
(`draw_layout`, `LAYOUT_CHOICES`) and can be fixed with `layout=`; `spec.document["layout"]` records them.

The national methodology scores out of 100 points (appraisal + sociological survey: 62 + 38 from 2022,
66.5 + 33.5 before), so the index (%)
equals the total: every row prints appraisal, survey, total and index, ranks go by index (descending,
ties share a rank) and the prose restates the table: the count above 80 %, the group average with last
year's average and the change, the leading and the lowest unit, the gap between them, the bands
(Nhóm A/B/C/D) with counts and members, and the share of units above the average ("11/19").

Every clean figure satisfies every relation exactly.  A fault changes one printed statement and keeps
the others as they were, so the auditor's finding can be attributed to exactly one cause:

    row_total      a row's printed total (and its index, which follows it) is not appraisal + survey;
                   the change keeps the row between its neighbours, and the prose summarises the
                   table as printed, so only that row's sum is wrong
    rank_order     the printed ranks of two adjacent rows (distinct indices) are swapped
    claim_average  the prose average is off by 0.3-2 (the stated change follows it, last year's stays)
    claim_highest  the unit named as leading is the runner-up (the value is the leader's)
    claim_count    the count of units above 80 % is off by 1-2
    claim_gap      the stated gap is off by 0.3-2
    claim_members  a band's member list misses one member, or (variant "extra") includes the nearest
                   unit of the next band; the band's count is unchanged
    claim_delta    the stated change of the average disagrees with the two stated averages
    claim_ratio    the numerator of "x/19 ... trên mức trung bình" is off by 1-2

`spec.planted_faults` records the check that must fire (parscan's `Finding.check`), the unit or figure
it is about, and the printed vs the true value.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from typing import Any

from samples.generator.numbers import add, dec, fmt, round_half_up
from samples.generator.report import national_header, short_date
from samples.generator.spec import Centered, DocSpec, HeaderCell, Paragraph, Signature, TableBlock, TextLine

NATIONAL_FAULTS = ("row_total", "rank_order", "claim_average", "claim_highest", "claim_count", "claim_gap",
                   "claim_members", "claim_delta", "claim_ratio")
MEMBER_VARIANTS = ("missing", "extra")
N_UNITS = 19
GROUP = "Tỉnh, thành phố trực thuộc Trung ương"
THRESHOLD = 80.0  # "có 17 tỉnh, thành phố đạt trên 80%"

# the 63 provinces and centrally-run cities (before the 2025 merger), as national tables print them
PROVINCES_63 = (
    "Hà Nội", "TP. Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Hà Giang", "Cao Bằng", "Bắc Kạn",
    "Tuyên Quang", "Lào Cai", "Điện Biên", "Lai Châu", "Sơn La", "Yên Bái", "Hòa Bình", "Thái Nguyên",
    "Lạng Sơn", "Quảng Ninh", "Bắc Giang", "Phú Thọ", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hưng Yên",
    "Thái Bình", "Hà Nam", "Nam Định", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình",
    "Quảng Trị", "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Khánh Hòa",
    "Ninh Thuận", "Bình Thuận", "Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng", "Bình Phước",
    "Tây Ninh", "Bình Dương", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Long An", "Tiền Giang", "Bến Tre",
    "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang", "Hậu Giang", "Sóc Trăng", "Bạc Liêu",
    "Cà Mau",
)
# leaders of the published national rankings: the draw favours them at the top, as the real tables do
_USUAL_LEADERS = ("Quảng Ninh", "Hải Phòng", "Bắc Giang", "Đà Nẵng", "Đồng Tháp", "Thừa Thiên Huế",
                  "Bắc Ninh", "Hà Nội", "TP. Hồ Chí Minh", "Bình Dương")
# (name, low inclusive, high exclusive), best first
NATIONAL_BANDS: tuple[tuple[str, float, float | None], ...] = (
    ("Nhóm A", 90.0, None), ("Nhóm B", 80.0, 90.0), ("Nhóm C", 70.0, 80.0), ("Nhóm D", 0.0, 70.0),
)


def _scale(year: int) -> tuple[float, float]:
    """(appraisal max, survey max): 62 + 38 from the 2022-2030 set, 66.5 + 33.5 before."""
    return (62.0, 38.0) if year >= 2022 else (66.5, 33.5)


def _band(index: float) -> str:
    for name, low, high in NATIONAL_BANDS:
        if index >= low and (high is None or index < high):
            return name
    raise ValueError(index)


def _span(low: float, high: float | None) -> str:
    if high is None:
        return f"từ {fmt(low, 0)}% trở lên"
    if low == 0:
        return f"dưới {fmt(high, 0)}%"
    return f"từ {fmt(low, 0)}% đến dưới {fmt(high, 0)}%"


def _mean(values: list[float]) -> Decimal:
    return sum((dec(v) for v in values), Decimal(0)) / len(values)


# ---------------------------------------------------------------- the table


def _score_rows(rng: random.Random, year: int, tie: bool) -> list[dict[str, Any]]:
    """19 provinces with distinct 2-decimal indices (one shared value when `tie`), ranked by index."""
    app_max, sur_max = _scale(year)
    leaders = rng.sample(_USUAL_LEADERS, 3)
    others = rng.sample([p for p in PROVINCES_63 if p not in leaders], N_UNITS - 3)
    mean = rng.uniform(83.0, 86.0)
    targets = sorted((min(93.8, max(72.5, rng.gauss(mean, 4.2))) for _ in range(N_UNITS)), reverse=True)
    targets[0] = max(targets[0], rng.uniform(90.5, 93.8))  # a Nhóm A exists in every national table
    targets[1] = max(targets[1], rng.uniform(90.1, targets[0] - 0.3))
    targets[-1] = min(targets[-1], rng.uniform(73.0, 78.5))  # and a tail below 80 %
    names = leaders + others
    rows: list[dict[str, Any]] = []
    used: set[float] = set()
    for name, target in zip(names, targets):
        while True:
            index = round_half_up(target, 2)
            if index not in used and index != THRESHOLD and index not in (90.0, 70.0):
                break
            target += 0.01
        used.add(index)
        survey = round_half_up(min(sur_max - 0.8, max(sur_max * 0.62, index * sur_max / 100
                                                      + rng.uniform(-2.2, 2.2))), 2)
        appraisal = float(dec(index) - dec(survey))
        if appraisal > app_max - 0.3:
            appraisal = round_half_up(app_max - rng.uniform(0.3, 1.5), 2)
            survey = float(dec(index) - dec(appraisal))
        rows.append({"group": GROUP, "rank": 0, "unit": name, "unit_name": name,
                     "components": {"appraisal": appraisal, "survey": survey}, "total": index,
                     "max_points": 100.0, "index_pct": index, "class": _band(index), "marks": []})
    rows.sort(key=lambda r: -r["index_pct"])
    if tie:  # two rows in the middle share a value (and a rank): copy one's split onto the other
        k = rng.randrange(5, N_UNITS - 6)
        a, b = rows[k], rows[k + 1]
        survey = round_half_up(b["components"]["survey"] + rng.choice([-1, 1]) * rng.uniform(0.1, 0.6), 2)
        if not 0.3 <= float(dec(a["index_pct"]) - dec(survey)) <= app_max - 0.3 or survey > sur_max - 0.3:
            survey = a["components"]["survey"]  # keep both parts within their maxima
        b["components"] = {"appraisal": float(dec(a["index_pct"]) - dec(survey)), "survey": survey}
        b["total"] = b["index_pct"] = a["index_pct"]
        b["class"] = a["class"]
    _rank(rows)
    return rows


def _rank(rows: list[dict[str, Any]]) -> None:
    """Competition ranking on the printed index: 1, 2, 2, 4."""
    for i, row in enumerate(rows):
        row["rank"] = rows[i - 1]["rank"] if i and row["index_pct"] == rows[i - 1]["index_pct"] else i + 1


def _tied(rows: list[dict[str, Any]], i: int) -> bool:
    v = rows[i]["index_pct"]
    return (i > 0 and rows[i - 1]["index_pct"] == v) or (i + 1 < len(rows) and rows[i + 1]["index_pct"] == v)


def _plant_row_total(rng: random.Random, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Shift one row's printed total (and index) so that it stays strictly between its neighbours."""
    candidates = []
    for i in range(2, N_UNITS - 2):
        if _tied(rows, i):
            continue
        room_up = rows[i - 1]["index_pct"] - rows[i]["index_pct"]
        room_down = rows[i]["index_pct"] - rows[i + 1]["index_pct"]
        if max(room_up, room_down) >= 0.25:
            candidates.append((i, room_up, room_down))
    if not candidates:
        raise ValueError("no row with room to shift its total")
    i, up, down = rng.choice(candidates)
    room, sign = (up, 1) if (up >= 0.25 and (down < 0.25 or rng.random() < 0.5)) else (down, -1)
    row = rows[i]
    true_total = row["total"]
    printed = true_total
    while printed in (true_total, 70.0, THRESHOLD, 90.0):  # never on a bound the prose counts from
        printed = add(true_total, round_half_up(rng.uniform(0.11, min(1.8, room - 0.1)), 2) * sign)
    row["total"] = row["index_pct"] = printed
    row["class"] = _band(printed)
    return {"check": "row_total", "group": GROUP, "unit": row["unit"], "units": [row["unit"]], "figure": "total",
            "description": f"total printed {fmt(printed)} (index follows) but appraisal + survey = {fmt(true_total)}",
            "published": printed, "expected": true_total}


def _plant_rank_order(rng: random.Random, rows: list[dict[str, Any]]) -> dict[str, Any]:
    pairs = [i for i in range(1, N_UNITS - 2) if not _tied(rows, i) and not _tied(rows, i + 1)]
    i = rng.choice(pairs)
    a, b = rows[i], rows[i + 1]
    a["rank"], b["rank"] = b["rank"], a["rank"]
    return {"check": "rank_order", "group": GROUP, "unit": a["unit"], "units": [a["unit"], b["unit"]],
            "figure": "rank",
            "description": f"ranks of {a['unit']} ({fmt(a['index_pct'])}) and {b['unit']} ({fmt(b['index_pct'])}) "
                           f"swapped in the rank column",
            "published": a["rank"], "expected": b["rank"]}


# ---------------------------------------------------------------- the prose


def _claims(rng: random.Random, rows: list[dict[str, Any]], year: int) -> dict[str, dict[str, Any]]:
    """Every statement the prose makes, derived from the table as printed; keyed by role."""
    values = [r["index_pct"] for r in rows]
    exact = _mean(values)
    avg = round_half_up(exact, 2)
    delta = round_half_up(rng.choice([-1, 1, 1, 1]) * rng.uniform(0.3, 2.6), 2)
    prev = round_half_up(dec(avg) - dec(delta), 2)
    top, bottom = rows[0], rows[-1]
    base = {"group": GROUP, "year": year, "unit": "%", "previous_value": None, "previous_year": None,
            "members": [], "bounds": None}
    claims: dict[str, dict[str, Any]] = {
        "average": {**base, "kind": "average", "subject": GROUP, "value": avg},
        "delta": {**base, "kind": "delta", "subject": "giá trị trung bình", "value": abs(delta),
                  "direction": "tăng" if delta >= 0 else "giảm", "previous_value": prev, "previous_year": year - 1},
        "highest": {**base, "kind": "highest", "subject": top["unit"], "value": top["index_pct"],
                    "members": [top["unit"]]},
        "lowest": {**base, "kind": "lowest", "subject": bottom["unit"], "value": bottom["index_pct"],
                   "members": [bottom["unit"]]},
        "gap": {**base, "kind": "gap", "subject": GROUP,
                "value": round_half_up(dec(top["index_pct"]) - dec(bottom["index_pct"]), 2)},
        "count": {**base, "kind": "count", "subject": f"trên {fmt(THRESHOLD, 0)}%", "unit": "tỉnh, thành phố",
                  "value": float(sum(v > THRESHOLD for v in values)), "bounds": (THRESHOLD, None)},
        "ratio": {**base, "kind": "ratio", "subject": "trên mức trung bình", "unit": "tỉnh, thành phố",
                  "value": float(sum(dec(v) > exact for v in values)), "denominator": N_UNITS},
    }
    for name, low, high in NATIONAL_BANDS:
        members = [r["unit"] for r in rows if r["class"] == name]
        if members:
            claims[f"band:{name}"] = {**base, "kind": "members", "subject": name, "value": float(len(members)),
                                      "unit": "tỉnh, thành phố", "members": members, "bounds": (low, high)}
    return claims


def _nudge(rng: random.Random, low: float = 0.3, high: float = 2.0) -> float:
    return round_half_up(rng.choice([-1, 1]) * rng.uniform(low, high), 2)


def _plant_claim(rng: random.Random, fault: str, claims: dict[str, dict[str, Any]], rows: list[dict[str, Any]],
                 variant: str | None) -> dict[str, Any]:
    out = {"check": fault, "group": GROUP, "unit": None, "units": []}
    if fault == "claim_average":
        avg, delta = claims["average"], claims["delta"]
        true = avg["value"]
        avg["value"] = add(true, _nudge(rng))
        change = dec(avg["value"]) - dec(delta["previous_value"])  # the stated change follows the stated average
        delta["value"], delta["direction"] = abs(float(change)), ("tăng" if change >= 0 else "giảm")
        return {**out, "figure": "average", "published": avg["value"], "expected": true,
                "description": f"average printed {fmt(avg['value'])}, the table's indices average {fmt(true)}"}
    if fault == "claim_highest":
        hi = claims["highest"]
        wrong = rows[1]["unit"]
        hi["subject"], hi["members"] = wrong, [wrong]
        return {**out, "unit": wrong, "units": [wrong], "figure": "highest unit", "published": wrong,
                "expected": rows[0]["unit"],
                "description": f"{wrong} named as leading with {fmt(hi['value'])}, the leader is {rows[0]['unit']}"}
    if fault == "claim_count":
        c = claims["count"]
        true = c["value"]
        steps = [s for s in (-2, -1, 1, 2) if 0 <= true + s <= N_UNITS]
        c["value"] = true + rng.choice(steps)
        return {**out, "figure": "count above 80%", "published": c["value"], "expected": true,
                "description": f"{int(c['value'])} units said to be above 80 %, the table has {int(true)}"}
    if fault == "claim_gap":
        g = claims["gap"]
        true = g["value"]
        g["value"] = add(true, _nudge(rng))
        return {**out, "figure": "gap", "published": g["value"], "expected": true,
                "description": f"gap printed {fmt(g['value'])}, highest - lowest = {fmt(true)}"}
    if fault == "claim_delta":
        d = claims["delta"]
        true = d["value"]
        step = round_half_up(rng.uniform(0.2, 1.0), 2)
        d["value"] = add(true, step) if true - step < 0.05 or rng.random() < 0.5 else add(true, -step)
        return {**out, "figure": "delta", "published": d["value"], "expected": true,
                "description": f"change printed {d['direction']} {fmt(d['value'])}, but "
                               f"{fmt(claims['average']['value'])} - {fmt(d['previous_value'])} gives {fmt(true)}"}
    if fault == "claim_ratio":
        r = claims["ratio"]
        true = r["value"]
        steps = [s for s in (-2, -1, 1, 2) if 1 <= true + s <= N_UNITS]
        r["value"] = true + rng.choice(steps)
        return {**out, "figure": "units above the average", "published": r["value"], "expected": true,
                "description": f"{int(r['value'])}/{N_UNITS} said to be above the average, the table has "
                               f"{int(true)}/{N_UNITS}"}
    if fault == "claim_members":
        variant = variant or rng.choice(MEMBER_VARIANTS)
        bands = [c for k, c in claims.items() if k.startswith("band:")]
        if variant == "missing":
            band = rng.choice([c for c in bands if len(c["members"]) >= 2])
            unit = band["members"].pop(rng.randrange(len(band["members"])))
            desc = f"{unit} missing from the list of {band['subject']} (the count {int(band['value'])} is right)"
        elif variant == "extra":
            # the unit just across the band's lower bound, listed in it as well
            names = [n for n, _, _ in NATIONAL_BANDS]
            options = []
            for c in bands:
                below = [r for r in rows if names.index(r["class"]) == names.index(c["subject"]) + 1]
                if below:
                    options.append((c, below[0]))
            band, row = rng.choice(options)
            unit = row["unit"]
            band["members"].append(unit)
            desc = (f"{unit} ({fmt(row['index_pct'])}) listed in {band['subject']} "
                    f"(the count {int(band['value'])} is right)")
        else:
            raise ValueError(f"unknown claim_members variant {variant!r}; known: {', '.join(MEMBER_VARIANTS)}")
        return {**out, "unit": unit, "units": [unit], "figure": f"members of {band['subject']}", "variant": variant,
                "class": band["subject"], "published": len(band["members"]), "expected": int(band["value"]),
                "description": desc}
    raise ValueError(f"unknown claim fault {fault!r}")


LAYOUT_CHOICES: dict[str, tuple[Any, ...]] = {
    "tie": (False, True),                                    # two middle rows share an index (and a rank)
    "average_row": (None, "Trung bình", "Giá trị trung bình"),  # a closing average row, and its label
    "prose_first": (False, True),                            # the analysis before the table
    "header_rows": (1, 2),                                   # 2: "Điểm thành phần" spanning the two parts
    "maxima": ("", "tối đa", "điểm"),                        # "Điểm thẩm định (tối đa 62)" / "(62 điểm)"
    "first_column": ("Xếp hạng", "STT"),                     # "Xếp hạng" whenever there is a tie
    "unit_label": ("Tỉnh, thành phố", "Tên tỉnh, thành phố", "Địa phương"),
    "survey_label": ("Điểm điều tra XHH", "Điểm điều tra xã hội học"),
    "total_label": ("Tổng điểm đạt được", "Tổng điểm"),
    "average": (0, 1),   # "... là 84,37%" / "... đạt 84,37%"
    "count": (0, 1),     # "Có 17 tỉnh, thành phố đạt Chỉ số CCHC trên 80%" / "Năm 2022 có 17 ... đạt trên 80%"
    "ratio": (0, 1),     # "Có 11/19 ... trên mức trung bình" / "11/19 ... cao hơn giá trị trung bình"
    "highest": (0, 1, 2),  # "X dẫn đầu với" / "cao nhất là X với" / "X tiếp tục dẫn đầu với kết quả"
    "lowest": (0, 1),    # "đơn vị thấp nhất là X với" / "địa phương có Chỉ số CCHC thấp nhất là X đạt"
    "bands": (0, 1, 2),  # "gồm 02 tỉnh, thành phố: A, B" / ": 02 đơn vị, gồm: A, B" / "gồm 02 đơn vị (A, B)"
}
_LAYOUT_ODDS = {"tie": 0.3, "average_row": 0.4, "prose_first": 0.35, "first_column": 0.4}  # chance of the others


def draw_layout(seed: int, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """The layout and phrasing of a copy, drawn from `seed` (independently of its figures), then
    `overrides` applied.  Keys and values: LAYOUT_CHOICES."""
    rng = random.Random(f"national-layout:{seed}")
    out: dict[str, Any] = {}
    for key, options in LAYOUT_CHOICES.items():
        if key in _LAYOUT_ODDS:
            out[key] = rng.choice(options[1:]) if rng.random() < _LAYOUT_ODDS[key] else options[0]
        else:
            out[key] = rng.choice(options)
    for key, value in (overrides or {}).items():
        if key not in LAYOUT_CHOICES or value not in LAYOUT_CHOICES[key]:
            raise ValueError(f"layout {key}={value!r} is not one of {LAYOUT_CHOICES.get(key, 'the known keys')}")
        out[key] = value
    return out


def _prose(lay: dict[str, Any], claims: dict[str, dict[str, Any]], year: int) -> list[Paragraph]:
    """The analysis paragraphs, phrased as `lay` says; sets each claim's printed `text`."""
    avg, delta, hi, lo, gap, count, ratio = (claims[k] for k in
                                             ("average", "delta", "highest", "lowest", "gap", "count", "ratio"))
    n = f"{N_UNITS}"
    s_avg = (f"Giá trị trung bình Chỉ số CCHC năm {year} của {n} tỉnh, thành phố {('là', 'đạt')[lay['average']]} "
             f"{fmt(avg['value'])}%, {delta['direction']} {fmt(delta['value'])}% so với năm {year - 1} "
             f"({fmt(delta['previous_value'])}%).")
    avg["text"] = delta["text"] = s_avg
    s_count = [f"Có {int(count['value']):02d} tỉnh, thành phố đạt Chỉ số CCHC trên {fmt(THRESHOLD, 0)}%.",
               f"Năm {year} có {int(count['value']):02d} tỉnh, thành phố đạt trên {fmt(THRESHOLD, 0)}%."
               ][lay["count"]]
    count["text"] = s_count
    s_ratio = [f"Có {int(ratio['value'])}/{n} tỉnh, thành phố đạt Chỉ số CCHC trên mức trung bình.",
               f"{int(ratio['value'])}/{n} tỉnh, thành phố có Chỉ số CCHC cao hơn giá trị trung bình."
               ][lay["ratio"]]
    ratio["text"] = s_ratio
    s_hi = [f"{hi['members'][0]} dẫn đầu với {fmt(hi['value'])}%",
            f"Đơn vị có Chỉ số CCHC cao nhất là {hi['members'][0]} với {fmt(hi['value'])}%",
            f"{hi['members'][0]} tiếp tục dẫn đầu với kết quả {fmt(hi['value'])}%"][lay["highest"]]
    s_lo = [f"đơn vị thấp nhất là {lo['members'][0]} với {fmt(lo['value'])}%",
            f"địa phương có Chỉ số CCHC thấp nhất là {lo['members'][0]} đạt {fmt(lo['value'])}%"][lay["lowest"]]
    s_gap = f"chênh lệch giữa đơn vị cao nhất và thấp nhất là {fmt(gap['value'])}%."
    hi["text"], lo["text"], gap["text"] = s_hi, s_lo, s_gap
    paras = [Paragraph(s_avg), Paragraph(f"{s_count} {s_ratio}"), Paragraph(f"{s_hi}; {s_lo}; {s_gap}"),
             Paragraph("Kết quả phân nhóm Chỉ số CCHC như sau:")]
    for key, c in claims.items():
        if not key.startswith("band:"):
            continue
        low, high = c["bounds"]
        k, names = int(c["value"]), ", ".join(c["members"])
        text = [f"- {c['subject']} ({_span(low, high)}) gồm {k:02d} tỉnh, thành phố: {names}.",
                f"- {c['subject']} ({_span(low, high)}): {k:02d} đơn vị, gồm: {names}.",
                f"- {c['subject']} ({_span(low, high)}) gồm {k:02d} đơn vị ({names})."][lay["bands"]]
        c["text"] = text
        paras.append(Paragraph(text))
    return paras


def _points(value: float) -> str:
    return fmt(value, 1 if value % 1 else 0)


def _table(lay: dict[str, Any], rows: list[dict[str, Any]], year: int,
           average: float) -> tuple[dict[str, Any], TableBlock]:
    app_max, sur_max = _scale(year)
    first = "Xếp hạng" if lay["tie"] else lay["first_column"]
    unit = lay["unit_label"]

    def label(name: str, m: float) -> str:
        forms = {"": name, "tối đa": f"{name} (tối đa {_points(m)})", "điểm": f"{name} ({_points(m)} điểm)"}
        return forms[lay["maxima"]]

    appraisal, survey = label("Điểm thẩm định", app_max), label(lay["survey_label"], sur_max)
    total, index = lay["total_label"], f"Chỉ số CCHC năm {year} (%)"
    if lay["header_rows"] == 1:
        header = [[HeaderCell(first), HeaderCell(unit), HeaderCell(appraisal), HeaderCell(survey),
                   HeaderCell(total), HeaderCell(index)]]
        labels = [c.text for c in header[0]]
    else:
        header = [[HeaderCell(first, rowspan=2), HeaderCell(unit, rowspan=2), HeaderCell("Điểm thành phần", colspan=2),
                   HeaderCell(total, rowspan=2), HeaderCell(index, rowspan=2)],
                  [HeaderCell(appraisal), HeaderCell(survey)]]
        labels = [first, unit, f"Điểm thành phần {appraisal}", f"Điểm thành phần {survey}", total, index]
    printed = [[str(r["rank"]), r["unit"], fmt(r["components"]["appraisal"]), fmt(r["components"]["survey"]),
                fmt(r["total"]), fmt(r["index_pct"])] for r in rows]
    bold: set[int] = set()
    if lay["average_row"]:
        bold.add(len(printed))
        printed.append(["", lay["average_row"], "", "", "", fmt(average)])
    truth = {"kind": "ranking", "pages": [], "header": labels, "rows": printed}
    block = TableBlock(truth=0, widths=[0.1, 0.27, 0.165, 0.165, 0.14, 0.16], header=header, rows=printed,
                       align=["center", "left", "center", "center", "center", "center"], bold_rows=bold, size=12.0)
    return truth, block


# ---------------------------------------------------------------- the document


def build_national_report(seed: int, fault: str | None = None, year: int = 2022, *, variant: str | None = None,
                          layout: dict[str, Any] | None = None) -> DocSpec:
    """A national-format ranking report of 19 provinces from `seed`, with `fault` (one of NATIONAL_FAULTS,
    or None for a consistent copy) planted in it.  Pure content: the same arguments give the same spec.

    `variant` fixes the claim_members variant ("missing" or "extra"; drawn when None).  The layout and
    phrasing are drawn from the seed (`draw_layout`) independently of the figures; `layout` overrides any
    of them, e.g. {"highest": 1, "average_row": None}.  A rank_order copy never has a tie (the swapped pair
    must be two distinct indices).  `spec.document["layout"]` records what was used."""
    if fault is not None and fault not in NATIONAL_FAULTS:
        raise ValueError(f"unknown national fault {fault!r}; known: {', '.join(NATIONAL_FAULTS)}")
    if variant is not None and variant not in MEMBER_VARIANTS:
        raise ValueError(f"unknown claim_members variant {variant!r}; known: {', '.join(MEMBER_VARIANTS)}")
    lay = draw_layout(seed, layout)
    lay["tie"] = lay["tie"] and fault != "rank_order"
    rng = random.Random(f"national:{seed}:{year}")
    rows = _score_rows(rng, year, lay["tie"])
    frng = random.Random(f"national-fault:{seed}:{year}:{fault}:{variant}")
    planted: list[dict[str, Any]] = []
    if fault == "row_total":
        planted.append(_plant_row_total(frng, rows))
    table_avg = round_half_up(_mean([r["index_pct"] for r in rows]), 2)
    claims = _claims(rng, rows, year)
    if fault == "rank_order":
        planted.append(_plant_rank_order(frng, rows))
    elif fault is not None and fault.startswith("claim_"):
        planted.append(_plant_claim(frng, fault, claims, rows, variant))

    app_max, sur_max = _scale(year)
    issue = dt.date(year + 1, rng.randint(3, 6), rng.randint(2, 27))
    plan_date = dt.date(year, rng.randint(2, 5), rng.randint(1, 28))
    number = f"{rng.randint(1200, 2900)}/BC-BNV"
    plan_no = f"{rng.randint(40, 520)}/KH-BNV"
    parent = "" if rng.random() < 0.7 else "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ"
    signer = rng.choice(["Vũ Đăng Minh", "Trương Hải Long", "Nguyễn Duy Thăng", "Phạm Thị Thanh Trà"])
    deputy = rng.random() < 0.8
    title = rng.choice([
        [f"Chỉ số cải cách hành chính năm {year}", "của các tỉnh, thành phố trực thuộc Trung ương"],
        [f"Kết quả Chỉ số cải cách hành chính năm {year}", "của các tỉnh, thành phố trực thuộc Trung ương"],
        [f"Kết quả xác định Chỉ số cải cách hành chính năm {year}",
         "của Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
    ])
    table, table_block = _table(lay, rows, year, table_avg)
    analysis = _prose(lay, claims, year)

    blocks: list = [
        national_header(parent, "BỘ NỘI VỤ", number, "Hà Nội", issue),
        Centered([TextLine("BÁO CÁO", "bold")], size=14, space_before=0.8),
        Centered([TextLine(t, "bold") for t in title], space_before=0.1),
        Paragraph(f"Thực hiện Kế hoạch số {plan_no} ngày {short_date(plan_date)} của Bộ Nội vụ về triển khai xác "
                  f"định Chỉ số cải cách hành chính (CCHC) năm {year}, Bộ Nội vụ báo cáo kết quả Chỉ số CCHC năm "
                  f"{year} của {N_UNITS} tỉnh, thành phố trực thuộc Trung ương như sau:", space_before=0.8),
        Paragraph(f"Chỉ số CCHC được đánh giá trên thang điểm 100, gồm điểm thẩm định (tối đa {_points(app_max)} "
                  f"điểm) và điểm điều tra xã hội học (tối đa {_points(sur_max)} điểm); Chỉ số CCHC (%) bằng tổng "
                  f"điểm đạt được.", size=13),
    ]
    if lay["prose_first"]:
        blocks += [Paragraph("1. Kết quả chung", "bold"), *analysis,
                   Paragraph(f"2. Bảng xếp hạng Chỉ số CCHC năm {year}", "bold"), table_block]
    else:
        blocks += [Paragraph(f"1. Kết quả Chỉ số CCHC năm {year}", "bold"), table_block,
                   Paragraph("2. Phân tích kết quả", "bold"), *analysis]
    blocks += [
        Paragraph(f"Bộ Nội vụ báo cáo kết quả Chỉ số CCHC năm {year} của các tỉnh, thành phố trực thuộc Trung "
                  f"ương./."),
        Signature(["Thủ tướng Chính phủ (để b/c)", "Các Phó Thủ tướng Chính phủ (để b/c)",
                   "UBND các tỉnh, thành phố", "Lưu: VT, CCHC."],
                  "KT. BỘ TRƯỞNG" if deputy else None, "THỨ TRƯỞNG" if deputy else "BỘ TRƯỞNG", signer),
    ]
    document = {
        "kind": "Báo cáo", "issuer": "Bộ Nội vụ",
        "issuer_parent": "Ban Chỉ đạo cải cách hành chính của Chính phủ" if parent else None,
        "number_symbol": number, "place": "Hà Nội", "date": issue.isoformat(),
        "subject": " ".join(title), "year_assessed": year,
        "signer": {"name": signer, "title": "Thứ trưởng" if deputy else "Bộ trưởng",
                   "authority": "KT." if deputy else None},
        "legal_references": [{"number_symbol": plan_no, "kind": "Kế hoạch", "date": plan_date.isoformat(),
                              "issuer": "Bộ Nội vụ"}],
        "scale": {"appraisal": app_max, "survey": sur_max, "total": 100.0},
        "layout": lay,
    }
    return DocSpec(name="national", seed=seed, blocks=blocks, document=document, tables=[table], rankings=rows,
                   claims=list(claims.values()), planted_faults=planted)
