"""A provincial report given as text, with its two ranking tables printed without group headings (departments,
then districts) and prose that restates their figures: the audit ties each statement to the right table by
the kind of units its rows name, checks the stated numbers of units against the rows, and names tables and
units in the ledger as a reader would (never a table id or a folded matching key)."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest

from parscan.normalizers.names import strip_diacritics
from parscan.pipeline.run import extract
from parscan.scoring.audit import audit_documents

DEPARTMENTS = [("Sở Tài chính", 91.05), ("Sở Nội vụ", 89.20), ("Sở Tư pháp", 87.44), ("Sở Y tế", 85.60),
               ("Sở Xây dựng", 84.12), ("Sở Công Thương", 83.37), ("Sở Giáo dục và Đào tạo", 82.05),
               ("Sở Khoa học và Công nghệ", 80.91), ("Sở Tài nguyên và Môi trường", 79.48),
               ("Sở Giao thông vận tải", 77.26), ("Sở Ngoại vụ", 74.80), ("Ban Dân tộc", 72.15)]
DISTRICTS = [("UBND thành phố Hà Tĩnh", 88.31), ("UBND thị xã Hồng Lĩnh", 86.70), ("UBND huyện Can Lộc", 84.95),
             ("UBND huyện Đức Thọ", 83.10), ("UBND huyện Thạch Hà", 82.42), ("UBND huyện Nghi Xuân", 81.06),
             ("UBND huyện Hương Sơn", 79.84), ("UBND huyện Cẩm Xuyên", 78.15), ("UBND huyện Lộc Hà", 76.33),
             ("UBND huyện Vũ Quang", 74.60)]


def _n(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _table(caption: str, rows: list[tuple[str, float]]) -> str:
    lines = [caption, "STT Tên cơ quan, đơn vị Điểm Chỉ số CCHC Thứ hạng"]
    lines += [f"{i} {name} {_n(score)} {i}" for i, (name, score) in enumerate(rows, 1)]
    return "\n".join(lines)


def _report(tmp_path: Path, departments_stated: int = len(DEPARTMENTS)) -> Path:
    dep_mean = _n(round(statistics.mean(v for _, v in DEPARTMENTS), 2))
    dis_mean = _n(round(statistics.mean(v for _, v in DISTRICTS), 2))
    text = f"""ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
SỞ NỘI VỤ

BÁO CÁO
Kết quả xác định Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành và UBND các huyện, thị xã, thành phố

1. Các sở, ban, ngành
Năm 2023 có {departments_stated} sở, ban, ngành được xác định Chỉ số. Chỉ số bình quân của khối là {dep_mean} điểm. Có 04 đơn vị loại Tốt (từ 85 điểm trở lên), 06 đơn vị loại Khá (từ 75 đến dưới 85 điểm), 02 đơn vị loại Trung bình. Cao nhất là Sở Tài chính (91,05 điểm), thấp nhất là Ban Dân tộc (72,15 điểm).
2. UBND cấp huyện
Bình quân Chỉ số của 10 huyện, thị xã, thành phố là {dis_mean} điểm.
Còn 02 đơn vị dưới 75 điểm thuộc khối sở và 01 đơn vị thuộc khối huyện.

{_table("Bảng 1. Chỉ số CCHC năm 2023 của các sở, ban, ngành", DEPARTMENTS)}

