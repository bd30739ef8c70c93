"""Claims read the same statement whether a line is raw OCR, repaired (imperfectly) or correct.

Each case is a small report whose lines are given as OCR read them and as a repair rendered them;
the extractor runs on the repaired text with the OCR text kept beside it, as the pipeline does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parscan.extractors import run_all
from parscan.extractors.claims import normalise, sections
from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.run import extract

HEAD = ["UBND TỈNH HẢI DƯƠNG", "BÁO CÁO", "Kết quả xác định Chỉ số cải cách hành chính năm 2019", ""]


def _claims(tmp_path: Path, lines: list[tuple[str, str]]):
    """`lines`: (as OCR read it, as repaired) - the document's text is the repaired one."""
    path = tmp_path / "report.txt"
    path.write_text("\n".join(HEAD + [ocr for ocr, _ in lines]), encoding="utf-8")
    doc = extract(path, ExtractOptions(repair=False, extract_records=False))
    for line, (ocr, repaired) in zip(doc.pages[0].lines[len(HEAD):], lines):
        line.ocr_text, line.text = ocr, repaired
    return run_all(doc).claims


@pytest.mark.parametrize("label", ["b)", "bộ)", "đi)"])
def test_a_lettered_heading_survives_a_repaired_letter(label):
    printed = ["a) Chỉ số CCHC các sở, ban, ngành:", "Đơn vị cao nhất là Sở Xây dựng đạt 96,5 điểm.",
               f"{label} Chỉ số CCHC của các huyện, thị xã, thành phố", "Đơn vị cao nhất là ...",
               "nghiệp vụ) để được xem xét, hướng dẫn."]
    groups = [s.group for s in sections([normalise(p) for p in printed], printed)]
    # the districts heading is read whatever its letter became; a wrapped parenthesis is no heading
    assert groups == ["departments", "departments", "districts", "districts", "districts"]


@pytest.mark.parametrize("lines", [
    [("Chénh léch giita don vi ting nhiéu nhat va giam nhiéu nhat 1a 10,3 diém.",) * 2],
    [("Chénh léch giita don vi ting nhiéu nhat va giam nhiéu nhat 1a 10,3 diém.",
      "Chênh lệch giữa đơn vị tăng nhiễu nhất và giảm nhiễu nhất là 10,3 điểm.")],
    [("Chênh lệch giữa đơn vị tăng nhiều nhất và giảm nhiều nhất là 10,3 điểm.",) * 2],
])
def test_a_gap_between_changes_is_not_an_index_gap(tmp_path, lines):
    claims = _claims(tmp_path, lines)
    assert not [c for c in claims if c.kind == "gap"]
    (other,) = [c for c in claims if c.kind == "other"]
    assert other.value == 10.3


def test_a_gap_between_highest_and_lowest_stays_a_gap(tmp_path):
    text = "Chênh lệch giữa đơn vị cao nhất và thấp nhất là 10,30 điểm, tăng 2,09 điểm so với năm 2021 (8,21)."
    (gap,) = [c for c in _claims(tmp_path, [(text, text)]) if c.kind == "gap"]
    assert (gap.value, gap.previous_value) == (10.30, 8.21)


@pytest.mark.parametrize("listed, expected", [
    ("gồm 02 huyện: huyện Bình Giang và huyện Thanh Hà.", ["huyện Bình Giang", "huyện Thanh Hà"]),
    ("gồm 10 huyện, thị xã, thành phố: thành phố Chí Linh, thị xã Kinh Môn, huyện Nam Sách.",
     ["thành phố Chí Linh", "thị xã Kinh Môn", "huyện Nam Sách"]),
    ("gồm 03 Sở, ngành: Sở Khoa học và Công nghệ, Sở Văn hóa, Thể thao và Du lịch, Sở Y tế.",
     ["Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"]),
])
def test_member_lists_split_into_units(tmp_path, listed, expected):
    text = f"- Nhóm đạt Chỉ số tổng hợp trên 80% số điểm so với điểm tối đa, {listed}"
    (claim,) = [c for c in _claims(tmp_path, [(text, text)]) if c.kind == "members"]
    assert claim.members == expected


def test_a_count_breakdown_is_no_member_list(tmp_path):
    text = "Năm 2022, khảo sát được thực hiện tại 22/25 đơn vị, gồm: 16 sở; 6 huyện, thị xã, thành phố."
    assert not [c for c in _claims(tmp_path, [(text, text)]) if c.kind == "members"]


def test_a_trend_lost_by_repair_is_read_on_the_ocr_text(tmp_path):
    lines = [("Nam 2022, chi s6 CCHC ctia UBND cac huyén, thi x3, thanh phd c6 xu",
              "Năm 2022, chỉ số CCHC của UBND các huyện, thị xã, thành phố có xứ"),
             ("huéng ting diém so v6i nam 2021.", "hướng lòng điểm so với năm 2021.")]
    (trend,) = [c for c in _claims(tmp_path, lines) if c.subject and c.subject.startswith("xu hướng")]
    assert (trend.subject, trend.group) == ("xu hướng tăng", "districts")
    # read once when both texts show it
    both = [(ocr, ocr) for ocr, _ in lines]
    assert len([c for c in _claims(tmp_path, both) if c.subject and c.subject.startswith("xu hướng")]) == 1
