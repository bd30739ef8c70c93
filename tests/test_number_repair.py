"""Numbers in OCR lines: a decimal point read for a comma is restored only where the line proves it,
and never so that a figure's value changes (the audit checks these figures)."""

from __future__ import annotations

import pytest

from parscan.normalizers.number_repair import restore_decimal_commas
from parscan.normalizers.numbers import read_number
from parscan.normalizers.repair import get_repairer


def _restored(line: str) -> str:
    return " ".join(restore_decimal_commas(line.split()))


@pytest.mark.parametrize("ocr, expected", [
    # a table row whose other figures carry the comma: the points are the comma's lost tail
    ("3 Huyén Gia Vien 83.03 9,55 92,58 92.58 Tot", "3 Huyén Gia Vien 83,03 9,55 92,58 92,58 Tot"),
    # in prose, with a percent sign and punctuation around the figure
    ("tang 1,10% so voi nam 2022 (dat 88.81%),", "tang 1,10% so voi nam 2022 (dat 88,81%),"),
    # one decimal
    ("2.4 Tac dong cua cai cach 5 3,25 4.5", "2.4 Tac dong cua cai cach 5 3,25 4,5"),
])
def test_a_point_in_a_line_of_decimal_commas_is_a_comma(ocr: str, expected: str) -> None:
    out = _restored(ocr)
    assert out == expected
    for before, after in zip(ocr.split(), out.split()):
        assert read_number(before.strip("(),")).value == read_number(after.strip("(),")).value


@pytest.mark.parametrize("line", [
    # a document that prints its decimals with a point: nothing in the line says otherwise
    "3 Huyen Gia Vien 83.03 9.55 92.58 92.58 Tot",
    "Bidm 2.52% so vdi nam 2018 (dat 90.46%).",
    # a thousands group is three digits: 1.580 is a count, whatever the line's decimals
    "co 1.580 phieu hop le, dat 85,5%",
    # an outline code is no figure: at the start of the line, after a list mark, after 'tiêu chí'
    "3.2 Cong bo, cong khai 3,5 3,04 3,37",
    "- 3.2 Cong bo, cong khai 3,5 3,04",
    "dat 1,5 diem o tieu chi 2.4 va muc 1.2",
    # a code read with a comma at the start is no evidence for the points after it
    "3,4 Ket qua giai quyet ho so 5 2.89 3.69",
])
def test_without_proof_in_the_line_numbers_stay_as_read(line: str) -> None:
    assert _restored(line) == line


def test_repair_restores_the_comma_in_legacy_and_vie_lines_but_not_in_clean_text() -> None:
    repairer = get_repairer()
    out = repairer.repair_line("6 So Tai chinh 79,25 8.61 87,86 87.86 Tot")
    assert out.split()[4:8] == ["79,25", "8,61", "87,86", "87,86"]
    out = repairer.repair_line("4 Thành phố Ninh Bình 83,50 8.59 92.09 92,09 Tất", vie_ocr=True)
    assert out.split()[5:9] == ["83,50", "8,59", "92,09", "92,09"]
    # a line a repair leaves alone keeps its numbers exactly as printed
    clean = "Sở Tài chính đạt 79,25 điểm, Sở Nội vụ 81.5 điểm"
    assert repairer.classify(clean) == "clean" and repairer.repair_line(clean) == clean


def test_a_document_of_decimal_commas_restores_the_points_of_a_line_without_one() -> None:
    repairer = get_repairer()
    prose = "Don vi cao nhat dat 90.46%, thap nhat dat 75.97%."
    comma_page = ["3 Huyen Gia Vien 83,03 9,55 92,58 92,58 Tot", "4 Thanh pho Ninh Binh 83,50 8,59 92,09 92,09 Tot",
                  prose]
    out = repairer.repair_lines(comma_page)
    assert "90,46%," in out[2].split() and "75,97%." in out[2].split()
    # a document that prints its decimals with a point, with a comma or two in its prose: left as read
    point_page = ["3 Huyen Gia Vien 83.03 9.55 92.58 92.58 Tot", "4 Thanh pho Ninh Binh 83.50 8.59 92.09 92.09 Tot",
                  "tang 1,5 diem so voi nam truoc", prose]
    out = repairer.repair_lines(point_page)
    assert "90.46%," in out[3].split() and "83.03" in out[0].split()
    # the evidence runs across the pages of one document
    from parscan.normalizers.decoder import DocumentCache

    cache = DocumentCache()
    repairer.repair_lines(comma_page[:2], cache=cache)
    assert "90,46%," in repairer.repair_lines([prose], cache=cache)[0].split()
    assert "90.46%," in repairer.repair_lines([prose])[0].split()


def test_a_criterion_code_read_with_a_comma_follows_the_outline() -> None:
    lines = ["3.3 Thuc hien co che mot cua 3,5 2,25 3", "3,4 Ket qua giai quyet ho so 5 2,89 3,69",
             "3,4,1 Ty le ho so dung han 1 0,5 0,75", "3,5 2,5 diem"]
    out = get_repairer().repair_lines(lines)
    # the next codes of the outline get their dots; figures where no code is expected stay figures
    assert [line.split()[0] for line in out] == ["3.3", "3.4", "3.4.1", "3,5"]
