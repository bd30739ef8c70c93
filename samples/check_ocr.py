"""Character error rate of raw Tesseract (`vie`, --psm 3) on generated pages, per degradation profile.

Calibrates the generator: clean 300-dpi pages should OCR almost perfectly, `scan` a few per cent, `bad`
clearly worse. Pages are turned upright from their truth first (this measures recognition, not OSD) and
OCR'd from the JPEG actually stored in the PDF. Run from the repo root:

    OMP_THREAD_LIMIT=1 nice -n 10 python -m samples.check_ocr
"""

from __future__ import annotations

import argparse
import io
import os
import re
import subprocess
import time
import unicodedata

from PIL import Image
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from samples.generator import build_letter, build_report, scan_pages


def normalise(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def cer(ocr: str, truth: str) -> float:
    ref = normalise(truth)
    return Levenshtein.distance(normalise(ocr), ref) / max(1, len(ref))


def line_cer(ocr: str, truth: str) -> float:
    """CER with reading order factored out: each truth line against its best-matching stretch of the OCR.

    Tesseract reads a two-column header or signature block row by row across both columns, while the truth
    lists the left block first; the raw CER charges that as errors, this one does not.
    """
    text = normalise(ocr)
    errors = chars = 0
    for line in filter(None, map(normalise, truth.splitlines())):
        hit = fuzz.partial_ratio_alignment(line, text)
        errors += Levenshtein.distance(line, text[hit.dest_start:hit.dest_end]) if hit else len(line)
        chars += len(line)
    return errors / max(1, chars)


def tesseract(img: Image.Image) -> str:
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    run = subprocess.run(["tesseract", "stdin", "stdout", "-l", "vie", "--psm", "3"], input=buf.getvalue(),
                         capture_output=True, check=True, env=env)
    return run.stdout.decode("utf-8")


def measure(profiles: list[str]) -> list[tuple[str, str, int, float, float, float]]:
    """(profile, page label, dpi, raw CER, line CER, seconds) for a prose letter and the report's table and prose pages."""
    docs = [("letter p1", build_letter(2), 1),
            ("report p1 (header+table)", build_report(3, province="Hà Nam", year=2022, n_departments=14,
                                                      n_districts=6), 1),
            ("report p3 (prose+signature)", build_report(3, province="Hà Nam", year=2022, n_departments=14,
                                                         n_districts=6), 3)]
    rows = []
    for profile in profiles:
        for label, spec, number in docs:
            page = scan_pages(spec, profile, seed=7, rotations={number: 180})[number - 1]
            img = Image.open(io.BytesIO(page.jpeg)).rotate(page.rotation)  # PIL rotates counter-clockwise
            start = time.perf_counter()
            text = tesseract(img)
            secs = time.perf_counter() - start
            truth = "\n".join(page.lines)
            rows.append((profile, label, page.dpi, cer(text, truth), line_cer(text, truth), secs))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--profiles", nargs="+", default=["clean", "scan", "bad"])
    args = ap.parse_args()
    rows = measure(args.profiles)
    print(f"{'profile':8} {'page':30} {'dpi':>4} {'raw CER %':>9} {'line CER %':>10} {'tess s':>7}")
    for profile, label, dpi, raw, per_line, secs in rows:
        print(f"{profile:8} {label:30} {dpi:>4} {100 * raw:9.2f} {100 * per_line:10.2f} {secs:7.1f}")
    for profile in args.profiles:
        mine = [r for r in rows if r[0] == profile]
        raw, per_line = (100 * sum(r[k] for r in mine) / len(mine) for k in (3, 4))
        print(f"{profile:8} {'mean':30} {'':>4} {raw:9.2f} {per_line:10.2f}")


if __name__ == "__main__":
    main()
