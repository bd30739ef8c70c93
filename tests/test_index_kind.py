"""Which index a sentence or a table is about (PAR INDEX vs SIPAS, PAPI, PCI, DDCI, ICT, DTI)."""

from __future__ import annotations

import unicodedata

import pytest

from parscan.extractors.index_kind import (
    index_mentions,
    kind_info,
    kind_of_table,
    kind_of_text,
    kinds_in_text,
    known_kinds,
)
from parscan.schemas.records import Cell, Table

PCI_SUBINDICES = ["Gia nhập thị trường", "Tiếp cận đất đai", "Tính minh bạch", "Chi phí thời gian",
                  "Chi phí không chính thức", "Cạnh tranh bình đẳng", "Tính năng động của chính quyền",
                  "Dịch vụ hỗ trợ doanh nghiệp", "Đào tạo lao động", "Thiết chế pháp lý và an ninh trật tự"]
PCI_WEIGHTS = [5, 5, 20, 5, 10, 5, 5, 20, 20, 5]  # % (VCCI, PCI 2017-2021)
PCI_VALUES = {
    "Quảng Ninh": [7.58, 7.12, 7.05, 7.63, 6.86, 6.03, 7.92, 7.62, 7.74, 7.87],
    "Hải Phòng": [7.21, 6.95, 6.77, 7.34, 6.52, 5.98, 7.61, 7.41, 7.49, 7.55],
    "Bắc Ninh": [7.02, 6.38, 6.49, 7.12, 6.31, 5.47, 6.92, 6.88, 7.08, 7.04],
    "Hà Nam": [7.98, 8.52, 6.21, 7.66, 6.74, 6.12, 7.30, 6.15, 6.34, 7.21],
    "Thái Bình": [7.45, 7.03, 6.05, 7.02, 6.58, 5.64, 6.81, 5.92, 6.23, 6.95],
}


def vn(x: float) -> str:
    """As printed in Vietnamese prose/tables: decimal comma."""
    return f"{x:.2f}".replace(".", ",")


def make_table(header: list[str], rows: list[list[str]], tid: str = "t") -> Table:
    cells = [Cell(row=r, col=c, text=t) for r, row in enumerate(rows) for c, t in enumerate(row)]
    return Table(id=tid, pages=[3], header=header, n_rows=len(rows), n_cols=max(len(header), *map(len, rows)), cells=cells)


def pci_rows(units: list[str] | None = None) -> list[list[str]]:
    """Sub-indices 0-10 and the composite, 10 x the weighted mean; ranked by composite, rank last."""
    out = []
    names = units or list(PCI_VALUES)
    for name, subs in zip(names, PCI_VALUES.values()):
        composite = 10 * sum(w * s for w, s in zip(PCI_WEIGHTS, subs)) / 100
        out.append([name, *map(vn, subs), vn(composite)])
    out.sort(key=lambda r: -float(r[-1].replace(",", ".")))
    return [[str(i + 1), *r, str(i + 1)] for i, r in enumerate(out)]


def pci_table(header: list[str] | None = None, units: list[str] | None = None) -> Table:
    header = header if header is not None else ["STT", "Tỉnh, thành phố", *PCI_SUBINDICES, "PCI 2021", "Xếp hạng"]
    return make_table(header, pci_rows(units))


PAR_RANKING = [  # thẩm định + điều tra XHH = tổng điểm = Chỉ số (max 100)
    ("Sở Tư pháp", 71.25, 19.12), ("Sở Nội vụ", 70.50, 18.94), ("Sở Tài chính", 69.75, 18.67),
    ("Sở Xây dựng", 66.00, 18.71), ("Sở Y tế", 63.40, 17.85), ("Sở Công Thương", 60.15, 18.02),
]


def par_ranking_table(header: list[str] | None = None) -> Table:
    header = header or ["Xếp hạng", "Cơ quan, đơn vị", "Điểm thẩm định", "Điểm điều tra XHH", "Tổng điểm", "Chỉ số CCHC (%)"]
    rows = [[str(i + 1), unit, vn(a), vn(b), vn(a + b), vn(a + b)] for i, (unit, a, b) in enumerate(PAR_RANKING)]
    return make_table(header, rows)


