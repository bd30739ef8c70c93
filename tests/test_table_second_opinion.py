"""A blurred table's clean numbers read without confidence get a second opinion, the majority of three readings;
a sharp table's get none, so it costs no Tesseract call (`parscan/pipeline/tables/cells.py`)."""

from __future__ import annotations

import cv2
import numpy as np
from PIL import Image, ImageDraw

from parscan.pipeline.tables.cells import _blurred, _edge_width, _second_opinion
from parscan.pipeline.tables.ruling import GridCell
from parscan.schemas.geometry import Box
from parscan.schemas.records import Cell
from samples.generator.degrade import PROFILES, degrade
from samples.generator.layout import font

BOX = (100, 100, 2300, 1100)


def _table_page(profile: str, dpi: int, seed: int = 1) -> np.ndarray:
    """Rows of 8-pt numbers on a page scanned by the sample generator with `profile` at `dpi`, as the table stage
    gets it (the PDF's image rasterised at 300 dpi: short side 2480 px)."""
    page = Image.new("L", (2600, 2480), 255)
    draw = ImageDraw.Draw(page)
    for k in range(12):
        draw.text((150, 150 + 75 * k), "7,69     8,92     6,51     9,95     5,60", font=font("regular", 8.0), fill=0)
    scanned, _ = degrade(page, PROFILES[profile], dpi, 0, np.random.default_rng(seed))
    gray = np.asarray(scanned.convert("L"))
    return cv2.resize(gray, (2600, 2480), interpolation=cv2.INTER_LINEAR) if dpi != 300 else gray


def test_a_sharp_scan_is_not_blurred_and_a_copy_through_a_low_resolution_archive_is() -> None:
    scans = [_table_page("scan", dpi, seed) for dpi, seed in ((200, 1), (250, 2), (300, 3))]
    copies = [_table_page("bad", dpi, seed) for dpi, seed in ((200, 1), (250, 2), (300, 3))]
    assert all(_edge_width(page, BOX) < 1.7 for page in scans)
    assert all(_edge_width(page, BOX) > 1.9 for page in copies)
    assert not any(_blurred(page, BOX) for page in scans) and all(_blurred(page, BOX) for page in copies)
    assert _edge_width(np.full((2480, 2600), 230, np.uint8), BOX) == 0.0  # bare paper: nothing to measure


class _Reader:
    """Stands for a `CellReader`: fixed digit-only readings, and the calls made."""

    def __init__(self, work: str, full: str = "") -> None:
        self.work, self.full, self.calls = work, full, 0

    def number(self, box: tuple[int, int, int, int]) -> tuple[str, float]:
        self.calls += 1
        return self.work, 88.0

    def number_full(self, box: tuple[int, int, int, int]) -> tuple[str, float]:
        self.calls += 1
        return self.full, 91.0


def _ink_cell() -> tuple[np.ndarray, GridCell]:
    ink = np.zeros((200, 400), np.uint8)
    ink[80:110, 150:230] = 255  # the cell's digits, as the table stage's ink mask has them
    return ink, GridCell(1, 1, 1, 1, (100, 50, 300, 150))


def _cell(text: str, conf: float) -> Cell:
    return Cell(row=1, col=1, text=text, conf=conf, box=Box(x0=100, y0=50, x1=300, y1=150))


def test_two_more_readings_that_agree_outvote_the_first() -> None:
    ink, g = _ink_cell()
    cell, ink_reader, grey_reader = _cell("7,09", 71.0), _Reader("", full="7,69"), _Reader("7,69")
    _second_opinion(cell, g, ink, ink_reader, grey_reader)
    assert (cell.text, cell.alt_text, cell.conf) == ("7,69", "7,09", 88.0)
    assert ink_reader.calls == grey_reader.calls == 1


def test_the_first_reading_stands_without_a_majority_against_it() -> None:
    ink, g = _ink_cell()
    for grey, full in (("7,69", "7,60"), ("7,09", "7,69"), ("7,69", ""), ("7%69", "7,69")):
        cell = _cell("7,09", 71.0)
        _second_opinion(cell, g, ink, _Reader("", full=full), _Reader(grey))
        assert (cell.text, cell.alt_text) == ("7,09", None), (grey, full)


def test_no_second_opinion_for_a_sure_reading_a_garbled_one_or_a_blank_crop() -> None:
    ink, g = _ink_cell()
    for text, conf, pixels in (("7,09", 93.0, ink), ("7%09", 40.0, ink), ("7,09", 40.0, np.zeros_like(ink))):
        cell, ink_reader, grey_reader = _cell(text, conf), _Reader("", full="7,69"), _Reader("7,69")
        _second_opinion(cell, g, pixels, ink_reader, grey_reader)
        assert cell.text == text and ink_reader.calls == grey_reader.calls == 0


def test_two_more_readings_that_agree_on_their_digits_outvote_the_first() -> None:
    """One of the two lost its separator: their digits agree, and the clean one is kept."""
    ink, g = _ink_cell()
    for grey, full in (("769", "7,69"), ("7,69", "769")):
        cell = _cell("7,09", 71.0)
        _second_opinion(cell, g, ink, _Reader("", full=full), _Reader(grey))
        assert (cell.text, cell.alt_text) == ("7,69", "7,09"), (grey, full)
    for grey, full in (("769", "769"), ("709", "7,69"), ("760", "7,69"), ("7%69", "769")):
        cell = _cell("7,09", 71.0)  # neither clean, digits that differ, or a garbled one: it stands
        _second_opinion(cell, g, ink, _Reader("", full=full), _Reader(grey))
        assert (cell.text, cell.alt_text) == ("7,09", None), (grey, full)
