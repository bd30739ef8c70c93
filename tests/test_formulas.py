"""Administrative formulas: garbled OCR of quốc hiệu, tiêu ngữ, issuers and signature blocks is restored
to the formula's spelling; lines that are no formula, and formulas already spelt right, are left alone."""

from __future__ import annotations

import pytest

from parscan.normalizers.formulas import catalogue, tone_key
from parscan.normalizers.repair import get_repairer


@pytest.fixture(scope="module")
def repairer():
    return get_repairer()


@pytest.mark.parametrize("ocr, expected", [
    ("CONG HOA XA HOPCHU NGHTA VIET NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),  # a glued and a garbled word
    ("Doc lap - Ty do - Hanh phic", "Độc lập - Tự do - Hạnh phúc"),
    ("THÀNH PHODA NĂNG", "THÀNH PHỐ ĐÀ NẴNG"),  # two syllables glued: the formula has one more word
    ("SO NOL VU", "SỞ NỘI VỤ"),
])
def test_a_garbled_formula_line_is_restored(repairer, ocr: str, expected: str) -> None:
    assert repairer.repair_line(ocr) == expected


def test_the_two_halves_of_a_header_line_are_restored_apart(repairer) -> None:
    # issuer on the left, tiêu ngữ on the right, read as one line; the dashes stay as read
    assert (repairer.repair_line("SỞ NỘI VỤ Pic lập — Tự do — Hạnh phúc")
            == "SỞ NỘI VỤ Độc lập — Tự do — Hạnh phúc")
    assert (repairer.repair_line("HOQI PONG DANH GIA, Poc lap - Tw do - Hanh phic").endswith(
        "Độc lập - Tự do - Hạnh phúc"))


def test_a_vie_line_of_real_words_gets_the_formula_only_where_its_letters_are_the_formulas(repairer) -> None:
    # Tesseract `vie` reads the tiêu ngữ as dictionary words with other marks
    assert repairer.repair_line("Độc lập - Tự do - Hành phức", vie_ocr=True) == "Độc lập - Tự do - Hạnh phúc"
    # other real words near a formula are no formula: QUYẾT NGHỊ is not QUYẾT ĐỊNH
    assert repairer.repair_line("QUYẾT NGHỊ:", vie_ocr=True) == "QUYẾT NGHỊ:"


@pytest.mark.parametrize("line", [
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",  # the mark on the other vowel: both spellings are in use
    "Độc lập – Tự do – Hạnh phúc",
    "UỶ BAN NHÂN DÂN TỈNH HÀ NAM",
])
def test_a_formula_spelt_right_is_kept_as_printed(repairer, line: str) -> None:
    assert repairer.repair_line(line, vie_ocr=True) == line
    found = catalogue().restore(line.split(), repairer._in_lexicon)
    assert found is None or found[0] == line.split()


def test_numbers_stay_as_read_and_decide_the_shape() -> None:
    formulas = catalogue()
    tokens, fixed = formulas.restore("Hà Nam, ngay 10 thang 12 nam 2023".split(), lambda w: False)
    assert tokens == ["Hà", "Nam,", "ngày", "10", "tháng", "12", "năm", "2023"]
    assert fixed == {0, 1, 2, 4, 6}
    # the province before the date is the registry's name, read with one letter lost
    assert formulas.restore("Hi Dương, ngày 02 thang 3 nam 2024".split(), lambda w: False)[0][:2] == ["Hải", "Dương,"]
    # a number missing (read as a letter): not the date's shape, no rewrite
    assert formulas.restore("ngay 25 thang @ nd 2020".split(), lambda w: False) is None


def test_a_province_is_never_taken_for_another_one_letter_away() -> None:
    formulas = catalogue()
    assert formulas.restore("TINH HA NQI".split(), lambda w: False) is None  # Hà Nội is no tỉnh; not HÀ NAM
    assert formulas.restore("TINH QUANG NAH".split(), lambda w: False)[0] == ["TỈNH", "QUẢNG", "NAM"]


@pytest.mark.parametrize("line", [
    "Cin cit Quyét dinh sé 3577/QD-UBND ngay 16/10/2019 cua Chu tich",
    "ket qua ctia cac co quan",
    "Not nha cao tang",
])
def test_a_line_that_is_no_formula_is_not_rewritten(line: str) -> None:
    assert catalogue().restore(line.split(), lambda w: False) is None


def test_tone_key_is_the_same_for_both_placements_only() -> None:
    assert tone_key("hoà") == tone_key("hòa")
    assert tone_key("Uỷ") == tone_key("ủy")
    assert tone_key("hành") != tone_key("hạnh")


def test_a_list_of_names_is_no_formula(repairer) -> None:
    # the last items of a member list look like "TỈNH ĐỒNG NAI" (Ninh ~ Tỉnh); a comma inside the span where the
    # formula has none means it is a list, and the names stay as read (the national report's band members)
    line = "Tuyên Quang, Lạng Sơn, Bắc Ninh, Đồng Nai."
    assert repairer.repair_line(line, vie_ocr=True) == line