PAPI_DIMENSIONS = ["Tham gia của người dân ở cấp cơ sở", "Công khai, minh bạch trong việc ra quyết định",
                   "Trách nhiệm giải trình với người dân", "Kiểm soát tham nhũng trong khu vực công",
                   "Thủ tục hành chính công", "Cung ứng dịch vụ công", "Quản trị môi trường", "Quản trị điện tử"]
PAPI_VALUES = {
    "Quảng Ninh": [5.41, 5.62, 4.72, 6.98, 7.52, 7.67, 4.10, 3.85],
    "Hà Nam": [5.12, 5.38, 4.51, 6.77, 7.31, 7.48, 3.62, 3.31],
    "Ninh Bình": [5.27, 5.44, 4.39, 6.84, 7.40, 7.55, 3.85, 3.44],
    "Nam Định": [4.98, 5.21, 4.30, 6.61, 7.25, 7.36, 3.48, 3.02],
}


def papi_table() -> Table:
    header = ["TT", "Tỉnh", *PAPI_DIMENSIONS, "Tổng điểm"]  # "Tổng điểm" alone is a PAR word too
    rows = [[str(i + 1), name, *map(vn, dims), vn(sum(dims))] for i, (name, dims) in enumerate(PAPI_VALUES.items())]
    return make_table(header, rows)


SIPAS_PARTS = ["Tiếp cận dịch vụ", "Thủ tục hành chính", "Sự phục vụ của công chức", "Kết quả giải quyết TTHC",
               "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị"]
SIPAS_VALUES = {
    "Sở Tư pháp": [84.12, 82.55, 85.30, 83.91, 76.20],
    "Sở Tài nguyên và Môi trường": [78.40, 76.95, 79.12, 77.80, 70.05],
    "UBND huyện Kim Bảng": [81.22, 80.10, 82.64, 81.75, 73.48],
    "Sở Giao thông vận tải": [80.05, 79.32, 81.40, 80.66, 72.91],
}


def sipas_table(header: list[str] | None = None) -> Table:
    header = header or ["STT", "Đơn vị", *SIPAS_PARTS, "Chỉ số SIPAS (%)"]
    rows = [[str(i + 1), name, *map(vn, parts), vn(sum(parts) / len(parts))]
            for i, (name, parts) in enumerate(SIPAS_VALUES.items())]
    return make_table(header, rows)


# --------------------------------------------------------------------------------------------- data


def test_data_has_every_kind_with_names_cues_and_value_hints() -> None:
    assert known_kinds() == ["par", "sipas", "papi", "pci", "ddci", "ict", "dti"]
    for kind in known_kinds():
        info = kind_info(kind)
        assert info["names"] and info["values"]["aggregation"] in ("sum", "weighted", "mean")
        for text in info["names"] + info.get("abbreviations", []):
            assert unicodedata.is_normalized("NFC", text)
    assert len(kind_info("pci")["header_cues"]) >= 10 and len(kind_info("papi")["header_cues"]) >= 8
    assert kind_info("pci")["values"]["components"]["max"] == 10
    assert sum(kind_info("pci")["values"]["weights"].values()) == 100
    assert kind_info("unknown") == {}


# --------------------------------------------------------------------------------------------- text


