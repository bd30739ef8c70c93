"""Turn a DocSpec into a scanned PDF plus its truth JSON, or into OCR-like plain text."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import img2pdf
import numpy as np
from PIL import Image

from samples.generator.degrade import PROFILES, degrade, jpeg_bytes
from samples.generator.layout import LAYOUT_DPI, LaidPage, draw_page, layout
from samples.generator.spec import DocSpec


@dataclass
class ScannedPage:
    number: int
    image: Image.Image
    rotation: int
    dpi: int
    skew: float
    lines: list[str]
    jpeg: bytes


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def page_text(pages: list[LaidPage]) -> str:
    return "\f".join("\n".join(_nfc(line) for line in p.lines) for p in pages)


def render_text(spec: DocSpec) -> str:
    """The document as clean OCR-like text: reading-order lines, table rows as space-separated cells,
    pages separated by form feeds (the shape of the seeds' text files, without the OCR errors)."""
    return page_text(layout(spec)) + "\n"


def scan_pages(spec: DocSpec, profile: str = "scan", seed: int | None = None, dpi: int | None = None,
               rotations: dict[int, int] | None = None) -> list[ScannedPage]:
    """Lay out and 'scan' every page; rotations maps page number -> degrees clockwise (90/180/270)."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; known: {', '.join(PROFILES)}")
    prof = PROFILES[profile]
    rng = np.random.default_rng([spec.seed if seed is None else seed, len(spec.name), sum(map(ord, profile))])
    dpi = dpi or int(rng.integers(prof.dpi[0] // 10, prof.dpi[1] // 10 + 1)) * 10
    quality = int(rng.integers(prof.jpeg[0], prof.jpeg[1] + 1))
    pages = layout(spec)
    unknown = set(rotations or {}) - {p.number for p in pages}
    if unknown:
        raise ValueError(f"rotations name pages {sorted(unknown)} but the document has {len(pages)} page(s)")
    out = []
    for p in pages:
        rotation = (rotations or {}).get(p.number, 0)
        img, skew = degrade(draw_page(p), prof, dpi, rotation, rng, source_dpi=LAYOUT_DPI)
        out.append(ScannedPage(p.number, img, rotation, dpi, skew, [_nfc(x) for x in p.lines],
                               jpeg_bytes(img, quality, dpi)))
    return out


def truth_of(spec: DocSpec, pages: list[ScannedPage], profile: str) -> dict[str, Any]:
    return {
        "generator": {"name": spec.name, "seed": spec.seed, "profile": profile},
        "pages": [{"number": p.number, "rotation": p.rotation, "dpi": p.dpi, "skew": p.skew, "lines": p.lines}
                  for p in pages],
        "text": "\f".join("\n".join(p.lines) for p in pages),
        **spec.records(),
    }


def truth_path(pdf: Path) -> Path:
    return pdf.with_name(pdf.name.removesuffix(".pdf") + ".truth.json")


def render(spec: DocSpec, out_pdf: str | Path, profile: str = "scan", seed: int | None = None,
           dpi: int | None = None, rotations: dict[int, int] | None = None) -> Path:
    """Write OUT.pdf (one JPEG per page, image only, like a scanner's output) and OUT.truth.json."""
    out_pdf = Path(out_pdf)
    pages = scan_pages(spec, profile, seed, dpi, rotations)
    out_pdf.parent.mkdir(parents=True, exist_ok=True)
    # the internal engine writes no random /ID, so the same seed gives a byte-identical PDF
    out_pdf.write_bytes(img2pdf.convert([p.jpeg for p in pages], nodate=True, engine=img2pdf.Engine.internal))
    truth = truth_of(spec, pages, profile)
    truth_path(out_pdf).write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out_pdf
