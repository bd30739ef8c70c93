"""`--pdf-out`: the searchable PDF gives back the repaired Vietnamese text, with diacritics, in place."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pikepdf
import pytest
from test_batch_inputs import render_scan, save_pdf, save_png

from parscan.archive.batch import BatchConfig, run_batch
from parscan.archive.store import Store
from parscan.exporters.searchable_pdf import (
    FONT_NAME,
    _glyphless_font,
    pixel_to_pdf_matrix,
    text_layer_operators,
    write_searchable_pdf,
)
from parscan.pipeline.ingest import sha256_of
from parscan.schemas.document import ParscanDocument, Source
from parscan.schemas.geometry import Box
from parscan.schemas.ocr import Line, Page, Word

GARBLED = "Chi so cai cach GARBLED"
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def pdftotext(path: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFC", out.stdout)


def _add_garbled_invisible_layer(path: Path) -> None:
    """Give a scanned PDF an old OCR layer without diacritics, as archives often have."""
    page = Page(
        number=1, width=1400, height=450, dpi=300,
        lines=[Line(text=GARBLED, words=[Word(text=GARBLED, box=Box(x0=80, y0=50, x1=900, y1=100))])],
    )
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        pdf_page = pdf.pages[0]
        pdf_page.add_resource(_glyphless_font(pdf), pikepdf.Name.Font, FONT_NAME)
        box = [float(v) for v in pdf_page.mediabox]
        m = pixel_to_pdf_matrix(page, (box[0], box[1], box[2], box[3]), 0)
        cm = " ".join(f"{v:.6f}" for v in (m[0, 0], m[1, 0], m[0, 1], m[1, 1], m[0, 2], m[1, 2]))
        pdf_page.contents_add(pikepdf.Stream(pdf, f"q {cm} cm\n{text_layer_operators(page)}\nQ\n".encode()))
        pdf.save(path)


def test_pdf_out_carries_the_repaired_vietnamese_text(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    save_png(render_scan(), inputs / "upright.png")
    save_png(render_scan().rotate(180), inputs / "upside_down.png")
    layered = save_pdf([render_scan()], inputs / "old_layer.pdf")
    _add_garbled_invisible_layer(layered)
    assert "GARBLED" in pdftotext(layered)
    (inputs / "notes.txt").write_text("Ghi chú: không có ảnh\n", encoding="utf-8")
    db, out = tmp_path / "s.sqlite", tmp_path / "pdf"

    summary = run_batch(BatchConfig(inputs=[str(inputs)], db=db, workers=2, pdf_out=out))
    assert summary.done == 4 and summary.failed == 0
    assert sorted(p.name for p in out.iterdir()) == ["old_layer.pdf", "upright.pdf", "upside_down.pdf"]

    with Store(db) as store:
        for name in ("upright", "upside_down", "old_layer"):
            suffix = ".pdf" if name == "old_layer" else ".png"
            doc = store.document(sha256_of(inputs / f"{name}{suffix}"))
            text = pdftotext(out / f"{name}.pdf")
            repaired_words = [w for line in doc.pages[0].lines for w in line.text.split()]
            assert repaired_words, name
            for word in repaired_words:  # every repaired word, diacritics included, is searchable
                assert word in text, (name, word, text)
            for phrase in ("cải cách hành chính", "Ủy ban nhân dân", "điểm"):
                assert phrase in text, (name, phrase, text)
            assert "GARBLED" not in text  # the old layer is gone, not shadowing the repaired one

    # the page images are the originals: same pixel size, drawn once
    with pikepdf.open(out / "upright.pdf") as pdf:
        images = list(pdf.pages[0].get_images().values())
        assert len(images) == 1 and (images[0].Width, images[0].Height) == (1400, 390)
    with pikepdf.open(out / "upside_down.pdf") as pdf:
        assert int(pdf.pages[0].obj.get("/Rotate", 0)) == 180  # shown upright, as it was read


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640)])
def test_searchable_pdf_gets_the_mode_the_umask_gives(tmp_path: Path, umask: int, mode: int) -> None:
    # written through a temp file and a rename, which used to leave mkstemp's 0600
    image = save_png(render_scan(), tmp_path / "scan.png")
    words = [Word(text="Sở", box=Box(x0=80, y0=50, x1=160, y1=100)),
             Word(text="Nội", box=Box(x0=180, y0=50, x1=260, y1=100))]
    page = Page(number=1, width=1400, height=390, dpi=300, lines=[Line(text="Sở Nội", words=words)])
    source = Source(path=str(image), sha256=sha256_of(image), kind="image", page_count=1,
                    bytes=image.stat().st_size)
    old = os.umask(umask)
    try:
        target = write_searchable_pdf(image, ParscanDocument(source=source, pages=[page]), tmp_path / "out" / "scan.pdf")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert [p.name for p in target.parent.iterdir()] == ["scan.pdf"]  # no temp file left behind
    assert "Nội" in pdftotext(target)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
@pytest.mark.parametrize("page_rotate", [0, 90])
def test_upright_image_corners_land_on_the_page_corners(rotation: int, page_rotate: int) -> None:
    # an upright image 1000x2000 read from a raster turned by `rotation`; page box 100x200 pt (or turned)
    page = Page(number=1, width=1000, height=2000, rotation=rotation)
    raster_w, raster_h = (2000, 1000) if rotation in (90, 270) else (1000, 2000)
    shown_w, shown_h = raster_w / 10, raster_h / 10
    box_w, box_h = (shown_h, shown_w) if page_rotate in (90, 270) else (shown_w, shown_h)
    box = (5.0, 7.0, 5.0 + box_w, 7.0 + box_h)
    m = pixel_to_pdf_matrix(page, box, page_rotate)
    corners = [m @ np.array([x, y, 1.0]) for x, y in ((0, 0), (1000, 0), (0, 2000), (1000, 2000))]
    points = {(round(c[0], 6), round(c[1], 6)) for c in corners}
    assert points == {(box[0], box[1]), (box[0], box[3]), (box[2], box[1]), (box[2], box[3])}
    # the scale is the page's: 10 pixels per point
    assert abs(abs(np.linalg.det(m[:2, :2])) - 0.01) < 1e-9
