"""Đắk Lắk-2020-style plan: a PAR criteria table (max points, last year's score, this year's target, lead
agency) whose fields and criteria are exact sums of their children, optionally with a broken roll-up.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from samples.generator.numbers import dec, fmt_points
from samples.generator.report import national_header, short_date
from samples.generator.spec import Centered, DocSpec, HeaderCell, Paragraph, Signature, TableBlock, TextLine
from samples.generator.units import PROVINCES

CRITERIA_FAULTS = ("criteria_rollup",)
NV, TP, VP, TC, KH, TT, KHCN = ("Sở Nội vụ", "Sở Tư pháp", "Văn phòng UBND tỉnh", "Sở Tài chính",
                                 "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ")

# (code, name, max points, lead agency); sub-criteria only under the criteria that have them.
# Structure and maxima follow the provincial PAR Index methodology (fields sum to 100).
TEMPLATE: list[tuple[str, str, float, str | None]] = [
    ("1", "Công tác chỉ đạo điều hành CCHC", 8.5, None),
    ("1.1", "Thực hiện Kế hoạch CCHC năm", 1.5, NV),
    ("1.2", "Thực hiện chế độ báo cáo CCHC định kỳ", 0.5, NV),
    ("1.3", "Kiểm tra CCHC", 2, NV),
    ("1.4", "Công tác tuyên truyền CCHC", 1, NV),
    ("1.5", "Sáng kiến hoặc giải pháp mới trong cải cách hành chính", 2, NV),
    ("1.6", "Thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao", 1.5, VP),
    ("2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh", 10, None),
    ("2.1", "Theo dõi thi hành pháp luật", 2, TP),
    ("2.2", "Xử lý văn bản quy phạm pháp luật sau rà soát, hệ thống hóa", 1.5, TP),
    ("2.3", "Xử lý văn bản phát hiện sai phạm qua kiểm tra", 1.5, TP),
    ("2.4", "Tác động của cải cách đến chất lượng văn bản quy phạm pháp luật do tỉnh ban hành", 5, None),
    ("2.4.1", "Tính đồng bộ, thống nhất của hệ thống văn bản quy phạm pháp luật", 1, TP),
    ("2.4.2", "Tính hợp lý của các văn bản quy phạm pháp luật của tỉnh", 1, TP),
    ("2.4.3", "Tính khả thi của các văn bản quy phạm pháp luật của tỉnh", 1.5, TP),
    ("2.4.4", "Tính kịp thời trong việc phát hiện và xử lý các bất cập, vướng mắc", 1.5, TP),
    ("3", "Cải cách thủ tục hành chính và thực hiện cơ chế một cửa, cơ chế một cửa liên thông", 14, None),
    ("3.1", "Kiểm soát quy định thủ tục hành chính", 1, VP),
    ("3.2", "Công bố, công khai thủ tục hành chính và kết quả giải quyết hồ sơ", 3.5, VP),
    ("3.3", "Thực hiện cơ chế một cửa, cơ chế một cửa liên thông", 3.5, VP),
    ("3.4", "Kết quả giải quyết hồ sơ thủ tục hành chính", 5, VP),
    ("3.5", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức", 1, VP),
    ("4", "Cải cách tổ chức bộ máy hành chính", 12, None),
    ("4.1", "Thực hiện quy định về tổ chức bộ máy", 3.5, None),
    ("4.1.1", "Sắp xếp tổ chức bộ máy và kiện toàn chức năng, nhiệm vụ của các cơ quan chuyên môn", 1, NV),
    ("4.1.2", "Thực hiện quy định về cơ cấu số lượng lãnh đạo", 1.5, NV),
    ("4.1.3", "Tỷ lệ giảm số lượng đơn vị sự nghiệp công lập so với năm 2015", 1, NV),
    ("4.2", "Thực hiện các quy định về quản lý biên chế", 2.5, NV),
    ("4.3", "Thực hiện phân cấp quản lý", 1.5, KH),
    ("4.4", "Tác động của cải cách đến tổ chức bộ máy hành chính", 4.5, NV),
    ("5", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", 14, None),
    ("5.1", "Thực hiện cơ cấu công chức, viên chức theo vị trí việc làm", 2, NV),
    ("5.2", "Tuyển dụng công chức, viên chức", 1, NV),
    ("5.3", "Thi nâng ngạch công chức, thăng hạng viên chức", 0.5, NV),
    ("5.4", "Thực hiện quy định về bổ nhiệm vị trí lãnh đạo", 0.75, NV),
    ("5.5", "Đánh giá, phân loại công chức, viên chức", 1.75, NV),
    ("5.6", "Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng", 1, NV),
    ("5.7", "Cán bộ, công chức cấp xã", 1, NV),
    ("5.8", "Tác động của cải cách đến quản lý cán bộ, công chức", 2, NV),
    ("5.9", "Tác động của cải cách đến chất lượng đội ngũ cán bộ, công chức", 4, NV),
    ("6", "Cải cách tài chính công", 12.5, None),
    ("6.1", "Tổ chức thực hiện công tác tài chính - ngân sách", 3, TC),
    ("6.2", "Công tác quản lý, sử dụng tài sản công", 2, TC),
    ("6.3", "Thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập", 3.5, TC),
    ("6.4", "Tác động của cải cách đến quản lý tài chính công", 4, TC),
    ("7", "Hiện đại hóa hành chính", 13, None),
    ("7.1", "Ứng dụng công nghệ thông tin của tỉnh", 5.5, TT),
    ("7.2", "Cung cấp dịch vụ công trực tuyến", 1.25, TT),
    ("7.3", "Tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích", 1.25, TT),
    ("7.4", "Áp dụng Hệ thống quản lý chất lượng ISO 9001", 1, KHCN),
    ("7.5", "Tác động của cải cách đến hiện đại hóa hành chính", 4, TT),
    ("8", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", 16, None),
    ("8.1", "Kết quả Chỉ số hài lòng (SIPAS)", 10, NV),
    ("8.2", "Mức độ thu hút đầu tư của tỉnh", 1, KH),
    ("8.3", "Mức độ phát triển doanh nghiệp của tỉnh", 2, KH),
    ("8.4", "Thực hiện thu ngân sách hàng năm theo kế hoạch", 1, TC),
    ("8.5", "Tỷ lệ tăng tổng sản phẩm trên địa bàn (GRDP)", 1, KH),
    ("8.6", "Mức độ thực hiện các chỉ tiêu phát triển kinh tế - xã hội", 1, KH),
]
LEVELS = {1: "field", 2: "criterion", 3: "sub_criterion"}


def _children(code: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    depth = code.count(".") + 1
    return [r for r in rows if r["code"].startswith(code + ".") and r["code"].count(".") == depth]


def _leaf_values(rng: random.Random, max_points: float) -> tuple[float, float]:
    """Last year's score and this year's target of a leaf: target between the score and the maximum."""
    step = 0.25 if rng.random() < 0.6 else 0.01
    m = dec(max_points)
    score = Decimal(round(float(m) * rng.uniform(0.45, 1.0) / step)) * dec(step)
    score = min(score, m)
    target = score + Decimal(round(float(m - score) * rng.uniform(0.3, 1.0) / step)) * dec(step)
    return float(score), float(min(target, m))


def build_criteria_plan(seed: int, faults: Sequence[str] = (), *, province: str | None = None,
                        year: int | None = None, fields: int = 8) -> DocSpec:
    """A plan whose Phụ lục is the criteria table of the first `fields` fields; values roll up exactly."""
    unknown = [f for f in faults if f not in CRITERIA_FAULTS]
    if unknown:
        raise ValueError(f"unknown criteria fault(s) {unknown}; known: {', '.join(CRITERIA_FAULTS)}")
    rng = random.Random(f"criteria:{seed}")
    province = province or rng.choice(sorted(PROVINCES))
    year = year or rng.randint(2019, 2023)
    keys = (f"score_{year - 1}", f"target_{year}")
    template = [t for t in TEMPLATE if int(t[0].split(".")[0]) <= fields]
    rows: list[dict[str, Any]] = [
        {"code": code, "level": LEVELS[code.count(".") + 1], "name": name, "max_points": float(mx),
         "values": {}, "lead_agency": [lead] if lead else []}
        for code, name, mx, lead in template]
    for row in reversed(rows):  # children before parents
        kids = _children(row["code"], rows)
        if kids:
            for k in keys:
                row["values"][k] = float(sum((dec(c["values"][k]) for c in kids), Decimal(0)))
        else:
            row["values"] = dict(zip(keys, _leaf_values(rng, row["max_points"])))
    field_rows = [r for r in rows if r["level"] == "field"]
    total = {"code": None, "level": "total", "name": "Tổng cộng",
             "max_points": float(sum(dec(r["max_points"]) for r in field_rows)),
             "values": {k: float(sum((dec(r["values"][k]) for r in field_rows), Decimal(0))) for k in keys},
             "lead_agency": []}

    planted = []
    frng = random.Random(f"criteria-faults:{seed}")
    used: set[str] = set()
    for _ in faults:
        def leaves(code: str) -> list[dict[str, Any]]:  # changing a leaf breaks only its parent's sum
            return [c for c in _children(code, rows) if not _children(c["code"], rows)]

        parent = frng.choice([r for r in rows if leaves(r["code"]) and r["code"] not in used])
        used.add(parent["code"])
        child = frng.choice(leaves(parent["code"]))
        key = frng.choice(keys)
        old = dec(child["values"][key])
        d = dec(frng.choice([0.25, 0.5, 0.75]))
        new = old + d if old + d <= dec(child["max_points"]) else old - d
        if new < 0:
            new = old + d  # a tiny criterion: going over its maximum is the lesser evil, but avoid negatives
        child["values"][key] = float(new)
        planted.append({"check": "criteria_rollup", "code": parent["code"], "child": child["code"], "column": key,
                        "description": f"{key} of {child['code']} printed {fmt_points(float(new))} instead of "
                                       f"{fmt_points(float(old))}: the children of {parent['code']} no longer "
                                       f"sum to its {fmt_points(parent['values'][key])}",
                        "published": parent["values"][key],
                        "expected": float(sum((dec(c["values"][key]) for c in _children(parent["code"], rows)),
                                              Decimal(0)))})

    header = [[HeaderCell("STT"), HeaderCell("Lĩnh vực/Tiêu chí/Tiêu chí thành phần"), HeaderCell("Điểm tối đa"),
               HeaderCell(f"Điểm năm {year - 1}"), HeaderCell(f"Mục tiêu năm {year}"),
               HeaderCell("Chủ trì tham mưu")]]
    printed, bold = [], set()
    for r in rows + [total]:
        if r["level"] in ("field", "total"):
            bold.add(len(printed))
        name = r["name"].upper() if r["level"] == "field" else r["name"]
        printed.append([r["code"] or "", name, fmt_points(r["max_points"]),
                        *(fmt_points(r["values"][k]) for k in keys), ", ".join(r["lead_agency"])])
    table = {"kind": "criteria", "pages": [], "header": [c.text for c in header[0]], "rows": printed}
    block = TableBlock(truth=0, widths=[0.08, 0.42, 0.1, 0.1, 0.1, 0.2], header=header, rows=printed,
                       align=["center", "left", "center", "center", "center", "left"], bold_rows=bold, size=11.5)

    date = dt.date(year, rng.randint(3, 9), rng.randint(1, 28))
    number = f"{rng.randint(1200, 9800)}/KH-UBND"
    prov = PROVINCES[province]
    signer = rng.choice(prov.signer_names)
    subject = f"Nâng cao Chỉ số cải cách hành chính (PAR Index) năm {year} của tỉnh {province}"
    recipients = ["Bộ Nội vụ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, các PCT UBND tỉnh",
                  "Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố", "Lưu: VT, NC."]
    blocks = [
        national_header("ỦY BAN NHÂN DÂN", f"TỈNH {province.upper()}", number, province, date),
        Centered([TextLine("KẾ HOẠCH", "bold")], size=14, space_before=1.2),
        Centered([TextLine(subject, "bold")], space_before=0.1),
        Paragraph(f"Nhằm khắc phục những hạn chế, tồn tại trong kết quả Chỉ số cải cách hành chính năm "
                  f"{year - 1}, phấn đấu nâng cao thứ hạng Chỉ số CCHC (PAR Index) và Chỉ số hài lòng về sự phục "
                  f"vụ hành chính (SIPAS) năm {year} của tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch với các "
                  f"mục tiêu cụ thể theo từng lĩnh vực, tiêu chí như sau:", space_before=1.0),
        Paragraph(f"Mục tiêu phấn đấu Chỉ số PAR Index năm {year} và phân công cơ quan chủ trì tham mưu",
                  "bold", indent=False, align="center"),
        block,
        Paragraph("Các cơ quan, đơn vị được giao chủ trì tham mưu có trách nhiệm xây dựng kế hoạch cụ thể, tổ "
                  "chức thực hiện và báo cáo kết quả về Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."),
        Signature(recipients, "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", signer),
    ]
    document = {"kind": "Kế hoạch", "issuer": f"Ủy ban nhân dân tỉnh {province}", "issuer_parent": None,
                "number_symbol": number, "place": province, "date": date.isoformat(), "subject": subject,
                "year_assessed": year,
                "signer": {"name": signer, "title": "Phó Chủ tịch", "authority": "KT."},
                "legal_references": [], "recipients": recipients}
    return DocSpec(name="criteria_plan", seed=seed, blocks=blocks, document=document, tables=[table],
                   criteria=rows + [total], planted_faults=planted)


def rollup_errors(criteria: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(parent code, value key) for every parent whose printed value is not the sum of its children's."""
    rows = [r for r in criteria if r["code"]]
    errors = []
    for r in rows:
        kids = _children(r["code"], rows)
        if kids:
            for key in ["max_points", *r["values"]]:
                get = (lambda x: x["max_points"]) if key == "max_points" else (lambda x, k=key: x["values"][k])
                if dec(get(r)) != sum((dec(get(c)) for c in kids), Decimal(0)):
                    errors.append((r["code"], key))
    return errors

