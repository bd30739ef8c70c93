"""Ingest of every input kind, and the cheap image steps (skew, upscale, rotation, blank)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from parscan.errors import BadInputError
from parscan.pipeline.ingest import open_source
from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.preprocess import (
    ascender_balance,
    deskew,
    estimate_dpi,
    estimate_skew,
    is_blank,
    level_light_paper,
    looks_upside_down,
    paper_split,
    parse_osd,
    prepare,
    rotate_upright,
)

FONT = "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"


def text_page(lines: int = 25, size: tuple[int, int] = (1240, 1754)) -> np.ndarray:
    """A 150-dpi A4 page of Vietnamese text lines."""
    image = Image.new("L", size, 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 26)
    for i in range(lines):
        draw.text((120, 150 + i * 55), "Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành", font=font, fill=0)
    return np.asarray(image)


def test_text_file_pages_split_on_form_feed(tmp_path: Path) -> None:
    path = tmp_path / "ocr.txt"
    path.write_text("UBND TINH HA NAM\nS6: 251 /BC-SNV\n\fTrang 2\n", encoding="utf-8")
    with open_source(path) as handle:
        assert handle.source.kind == "text"
        assert handle.source.page_count == 2
        first = handle.load(1, ExtractOptions())
        assert first.text_lines == ["UBND TINH HA NAM", "S6: 251 /BC-SNV"]


def test_text_is_nfc(tmp_path: Path) -> None:
    path = tmp_path / "nfd.txt"
    path.write_bytes("Chi\u0309 so\u0302\u0301".encode())  # decomposed "Chỉ số"
    with open_source(path) as handle:
        assert handle.load(1, ExtractOptions()).text_lines == ["Chỉ số"]


def test_multipage_tiff(tmp_path: Path) -> None:
    path = tmp_path / "pages.tiff"
    frames = [Image.fromarray(text_page(3)), Image.fromarray(255 - text_page(3))]
    frames[0].save(path, save_all=True, append_images=frames[1:], dpi=(150, 150))
    with open_source(path) as handle:
        assert handle.source.kind == "image" and handle.source.page_count == 2
        page = handle.load(2, ExtractOptions())
        assert page.image.shape == (1754, 1240) and page.dpi == 150


def test_pdf_pages_rasterised_at_requested_dpi(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    Image.fromarray(text_page(3)).save(path, resolution=150)
    with open_source(path, ExtractOptions(dpi=200)) as handle:
        assert handle.source.kind == "pdf" and handle.source.page_count == 1
        page = handle.load(1, ExtractOptions(dpi=200))
        assert page.dpi == 200
        assert abs(page.image.shape[1] - 1240 * 200 / 150) < 3


def test_without_an_extension_the_bytes_decide_the_kind(tmp_path: Path) -> None:
    path = tmp_path / "scan 12.2019"  # archives drop extensions; digits after a dot are not one
    Image.fromarray(text_page(2)).save(path, format="PNG")
    with open_source(path) as handle:
        assert handle.source.kind == "image"


def test_a_name_the_content_contradicts_is_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "really_a_png.pdf"
    Image.fromarray(text_page(2)).save(path, format="PNG")
    with pytest.raises(BadInputError, match="not a PDF file"):
        open_source(path)


def test_pages_option_outside_document(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text("một trang", encoding="utf-8")
    with open_source(path) as handle, pytest.raises(BadInputError):
        handle.page_numbers(ExtractOptions(pages=[3]))


@pytest.mark.parametrize("angle", [-1.8, -0.7, 0.6, 1.5])
def test_skew_is_measured_and_corrected(angle: float) -> None:
    page = text_page()
    skewed = deskew(page, -angle)  # rotate the page by -angle so it needs +angle back
    measured = estimate_skew(skewed)
    assert measured == pytest.approx(angle, abs=0.15)
    assert abs(estimate_skew(deskew(skewed, measured))) <= 0.1


def test_low_resolution_scan_is_upscaled() -> None:
    small = cv2.resize(text_page(), None, fx=0.5, fy=0.5)  # ~75 dpi
    assert estimate_dpi(small, None) in range(70, 80)
    prepared = prepare(small, None, straighten=False)
    assert prepared.scale == pytest.approx(2.0) and prepared.dpi in range(140, 160)  # at most 2x


def test_rotation_is_exact_and_reversible() -> None:
    page = text_page(5)
    assert np.array_equal(rotate_upright(rotate_upright(page, 90), 270), page)
    assert np.array_equal(rotate_upright(rotate_upright(page, 180), 180), page)


def test_blank_detection() -> None:
    assert is_blank(np.full((1754, 1240), 250, np.uint8))
    assert not is_blank(text_page(5))


def _scanned(ink_mask: np.ndarray, paper: float, ink: float, seed: int) -> np.ndarray:
    """`ink_mask` (0 paper .. 1 ink) as a copy scans it: light falling off to 90 % across the page, grain,
    and salt (dark and light specks on 0.1 % of the pixels)."""
    rng = np.random.default_rng(seed)
    light = np.linspace(1.0, 0.9, ink_mask.shape[1], dtype=np.float32)[None, :]
    grey = (paper - (paper - ink) * ink_mask) * light + rng.normal(0, 4, ink_mask.shape)
    salt = rng.random(ink_mask.shape) < 0.001
    grey[salt] = np.where(rng.random(int(salt.sum())) < 0.5, 60, paper)
    return np.clip(np.rint(grey), 0, 255).astype(np.uint8)


def test_faint_page_is_not_blank() -> None:
    """A light copy's page: ten lines of text at grey ~135 on paper ~210 is read, not dropped as blank with
    what it holds (a fixed level of 128 sees almost none of its ink: what `is_blank` used alone before)."""
    faint = _scanned(1.0 - text_page(10).astype(np.float32) / 255.0, paper=210.0, ink=135.0, seed=1)
    small = cv2.resize(faint, (faint.shape[1] // 4, faint.shape[0] // 4))
    assert np.mean(small < 128) < 0.002
    assert not is_blank(faint)


def test_blank_copy_with_show_through_is_blank() -> None:
    """The back of a full page showing through (8 %), uneven light, grain and salt: still a blank page."""
    back = cv2.GaussianBlur(1.0 - text_page(25)[:, ::-1].astype(np.float32) / 255.0, (0, 0), 2.5)
    assert is_blank(_scanned(0.08 * back, paper=205.0, ink=50.0, seed=2))


def _lit(ink_mask: np.ndarray, paper: float, ink: float, seed: int) -> np.ndarray:
    """`ink_mask` printed at `ink` on `paper` under a copier's light: a slope across the page plus a falloff
    from an off-centre spot, down to 85 % at the darkest corner, with grain."""
    rng = np.random.default_rng(seed)
    height, width = ink_mask.shape
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    x, y = x / width - 0.5, y / height - 0.5
    field = 0.6 * x + 0.3 * y + 1.5 * ((x - 0.2) ** 2 + (y + 0.1) ** 2)
    light = 1.0 - 0.15 * (field - field.min()) / (field.max() - field.min())
    grey = (paper - (paper - ink) * ink_mask) * light + rng.normal(0, 4, ink_mask.shape)
    return np.clip(np.rint(grey), 0, 255).astype(np.uint8)


def _otsu_ink(image: np.ndarray) -> np.ndarray:
    threshold, _ = cv2.threshold(image, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return image <= threshold


@pytest.mark.parametrize(("lines", "ink"), [(25, 150.0), (4, 40.0)])
def test_light_falloff_is_leveled_so_a_global_threshold_finds_the_ink(lines: int, ink: float) -> None:
    """A light copy (ink 150 on paper 200) and a page of four dark lines, both under a falloff of light: the
    page's one Otsu threshold falls inside the paper and calls over a quarter of the page ink. Leveled, it
    falls between ink and paper: every stroke kept, and the page no longer mostly ink."""
    strokes = cv2.GaussianBlur(1.0 - text_page(lines).astype(np.float32) / 255.0, (0, 0), 1.0)
    page = _lit(strokes, paper=200.0, ink=ink, seed=lines)
    printed = strokes > 0.5
    assert paper_split(page)[0] < 0.2 and _otsu_ink(page).mean() > 0.25
    leveled = level_light_paper(page)
    found = _otsu_ink(leveled)
    assert found.mean() < 0.1
    assert np.count_nonzero(found & printed) >= 0.99 * np.count_nonzero(printed)


def test_a_page_whose_threshold_parts_ink_from_paper_is_not_leveled() -> None:
    """A copy with dark ink and enough text, the same light falloff: its Otsu threshold already falls between
    ink and paper, and the page is returned as it is; so is a negative (its median is ink)."""
    strokes = cv2.GaussianBlur(1.0 - text_page(25).astype(np.float32) / 255.0, (0, 0), 1.0)
    page = _lit(strokes, paper=200.0, ink=40.0, seed=3)
    assert level_light_paper(page) is page
    negative = 255 - page
    assert level_light_paper(negative) is negative


def test_parse_osd() -> None:
    output = "Page number: 0\nOrientation in degrees: 180\nRotate: 180\nOrientation confidence: 11.93\n"
    assert parse_osd(output) == (180, 11.93)


def test_uneven_background_selects_local_thresholding() -> None:
    page = text_page().astype(np.float32)
    height, width = page.shape
    shade = np.linspace(1.0, 0.75, width, dtype=np.float32)[None, :] * np.ones((height, 1), np.float32)
    shaded = (page * shade).astype(np.uint8)  # a photocopy darkening towards one side
    assert prepare(text_page(), 150).threshold == "otsu"
    assert prepare(shaded, 150).threshold == "sauvola"


def test_upside_down_page_is_told_from_its_line_shapes() -> None:
    page = text_page()
    assert not looks_upside_down(page)
    assert looks_upside_down(rotate_upright(page, 180))
    assert not looks_upside_down(rotate_upright(page, 90))  # sideways: left to OSD
    assert not looks_upside_down(rotate_upright(page, 270))
    assert not looks_upside_down(np.full((1754, 1240), 255, np.uint8))
    balance, lines = ascender_balance(page)
    assert lines == 25 and balance > 0.2
