"""Real Tesseract on the bundled noisy sample scans (no mocked OCR).

The demo report is skewed, noisy, JPEG-compressed, and has a page scanned upside down.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rapidfuzz.distance import Levenshtein

from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.run import extract
from parscan.schemas.document import ParscanDocument

MAX_CER = 0.03


def cer(hypothesis: str, truth: str) -> float:
    hyp, ref = " ".join(hypothesis.split()), " ".join(truth.split())
    return Levenshtein.distance(hyp, ref) / max(1, len(ref))


@pytest.fixture(scope="module")
def demo(samples_dir: Path) -> tuple[ParscanDocument, dict]:
    pdf = samples_dir / "demo_report.pdf"
    truth = json.loads(pdf.with_suffix(".truth.json").read_text(encoding="utf-8"))
    return extract(pdf, ExtractOptions()), truth


def test_demo_text_matches_truth(demo: tuple[ParscanDocument, dict]) -> None:
    doc, truth = demo
    assert len(doc.pages) == len(truth["pages"])
    per_page = [cer(page.text, tp["text"] if "text" in tp else "\n".join(tp["lines"]))
                for page, tp in zip(doc.pages, truth["pages"])]
    assert cer(doc.text, truth["text"]) <= MAX_CER, per_page
    # the signature's scribble (read as "sở:" at 18 % confidence) is not text
    assert doc.text.rstrip().splitlines()[-2:] == ["GIÁM ĐỐC", "Nguyễn Thị Thu Hà"]


def test_rotated_pages_come_out_upright(demo: tuple[ParscanDocument, dict]) -> None:
    doc, truth = demo
    rotated = [tp for tp in truth["pages"] if tp["rotation"] % 360]
    assert rotated, "the demo must contain a rotated page"
    for page, tp in zip(doc.pages, truth["pages"]):
        # the scan was turned by tp.rotation clockwise; parscan turns it back
        assert (page.rotation + tp["rotation"]) % 360 == 0, (page.number, page.rotation, tp["rotation"])
        assert cer(page.text, "\n".join(tp["lines"])) <= 0.05


def test_every_word_has_page_box_and_confidence(demo: tuple[ParscanDocument, dict]) -> None:
    doc, _ = demo
    for page in doc.pages:
        assert page.width and page.height and page.lines
        for line in page.lines:
            for word in line.words:
                assert word.box is not None and word.conf is not None
                assert 0 <= word.box.x0 < word.box.x1 <= page.width
                assert 0 <= word.box.y0 < word.box.y1 <= page.height


def test_header_reads_left_block_first(demo: tuple[ParscanDocument, dict]) -> None:
    doc, truth = demo
    first = [line.text for line in doc.pages[0].lines[:6]]
    expected = truth["pages"][0]["lines"][:6]
    assert sum(Levenshtein.normalized_distance(a, b) for a, b in zip(first, expected)) / 6 < 0.1, first


def test_realscans_extract_and_garbled_layer_is_reocred(shared_dir: Path) -> None:
    pdf = shared_dir / "realscans" / "danang_sgddt_2019_badtextlayer.pdf"
    doc = extract(pdf, ExtractOptions(pages=[1], extract_records=False))
    page = doc.pages[0]
    assert page.origin == "ocr"
    assert any("text layer" in w for w in page.warnings)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in doc.text.replace("HOÀ", "HÒA")
    assert "Đà Nẵng" in doc.text


def test_trusted_text_layer_is_used_without_ocr(tmp_path: Path, samples_dir: Path) -> None:
    """A PDF whose text layer reads as Vietnamese (here parscan's own searchable PDF) is not re-OCRed."""
    from parscan.exporters.searchable_pdf import write_searchable_pdf

    source = samples_dir / "bad_archive_letter.pdf"
    first = extract(source, ExtractOptions(extract_records=False))
    searchable = write_searchable_pdf(source, first, tmp_path / "searchable.pdf")
    second = extract(searchable, ExtractOptions(extract_records=False, repair=False))
    assert second.pages[0].origin == "text_layer"
    words_first = set(first.text.split())
    words_second = set(second.text.split())
    assert len(words_first & words_second) / len(words_first) > 0.9


def test_page_image_rebuilds_the_image_the_boxes_refer_to(demo: tuple[ParscanDocument, dict], samples_dir: Path) -> None:
    from parscan.pipeline.run import page_image

    doc, _ = demo
    page = next(p for p in doc.pages if p.rotation)
    image = page_image(samples_dir / "demo_report.pdf", page)
    assert image.shape == (page.height, page.width)
    word = max((w for line in page.lines for w in line.words), key=lambda w: w.box.width)
    crop = image[word.box.y0:word.box.y1, word.box.x0:word.box.x1]
    assert crop.mean() < 235  # ink where the word's box says (a wrong rotation would crop blank margin)
