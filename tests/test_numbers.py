"""parse_number: the one number reader every stage uses."""

from __future__ import annotations

import pytest

from parscan.normalizers.numbers import digit_candidates, ocr_variants, parse_number, parse_number_with_marks, read_number


@pytest.mark.parametrize(
    ("text", "decimals", "expected"),
    [
        ("95,39", None, 95.39),
        ("95.39", None, 95.39),
        ("1.580", None, 1580.0),  # thousands dot in counts: 1.580 phiếu
        ("2.124", None, 2124.0),
        ("1.580.000", None, 1_580_000.0),
        ("1,000.5", None, 1000.5),
        ("8550", 2, 85.5),  # lost separator in a two-decimal column
        ("9054", 2, 90.54),
        ("100", 2, 100.0),  # three digits in a two-decimal column stay 100
        ("05", 1, 0.5),
        ("03", None, 3.0),  # zero-padded count
        ("12,5%", None, 12.5),
        ("-8,34", None, -8.34),
        ("+11,54", None, 11.54),
        ("9O.5", None, 90.5),  # O read for 0 inside a number
        ("l5", None, 15.0),
        ("sáu", None, 6.0),
        ("mười hai", None, 12.0),
        ("hai mươi lăm", None, 25.0),
        ("X", None, None),
        ("x", None, None),
        ("-", None, None),
        ("", None, None),
        ("Sở", None, None),
    ],
)
def test_parse_number(text: str, decimals: int | None, expected: float | None) -> None:
    assert parse_number(text, decimals=decimals) == expected


def test_footnote_marks_are_reported_not_kept() -> None:
    assert parse_number_with_marks("56.75*") == (56.75, ["*"])
    assert parse_number_with_marks('56.75"') == (56.75, ["*"])  # OCR of a star
    assert parse_number_with_marks("50.75°") == (50.75, ["*"])
    assert parse_number_with_marks("X") == (None, ["X"])
    value, marks = parse_number_with_marks("94,58%")
    assert value == 94.58 and "%" in marks


def test_restoration_is_reported() -> None:
    assert "decimal_restored" in read_number("7265", decimals=2).notes
    assert "decimal_restored" not in read_number("72.65", decimals=2).notes
    assert "ocr_digit_fix" in read_number("9O.5").notes


def test_candidates_keep_the_digits() -> None:
    assert digit_candidates("15") == [15.0, 1.5, 0.15]
    assert digit_candidates("1.5") == [1.5]
    assert "15" in ocr_variants("45") and "12" in ocr_variants("121")
