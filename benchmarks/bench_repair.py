"""Repair accuracy and speed, with pyvi's diacritic restorer as the anchor, in one run.

Syllable accuracy = share of gold syllables reproduced exactly after aligning the output to the
gold line (edit-distance alignment of whitespace tokens, punctuation at token edges ignored).
Sets: the dev gold lines of the five seeds (never used for training; repaired as `parscan repair`
repairs the whole seed file, and each line alone as a second figure), the gold lines fed back as
input (must pass unchanged), and held-out synthetic pairs: generated documents with seeds the
model never saw, rendered and read by Tesseract `eng` and `vie`.
Usage: python benchmarks/bench_repair.py [--synthetic-docs N] [--no-pyvi]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rapidfuzz.distance import Levenshtein  # noqa: E402

from parscan.normalizers.vietnamese import split_edges  # noqa: E402

DEV = REPO.parent / "shared" / "dev" / "lines.jsonl"
SEEDS = REPO.parent / "shared" / "seeds"


def cores(line: str) -> list[str]:
    return [c for c in (split_edges(t)[1] for t in line.split()) if c]


def syllable_hits(output: str, gold: str) -> tuple[int, int]:
    out, ref = cores(output), cores(gold)
    hits = sum(1 for tag, _, _ in _aligned(out, ref) if tag == "equal")
    return hits, len(ref)


def _aligned(out: list[str], ref: list[str]):
    for op in Levenshtein.opcodes(out, ref):
        if op.tag == "equal":
            for _ in range(op.dest_end - op.dest_start):
                yield ("equal", None, None)


def pyvi_restore(text: str) -> str:
    from pyvi import ViUtils

    try:
        restored = ViUtils.add_accents(ViUtils.remove_accents(text).decode() if isinstance(
            ViUtils.remove_accents(text), bytes) else ViUtils.remove_accents(text))
        return restored if isinstance(restored, str) else restored.decode()
    except Exception:  # noqa: BLE001 - pyvi raises KeyError and others on noisy lines
        return text


def synthetic_pairs(docs: int) -> dict[str, list[tuple[str, str]]]:
    """(OCR line, truth line) from generated documents the model was not built from."""
    from parscan.normalizers.training.ocr_pairs import render_block
    from samples.generator import build_criteria_plan, build_letter, build_report, render_text
    import random
    import tesserocr
    from parscan.pipeline.ocr_tesserocr import tessdata_dir

    lines: list[str] = []
    for seed in range(10_000, 10_000 + docs):
        for spec in (build_report(seed), build_criteria_plan(seed), build_letter(seed)):
            lines += [l for l in render_text(spec).replace("\f", "\n").splitlines() if l.strip()]
    out: dict[str, list[tuple[str, str]]] = {}
    for name, lang, degraded in (("eng", "eng", False), ("eng, degraded scan", "eng", True), ("vie", "vie", False),
                                    ("vie, degraded scan", "vie", True)):
        api = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=lang, psm=tesserocr.PSM.SINGLE_BLOCK)
        rng = random.Random(99)
        pairs = []
        for start in range(0, len(lines), 24):
            image, laid = render_block(lines[start:start + 24], rng, degraded)
            api.SetImage(image)
            read = [l for l in api.GetUTF8Text().splitlines() if l.strip()]
            if len(read) == len(laid):
                pairs += list(zip(read, laid))
        out[name] = pairs
        api.End()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--synthetic-docs", type=int, default=4)
    parser.add_argument("--no-pyvi", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    from parscan.normalizers.repair import get_repairer

    repairer = get_repairer()
    load_s = time.perf_counter() - started
    rows: list[tuple[str, int, float, float, float]] = []

    def measure(name: str, pairs: list[tuple[str, str]], vie_ocr: bool = False,
                outputs: list[str] | None = None) -> None:
        hits = {"raw": 0, "parscan": 0, "pyvi": 0}
        total = 0
        for k, (ocr, gold) in enumerate(pairs):
            h, n = syllable_hits(ocr, gold)
            hits["raw"] += h
            total += n
            ours = outputs[k] if outputs is not None else repairer.repair_line(ocr, vie_ocr=vie_ocr)
            hits["parscan"] += syllable_hits(ours, gold)[0]
            if not args.no_pyvi:
                hits["pyvi"] += syllable_hits(pyvi_restore(ocr), gold)[0]
        rows.append((name, total, hits["raw"] / total, hits["parscan"] / total, hits["pyvi"] / total))

    dev = [json.loads(l) for l in DEV.read_text(encoding="utf-8").splitlines()] if DEV.exists() else []
    dev = [r for r in dev if r["gold"]]
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in dev:
        by_doc[row["doc"]].append(row)
    # as `parscan repair SEED_FILE` runs: every line of the file in order (wrapped lines see each other)
    whole: dict[tuple[str, int], str] = {}
    for doc in sorted(by_doc):
        text = (SEEDS / doc).read_text(encoding="utf-8")
        out = [line for page in text.split("\f") for line in repairer.repair_lines(page.split("\n"))]
        for row in by_doc[doc]:
            whole[doc, row["line"]] = out[row["line"] - 1]
        measure(f"dev seed {doc[:3]}", [(r["ocr"], r["gold"]) for r in by_doc[doc]],
                outputs=[whole[doc, r["line"]] for r in by_doc[doc]])
    if dev:
        measure("dev all seeds", [(r["ocr"], r["gold"]) for r in dev], outputs=[whole[r["doc"], r["line"]] for r in dev])
        measure("dev all seeds, each line alone", [(r["ocr"], r["gold"]) for r in dev])
    for lang, pairs in synthetic_pairs(args.synthetic_docs).items():
        # `vie` OCR of a scan is repaired as `parscan extract` does it (tone marks checked too)
        measure(f"held-out synthetic {lang}", pairs, vie_ocr=lang.startswith("vie"))

    print(f"{'set':34} {'syllables':>9} {'raw OCR':>8} {'parscan':>8} {'pyvi':>8} {'×pyvi':>6}")
    for name, total, raw, ours, anchor in rows:
        ratio = f"{ours / anchor:6.2f}" if anchor else "     -"
        print(f"{name:34} {total:9d} {raw:8.2%} {ours:8.2%} {anchor:8.2%} {ratio}")
    if dev:
        golds = [r["gold"] for r in dev]
        unchanged = sum(1 for g in golds if repairer.repair_line(g) == g) / len(golds)
        print(f"gold lines as input, unchanged: {unchanged:.2%} of {len(golds)}")
        text = [r["ocr"] for r in dev]
        syllables = sum(len(l.split()) for l in text)
        repairer.repair_line.__func__  # noqa: B018 - the decoder caches tokens; time a cold pass
        fresh = type(repairer)
        from parscan.normalizers.repair import MODEL_FILE  # noqa: F401
        start = time.perf_counter()
        for line in text:
            repairer.repair_line(line)
        warm = time.perf_counter() - start
        print(f"speed (one core, cache warm): {syllables / warm:,.0f} syllables/s; model load {load_s:.2f} s; "
              f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        del fresh


if __name__ == "__main__":
    main()