{_table("Bảng 2. Chỉ số CCHC năm 2023 của UBND các huyện, thị xã, thành phố", DISTRICTS)}
"""
    path = tmp_path / "ha_tinh_2023.txt"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    doc = extract(_report(tmp_path_factory.mktemp("consistent")))
    audit_documents([doc])
    return doc


def _checks(doc, check: str) -> list:
    return [c for c in doc.checks if c.check == check]


def test_a_consistent_report_gets_no_error(audited):
    assert [f.message_en for f in audited.findings if f.severity == "error"] == []


def test_each_average_is_checked_against_the_table_of_its_own_units(audited):
    averages = _checks(audited, "claim_average")
    assert sorted(c.status for c in averages) == ["pass", "pass"]
    assert {float(c.expected) for c in averages} == {round(statistics.mean(v for _, v in DEPARTMENTS), 2),
                                                     round(statistics.mean(v for _, v in DISTRICTS), 2)}


def test_stated_numbers_of_units_are_checked_against_the_rows(audited):
    totals = {float(c.published): c.status for c in _checks(audited, "claim_total")}
    assert totals == {float(len(DEPARTMENTS)): "pass", float(len(DISTRICTS)): "pass"}


def test_a_stated_number_of_units_the_table_does_not_have_is_unverifiable_never_an_error(tmp_path):
    doc = extract(_report(tmp_path, departments_stated=len(DEPARTMENTS) + 2))
    audit_documents([doc])
    total = next(c for c in _checks(doc, "claim_total") if float(c.published) == len(DEPARTMENTS) + 2)
    assert (total.status, total.reason) == ("unverifiable", "table_rows_differ")
    assert not [f for f in doc.findings if f.severity == "error" and f.check == "claim_total"]


def test_a_class_named_after_another_class_s_bounds_does_not_take_them(audited):
    counts = {c.band: c.bounds for c in audited.claims if c.kind == "count" and c.band}
    assert counts.get("Khá") == (75.0, 85.0)
    assert counts.get("Trung bình") is None


def test_a_count_takes_the_group_named_right_after_it(audited):
    below = sorted((c.value, c.group) for c in audited.claims if c.kind == "count" and c.bounds == (None, 75.0))
    assert below == [(1.0, "districts"), (2.0, "departments")]
    passed = sorted(float(c.published) for c in _checks(audited, "claim_count") if c.status == "pass")
    assert 1.0 in passed and 2.0 in passed


def test_the_ledger_names_tables_and_units_as_printed(audited):
    units = [c.unit for c in audited.checks if c.unit]
    assert units
    assert not [u for u in units if u.startswith(("t1", "p1-t"))]  # no internal table id
    assert not [u for u in units if u == strip_diacritics(u).lower() and any(ch.isalpha() for ch in u)]
    assert any(u.startswith("Bảng 1, trang 1") for u in units)


def test_a_ballot_count_and_an_average_are_named_by_their_own_printed_words(tmp_path):
    path = tmp_path / "national.txt"
    path.write_text("BỘ NỘI VỤ\n\nBÁO CÁO\nKết quả Chỉ số cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ\n\n"
                    "Bình quân Chỉ số của các bộ đạt 84,06%. Cuộc điều tra xã hội học đã thu về hơn 25.000 phiếu "
                    "hợp lệ.\n", encoding="utf-8")
    doc = extract(path)
    audit_documents([doc])
    ballots = next(c for c in doc.claims if c.kind == "survey_count")
    assert ballots.subject == "Cuộc điều tra xã hội học đã thu về hơn"  # printed, of its own sentence
    average = next(c for c in doc.claims if c.kind == "average")
    assert not average.subject[-1].isdigit()  # the words before the figure, none of its digits


def _classed(tmp_path: Path, printed_class_of_third: str) -> object:
    rows = [("Sở Tư pháp", 92.4, "Xuất sắc"), ("Sở Nội vụ", 86.1, "Tốt"), ("Sở Y tế", 81.3, printed_class_of_third),
            ("Sở Xây dựng", 74.9, "Khá"), ("Ban Dân tộc", 68.2, "Trung bình")]
    lines = ["ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "", "QUYẾT ĐỊNH", "Về việc công bố Chỉ số cải cách hành chính năm 2022 "
             "của các sở, ban, ngành", "",
             "Điều 1. Công bố kết quả của 5 sở, ban, ngành: loại Xuất sắc (từ 90% trở lên) 01 đơn vị; loại Tốt (từ 80% "
             "đến dưới 90%) 02 đơn vị; loại Khá (từ 70% đến dưới 80%) 01 đơn vị; loại Trung bình (dưới 70%) 01 đơn vị.",
             "", "Phụ lục", "STT Tên đơn vị Chỉ số CCHC (%) Xếp hạng Xếp loại"]
    lines += [f"{i} {name} {_n(v)} {i} {klass}" for i, (name, v, klass) in enumerate(rows, 1)]
    path = tmp_path / "ninh_binh.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = extract(path)
    audit_documents([doc])
    return doc


def test_printed_classes_are_checked_against_the_classes_the_document_states(tmp_path):
    """A province whose methodology sets no classes states them in the decision itself: each row's printed class is
    checked against that ladder, and a wrong one accused on its row."""
    doc = _classed(tmp_path, "Tốt")
    assert [c.status for c in _checks(doc, "class_band")] == ["pass"] * 5
    assert not [f for f in doc.findings if f.severity == "error"]
    doc = _classed(tmp_path, "Khá")
    errors = [f for f in doc.findings if f.severity == "error"]
    assert [(f.check, f.unit, f.published, f.expected) for f in errors] == [("class_band", "Sở Y tế", "Khá", "Tốt")]


def test_the_province_s_own_national_place_is_not_checked_against_its_departments_table(tmp_path):
    """"Chỉ số CCHC năm 2023 của Hà Tĩnh đạt 85,07%, xếp thứ 21/63" in the province's report: its place among the
    provinces, which no row of its departments' or districts' tables holds (not even its capital city's row)."""
    path = _report(tmp_path)
    text = path.read_text(encoding="utf-8").replace(
        "1. Các sở, ban, ngành", "Chỉ số CCHC năm 2023 của Hà Tĩnh đạt 85,07%, xếp thứ 21/63.\n"
        "1. Các sở, ban, ngành", 1)
    path.write_text(text, encoding="utf-8")
    doc = extract(path)
    audit_documents([doc])
    assert not [f.message_en for f in doc.findings if f.severity == "error"]
    own = [c for c in doc.checks if c.check in ("claim_value", "claim_rank") and float(c.published) in (85.07, 21.0)]
    assert own and all(c.status == "unverifiable" for c in own)
    assert not [c for c in doc.claims if c.subject and "thành phố Hà Tĩnh" in c.subject]


def test_rates_of_other_work_beside_the_index_are_not_read_as_the_index(tmp_path):
    """"Sở Tài chính có tỷ lệ hồ sơ trực tuyến đạt 95,40%, cao nhất các sở": a rate of records, not the index, so
    not the table's highest; it stays in the ledger as another measure, and no error is raised."""
    path = _report(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "2. UBND cấp huyện", "Sở Tài chính có tỷ lệ hồ sơ xử lý trực tuyến đạt 95,40%, cao nhất các sở. Tỷ lệ số hóa "
        "kết quả giải quyết của UBND huyện Can Lộc là 88,10%.\n2. UBND cấp huyện", 1), encoding="utf-8")
    doc = extract(path)
    audit_documents([doc])
    assert not [f.message_en for f in doc.findings if f.severity == "error"]
    rates = [c for c in doc.checks if c.published in (95.4, 88.1)]
    assert rates and all((c.status, c.reason) == ("unverifiable", "other_measure") for c in rates)


