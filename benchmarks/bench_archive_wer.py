"""Word error rate and bag-of-words recall on archive-like scans, parscan vs raw Tesseract `vie`.

Generated one-page letters (known truth) are scanned with the generator's `bad` profile at low
resolutions, like the phone photos and 70-150 dpi JPEGs of real archives. The anchor is plain
`tesseract -l vie` on the same page image; parscan runs its whole pipeline (preprocess, OCR,
reading order, repair). WER counts reading order (the header's left block first).
Usage: python benchmarks/bench_archive_wer.py [--letters N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rapidfuzz.distance import Levenshtein  # noqa: E402

from parscan.pipeline.options import ExtractOptions  # noqa: E402
from parscan.pipeline.run import extract  # noqa: E402
from samples.generator import build_letter, render  # noqa: E402


def words(text: str) -> list[str]:
    return [w.strip(".,;:()\"'“”") for w in text.split() if w.strip(".,;:()\"'“”")]


def wer(hypothesis: str, truth: str) -> float:
    ref = words(truth)
    return Levenshtein.distance(words(hypothesis), ref) / max(1, len(ref))


def recall(hypothesis: str, truth: str) -> float:
    ref, hyp = Counter(words(truth)), Counter(words(hypothesis))
    return sum(min(count, hyp[w]) for w, count in ref.items()) / max(1, sum(ref.values()))


PROFILES = (("scan", 150), ("bad", 150), ("bad", 100), ("bad", 75))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--letters", type=int, default=3)
    args = parser.parse_args()
    print(f"{'profile':8} {'dpi':>4} {'WER tess':>9} {'WER ours':>9} {'recall tess':>12} {'recall ours':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for profile, dpi in PROFILES:
            scores = {"wt": [], "wo": [], "rt": [], "ro": []}
            for seed in range(args.letters):
                pdf = render(build_letter(500 + seed), Path(tmp) / f"l{seed}-{profile}-{dpi}.pdf", profile=profile,
                             seed=seed, dpi=dpi)
                truth = "\n".join(__import__("json").loads(pdf.with_suffix(".truth.json").read_text())["pages"][0]["lines"])
                png = Path(tmp) / "page.png"
                subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(pdf), str(png.with_suffix(""))],
                               check=True)
                raw = subprocess.run(["tesseract", str(png), "-", "-l", "vie"], capture_output=True, text=True).stdout
                ours = extract(pdf, ExtractOptions(dpi=dpi, extract_records=False)).text
                scores["wt"].append(wer(raw, truth))
                scores["wo"].append(wer(ours, truth))
                scores["rt"].append(recall(raw, truth))
                scores["ro"].append(recall(ours, truth))
            mean = {k: sum(v) / len(v) for k, v in scores.items()}
            print(f"{profile:8} {dpi:4d} {mean['wt']:9.1%} {mean['wo']:9.1%} {mean['rt']:12.3f} {mean['ro']:12.3f}")


if __name__ == "__main__":
    main()
