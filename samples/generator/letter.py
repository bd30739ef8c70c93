"""A one-page official letter (công văn) without tables: the archive-copy case (low dpi, bad profile)."""

from __future__ import annotations

import datetime as dt
import random

from samples.generator.report import national_header, vn_date
from samples.generator.spec import DocSpec, Paragraph, Signature, TextLine
from samples.generator.units import PROVINCES


def build_letter(seed: int, *, province: str | None = None, year: int | None = None) -> DocSpec:
    """Sở Nội vụ urging agencies to finish their PAR self-assessment; prose only."""
    rng = random.Random(f"letter:{seed}")
    province = province or rng.choice(sorted(PROVINCES))
    year = year or rng.randint(2018, 2023)
    date = dt.date(year, rng.randint(9, 11), rng.randint(1, 28))
    deadline = date + dt.timedelta(days=rng.randint(10, 25))
    number = f"{rng.randint(800, 2600)}/SNV-CCHC"
    subject = f"đôn đốc tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {year}"
    header = national_header(f"UBND TỈNH {province.upper()}", "SỞ NỘI VỤ", number, province, date)
    header.left.append(TextLine(f"V/v {subject}"))
    signer = rng.choice(PROVINCES[province].signer_names)
    recipients = ["Như trên", "Giám đốc Sở (b/c)", "Lưu: VT, CCHC."]
    blocks = [
        header,
        Paragraph("Kính gửi: - Các sở, ban, ngành tỉnh; - UBND các huyện, thị xã, thành phố.", indent=False,
                  align="center", space_before=1.2),
        Paragraph(f"Thực hiện Kế hoạch xác định Chỉ số cải cách hành chính năm {year} của Ủy ban nhân dân tỉnh, "
                  f"đến nay vẫn còn một số cơ quan, đơn vị chưa hoàn thành việc tự đánh giá, chấm điểm và cập "
                  f"nhật tài liệu kiểm chứng trên phần mềm chấm điểm Chỉ số CCHC của tỉnh.", space_before=0.8),
        Paragraph(f"Để bảo đảm tiến độ tổng hợp, thẩm định kết quả, Sở Nội vụ đề nghị Thủ trưởng các cơ quan, "
                  f"đơn vị khẩn trương hoàn thành việc tự đánh giá, chấm điểm theo Bộ tiêu chí; tài liệu kiểm "
                  f"chứng phải là tập tin có chữ ký số hợp lệ và gửi về Sở Nội vụ trước {vn_date(deadline)}."),
        Paragraph("Quá thời hạn trên, cơ quan, đơn vị nào chưa hoàn thành thì Tổ thư ký Hội đồng thẩm định sẽ "
                  "chấm điểm theo kết quả đã cập nhật trên phần mềm; thủ trưởng cơ quan, đơn vị chịu trách nhiệm "
                  "trước Ủy ban nhân dân tỉnh về kết quả Chỉ số CCHC của cơ quan, đơn vị mình."),
        Paragraph("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc đề nghị liên hệ Phòng Cải cách hành "
                  "chính, Sở Nội vụ để được hướng dẫn./."),
        Signature(recipients, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", signer),
    ]
    document = {"kind": "Công văn", "issuer": "Sở Nội vụ", "issuer_parent": f"Ủy ban nhân dân tỉnh {province}",
                "number_symbol": number, "place": province, "date": date.isoformat(), "subject": subject,
                "year_assessed": year,
                "signer": {"name": signer, "title": "Phó Giám đốc", "authority": "KT."},
                "legal_references": [], "recipients": recipients}
    return DocSpec(name="letter", seed=seed, blocks=blocks, document=document)