def test_a_table_s_group_headings_name_its_groups_in_the_ledger(tmp_path):
    """Rows under "I Khối sở, ban, ngành" and "II Khối UBND cấp huyện": each average is checked against its own
    group, and the ledger names the group as the report does, never by an internal key."""
    lines = ["ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "", "BÁO CÁO", "Kết quả xác định Chỉ số CCHC năm 2023", "",
             "Khối sở, ban, ngành có Chỉ số trung bình đạt 89,26%.", "",
             "STT Cơ quan, đơn vị Chỉ số CCHC (%) Xếp hạng", "I Khối sở, ban, ngành",
             "1 Sở Tư pháp 90,12 1", "2 Sở Nội vụ 88,40 2", "II Khối UBND cấp huyện",
             "1 UBND thành phố Phủ Lý 87,64 1", "2 UBND huyện Kim Bảng 83,90 2"]
    path = tmp_path / "ha_nam.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = extract(path)
    audit_documents([doc])
    average = next(c for c in _checks(doc, "claim_average"))
    assert (average.status, average.unit) == ("pass", "Khối sở, ban, ngành")
    assert not [c.unit for c in doc.checks if c.unit in ("departments", "districts")]
    # the title and the sentence above the table are no header of it; the row numbers and the ranks, which restart
    # with each group, are no parts of the score
    assert [(r.rank, r.index_pct, r.components) for r in doc.rankings] == [
        (1, 90.12, {}), (2, 88.4, {}), (1, 87.64, {}), (2, 83.9, {})]
    assert not [f.message_en for f in doc.findings if f.severity == "error"]