@pytest.mark.parametrize("text, kind", [
    ("Chỉ số SIPAS năm 2022 đạt 80,08%", "sipas"),
    ("PCI 2021 của tỉnh đạt 65,36 điểm, tăng 4 bậc so với năm 2020", "pci"),
    ("Chỉ số CCHC năm 2022 đạt 86,37%, xếp thứ 12/63 tỉnh, thành phố", "par"),
    ("Chỉ số cải cách hành chính (PAR INDEX) năm 2022 của tỉnh", "par"),
    ("Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2022", "ddci"),
    ("Kết quả đánh giá Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương", "ddci"),
    ("Chỉ số năng lực cạnh tranh cấp tỉnh năm 2021 đạt 65,36 điểm", "pci"),
    ("Chỉ số năng lực cạnh tranh (PCI) năm 2021", "pci"),
    ("Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước", "sipas"),
    ("Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh năm 2022 đạt 42,84 điểm", "papi"),
    ("Chỉ số chuyển đổi số (DTI) cấp tỉnh năm 2022 đạt 0,5129", "dti"),
    ("Vietnam ICT Index 2020: tỉnh xếp thứ 25", "ict"),
    ("Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và truyền thông", "ict"),
    ("The PAR Index 2022 of the province ranked 12th", "par"),
    ("Par-Index 2022", "par"),
    ("PAR Index", "par"),
    ("The Provincial Competitiveness Index (PCI) is published by VCCI", "pci"),
    ("Provincial Governance and Public Administration Performance Index", "papi"),
    ("CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022", "par"),
    ("Chi so CCHC nam 2022 dat 86,37%", "par"),  # no diacritics (raw OCR)
])
def test_kind_of_text(text: str, kind: str) -> None:
    assert kind_of_text(text) == kind


@pytest.mark.parametrize("text", [
    "chỉ số",
    "Các chỉ số thành phần đều tăng so với năm trước",
    "Nâng cao năng lực cạnh tranh của doanh nghiệp trên địa bàn tỉnh",
    "Công tác cải cách hành chính năm 2022 được triển khai đồng bộ",
    "Điểm khảo sát sự hài lòng của người dân, tổ chức",
    "Đẩy mạnh xây dựng chính quyền điện tử, chuyển đổi số",
    "Ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước",
    "This result is on par with last year",
    "",
])
def test_no_index_named(text: str) -> None:
    assert kind_of_text(text) is None
    assert kinds_in_text(text) == []


def test_par_sentence_mentioning_competitiveness_is_not_pci() -> None:
    text = "Chỉ số CCHC năm 2022 đạt 86,37%, góp phần cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh"
    assert kind_of_text(text) == "par" and kinds_in_text(text) == ["par"]
    # the PAR ranking of departments is not the DDCI ("cấp sở, ban, ngành" without "năng lực cạnh tranh")
    assert kinds_in_text("Chỉ số CCHC của các sở, ban, ngành và UBND cấp huyện năm 2022") == ["par"]


def test_two_indices_in_a_sentence_first_wins_with_offsets() -> None:
    text = "Năm 2022, Chỉ số CCHC và Chỉ số SIPAS của tỉnh đều tăng; PCI xếp thứ 20, Chỉ số CCHC tăng 3 bậc."
    assert kind_of_text(text) == "par"
    assert kinds_in_text(text) == ["par", "sipas", "pci"]
    mentions = index_mentions(text)
    assert [m.kind for m in mentions] == ["par", "sipas", "pci", "par"]
    assert [text[m.start:m.end] for m in mentions] == ["Chỉ số CCHC", "Chỉ số SIPAS", "PCI", "Chỉ số CCHC"]
    assert [m.text for m in mentions] == [text[m.start:m.end] for m in mentions]
    assert mentions[0].start == text.index("Chỉ số CCHC")
    assert kind_of_text("Chỉ số SIPAS và Chỉ số CCHC năm 2022") == "sipas"


def test_name_and_abbreviation_together_are_one_mention() -> None:
    text = "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2022"
    (mention,) = index_mentions(text)
    assert mention.kind == "papi" and mention.text.endswith("(PAPI)") and mention.start == 0


def test_decomposed_unicode_is_read_as_nfc() -> None:
    text = unicodedata.normalize("NFD", "Chỉ số năng lực cạnh tranh cấp tỉnh năm 2021")
    assert kind_of_text(text) == "pci"
    (mention,) = index_mentions(text)
    assert mention.text == unicodedata.normalize("NFC", "Chỉ số năng lực cạnh tranh cấp tỉnh")


# --------------------------------------------------------------------------------------------- tables


