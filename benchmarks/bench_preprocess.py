"""Which image clean-ups help Tesseract on scans like the archives'? Measured, not assumed.

Generated one-page letters (known truth) are scanned with the generator's `scan` and `bad`
profiles at several resolutions, then OCRed after each preprocessing variant. The anchor is
plain Tesseract on the upright page as scanned (Otsu binarisation inside Tesseract).
Printed: character error rate per variant, and its ratio to the anchor (lower is better).
Usage: python benchmarks/bench_preprocess.py [--letters N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from rapidfuzz.distance import Levenshtein  # noqa: E402

from parscan.pipeline.ocr import get_engine  # noqa: E402
from parscan.pipeline.options import ExtractOptions  # noqa: E402
from parscan.pipeline.preprocess import PreparedImage, estimate_skew, deskew, prepare  # noqa: E402
from parscan.pipeline.reading_order import order_footer_columns, order_header_columns  # noqa: E402
from samples.generator import build_letter, scan_pages  # noqa: E402


def cer(hypothesis: str, truth: str) -> float:
    hyp, ref = " ".join(hypothesis.split()), " ".join(truth.split())
    return Levenshtein.distance(hyp, ref) / max(1, len(ref))


def ocr_text(image: np.ndarray, dpi: int, sauvola: bool = False) -> str:
    threshold = "sauvola" if sauvola else "otsu"
    page = get_engine("tesserocr").recognize(PreparedImage(image=image, dpi=dpi, threshold=threshold), 1,
                                             ExtractOptions())
    order_header_columns(page)
    order_footer_columns(page)
    return page.text


def variants(gray: np.ndarray, dpi: int) -> dict[str, tuple[np.ndarray, int, bool]]:
    straight = deskew(gray, estimate_skew(gray))
    upscaled = prepare(gray, dpi)
    return {
        "as scanned (anchor)": (gray, dpi, False),
        "deskew": (straight, dpi, False),
        "deskew+upscale": (upscaled.image, upscaled.dpi, False),
        "…+median3": (cv2.medianBlur(upscaled.image, 3), upscaled.dpi, False),
        "…+sauvola": (upscaled.image, upscaled.dpi, True),
        "parscan (adaptive)": (upscaled.image, upscaled.dpi, upscaled.threshold == "sauvola"),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=3)
    args = parser.parse_args()
    cases = [("scan", 300), ("scan", 150), ("scan", 100), ("bad", 200), ("bad", 100)]
    results: dict[tuple[str, int], dict[str, list[float]]] = {}
    started = time.perf_counter()
    for profile, dpi in cases:
        for seed in range(args.letters):
            spec = build_letter(100 + seed)
            page = scan_pages(spec, profile=profile, seed=seed, dpi=dpi)[0]
            gray = cv2.imdecode(np.frombuffer(page.jpeg, np.uint8), cv2.IMREAD_GRAYSCALE)  # as stored
            truth = "\n".join(page.lines)
            for name, (image, image_dpi, sauvola) in variants(gray, dpi).items():
                results.setdefault((profile, dpi), {}).setdefault(name, []).append(
                    cer(ocr_text(image, image_dpi, sauvola), truth))
    names = list(next(iter(results.values())))
    print(f"{'profile':8} {'dpi':>4} " + " ".join(f"{n:>22}" for n in names))
    for (profile, dpi), by_variant in results.items():
        anchor = float(np.mean(by_variant[names[0]]))
        cells = []
        for name in names:
            mean = float(np.mean(by_variant[name]))
            cells.append(f"{mean * 100:6.2f}% (x{mean / anchor if anchor else 1:4.2f})")
        print(f"{profile:8} {dpi:4d} " + " ".join(f"{c:>22}" for c in cells))
    print(f"CER of the letter text in reading order, mean of {args.letters} letters per row; "
          f"(xR) = ratio to the anchor. {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
