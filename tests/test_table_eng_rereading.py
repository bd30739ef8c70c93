"""The `eng` model's re-readings of a cell that breaks its column (issue 11): tried last, and on a sharp table
only to place a separator the other readings lost, never to change a digit."""

from __future__ import annotations

import numpy as np
import pytest

import parscan.pipeline.tables.reread as reread


@pytest.fixture
def inked() -> tuple[np.ndarray, np.ndarray]:
    """A page with one inked cell (a block of ink standing for its digits)."""
    ink = np.zeros((200, 400), np.uint8)
    ink[80:110, 150:250] = 255
    return np.full_like(ink, 180), ink


def _scripted(monkeypatch: pytest.MonkeyPatch, eng: list[str]) -> list[str]:
    """Every `vie` re-reading reads '712', the `eng` ones `eng` in turn; returns the kinds read, in order."""
    kinds: list[str] = []
    answers = iter(eng)

    def ocr(image, mode, negative, kind=reread._API_KIND):
        kinds.append(kind)
        return next(answers) if kind == reread.ENG_KIND else "712"

    monkeypatch.setattr(reread, "_ocr", ocr)
    return kinds


def test_eng_readings_come_last_and_only_when_asked_for(monkeypatch, inked) -> None:
    gray, ink = inked
    kinds = _scripted(monkeypatch, ["7,12", "7,12"])
    first = next(reread.cell_rereadings(gray, ink, (140, 70, 260, 120)))
    assert first == "712" and reread.ENG_KIND not in kinds  # lazy: a reading that fits stops there
    kinds.clear()
    readings = list(reread.cell_rereadings(gray, ink, (140, 70, 260, 120)))
    assert readings[-2:] == ["7,12", "7,12"] and kinds[-2:] == [reread.ENG_KIND] * 2
    assert all(k != reread.ENG_KIND for k in kinds[:-2])


def test_on_a_sharp_table_eng_only_places_the_separator(monkeypatch, inked) -> None:
    gray, ink = inked
    _scripted(monkeypatch, ["7,42", "7,12"])
    readings = list(reread.cell_rereadings(gray, ink, (140, 70, 260, 120), own_digits="712"))
    assert "7,42" not in readings and readings[-1] == "7,12"
    _scripted(monkeypatch, ["7,42", "7,12"])
    assert list(reread.cell_rereadings(gray, ink, (140, 70, 260, 120)))[-2:] == ["7,42", "7,12"]


def test_a_blank_cell_has_no_eng_reading(monkeypatch) -> None:
    kinds = _scripted(monkeypatch, ["7,12", "7,12"])
    blank = np.zeros((200, 400), np.uint8)
    assert list(reread.cell_rereadings(np.full_like(blank, 180), blank, (140, 70, 260, 120))) == [] and kinds == []