def test_pci_table_by_its_sub_index_header() -> None:
    kind, reason = kind_of_table(pci_table(), "Báo cáo kết quả Chỉ số CCHC năm 2022")
    assert kind == "pci"
    assert "header" in reason and "PCI" in reason


def test_pci_table_by_its_sub_indices_alone() -> None:
    header = ["STT", "Tỉnh, thành phố", *PCI_SUBINDICES, "Điểm tổng hợp", "Xếp hạng"]
    assert kind_of_table(pci_table(header)) == ("pci", "header names PCI sub-indices")


def test_pci_numbers_under_a_par_title_are_not_par() -> None:
    # the header was lost to OCR; only the title (PAR) is known: the numbers must keep it off PAR
    header = ["STT", "Tỉnh"] + ["Chi s6 tp"] * 10 + ["Diem", "Xếp hạng"]
    kind, reason = kind_of_table(pci_table(header), "UBND TỈNH HÀ NAM\nBáo cáo kết quả Chỉ số CCHC năm 2022")
    assert kind == "unknown"
    assert "0-10" in reason and "not PAR" in reason
    # the same table under its caption
    kind, reason = kind_of_table(pci_table(header), "Bảng 3. Kết quả PCI 2021 của các tỉnh vùng Đồng bằng sông Hồng")
    assert (kind, reason) == ("pci", "caption names PCI")


def test_pci_sub_indices_with_department_rows_are_ddci() -> None:
    units = ["Sở Tài chính", "Sở Xây dựng", "Sở Kế hoạch và Đầu tư", "UBND huyện Kim Bảng", "Sở Công Thương"]
    header = ["STT", "Sở, ngành, địa phương", *PCI_SUBINDICES, "Điểm tổng hợp", "Xếp hạng"]
    kind, reason = kind_of_table(pci_table(header, units))
    assert kind == "ddci" and "rows" in reason
    # named in the caption
    kind, reason = kind_of_table(pci_table(header), "Kết quả Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) năm 2022")
    assert kind == "ddci" and "caption names DDCI" in reason
    # and in the header
    header = ["STT", "Đơn vị", *PCI_SUBINDICES, "DDCI 2022", "Xếp hạng"]
    assert kind_of_table(pci_table(header, units))[0] == "ddci"


def test_papi_table_with_a_total_column() -> None:
    kind, reason = kind_of_table(papi_table(), "Chỉ số CCHC năm 2022")
    assert kind == "papi" and "PAPI" in reason


def test_par_ranking_table() -> None:
    kind, reason = kind_of_table(par_ranking_table(), "Kết quả Chỉ số CCHC năm 2022 của các sở, ban, ngành")
    assert kind == "par" and "PAR" in reason
    # prose above the table names SIPAS (the survey part of PAR): the header still decides
    context = "Điểm điều tra xã hội học được lấy từ kết quả khảo sát Chỉ số SIPAS năm 2022"
    assert kind_of_table(par_ranking_table(), context)[0] == "par"


def test_par_ranking_without_named_columns_by_its_sums() -> None:
    header = ["TT", "Đơn vị", "Điểm 1", "Điểm 2", "Tổng điểm", "Xếp hạng"]
    kind, reason = kind_of_table(par_ranking_table(header))
    assert kind == "par" and "sum to the total" in reason
    # same header, components that cannot be PAR scores
    rows = [[str(i + 1), u, vn(a + 40), vn(b + 30), vn(a + b + 70), str(i + 1)] for i, (u, a, b) in enumerate(PAR_RANKING)]
    kind, reason = kind_of_table(make_table(header, rows))
    assert kind == "unknown" and "> 100" in reason


def test_par_survey_header_is_not_sipas() -> None:
    header = ["Xếp hạng", "Cơ quan, địa phương", "Điểm thẩm định", "Điểm khảo sát sự hài lòng", "Điểm đạt được", "Chỉ số CCHC 2022 (%)"]
    assert kind_of_table(par_ranking_table(header))[0] == "par"


def test_par_field_table_by_row_labels() -> None:
    fields = ["Công tác chỉ đạo điều hành CCHC", "Xây dựng và tổ chức thực hiện văn bản QPPL tại tỉnh",
              "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy hành chính",
              "Xây dựng và nâng cao chất lượng đội ngũ CBCCVC", "Cải cách tài chính công", "Hiện đại hóa hành chính",
              "Tác động của CCHC đến người dân, tổ chức và các chỉ tiêu phát triển KT-XH"]
    rows = [[str(i + 1), f, vn(m), vn(m * 0.8)] for i, (f, m) in enumerate(zip(fields, [8.5, 10, 14, 12, 14, 12.5, 13, 16]))]
    table = make_table(["STT", "Lĩnh vực", "Điểm tối đa", "Điểm đạt được"], rows)
    assert kind_of_table(table) == ("par", "header names PAR INDEX sub-indices")


def test_sipas_table() -> None:
    kind, reason = kind_of_table(sipas_table(), "Chỉ số CCHC năm 2022")
    assert kind == "sipas" and reason == "header names SIPAS and its sub-indices"
    # the parts alone (the last column unlabelled) also say SIPAS
    header = ["STT", "Đơn vị", *SIPAS_PARTS, "Chung"]
    assert kind_of_table(sipas_table(header))[0] == "sipas"
    # no cue in the header: the SIPAS is the mean of its parts, not their sum -> not PAR
    header = ["STT", "Đơn vị", "Yếu tố 1", "Yếu tố 2", "Yếu tố 3", "Yếu tố 4", "Yếu tố 5", "Chung"]
    kind, reason = kind_of_table(sipas_table(header), "Báo cáo kết quả Chỉ số CCHC năm 2022")
    assert kind == "unknown" and "average" in reason


def test_ict_table_on_a_0_1_scale() -> None:
    header = ["STT", "Tỉnh", "Hạ tầng kỹ thuật", "Hạ tầng nhân lực", "Ứng dụng CNTT", "Chỉ số ICT", "Xếp hạng"]
    rows = [["1", "Hà Nam", "0,5231", "0,4412", "0,6120", "0,5309", "1"], ["2", "Nam Định", "0,4980", "0,4105", "0,5872", "0,5043", "2"]]
    assert kind_of_table(make_table(header, rows)) == ("ict", "header names ICT Index and its sub-indices")


def test_table_comparing_indices_is_not_one_kind() -> None:
    header = ["Năm", "Chỉ số CCHC (%)", "Chỉ số SIPAS (%)", "PAPI", "PCI"]
    rows = [["2020", "84,12", "82,30", "43,10", "64,00"], ["2021", "85,40", "83,05", "42,75", "65,36"],
            ["2022", "86,37", "80,08", "42,84", "66,20"]]
    kind, reason = kind_of_table(make_table(header, rows), "Chỉ số CCHC năm 2022")
    assert kind == "unknown" and "several" in reason


def test_table_header_in_its_first_row() -> None:
    rows = [["STT", "Tỉnh", *PCI_SUBINDICES, "PCI", "Xếp hạng"]] + pci_rows()
    table = Table(id="t", n_rows=len(rows), n_cols=len(rows[0]),
                  cells=[Cell(row=r, col=c, text=t) for r, row in enumerate(rows) for c, t in enumerate(row)])
    assert kind_of_table(table)[0] == "pci"


def test_defaults() -> None:
    # PAR words, nothing else known
    table = make_table(["STT", "Đơn vị", "Tổng điểm", "Xếp hạng"], [["1", "Sở Nội vụ", "90,10", "1"], ["2", "Sở Y tế", "88,00", "2"]])
    kind, reason = kind_of_table(table)
    assert kind == "par" and "PAR words" in reason
    # no PAR word, no index named
    table = make_table(["STT", "Đơn vị", "Số lượng"], [["1", "Sở Nội vụ", "12"], ["2", "Sở Y tế", "9"]])
    assert kind_of_table(table) == ("unknown", "no index named")
    assert kind_of_table(table, "Kết quả Chỉ số SIPAS năm 2022") == ("sipas", "caption names SIPAS")
