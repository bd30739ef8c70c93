"""Scanned ruled tables: rows found, number cells exact, seconds per table, against plain page OCR.

Documents: the demo report and generated ranking reports scanned at 200-300 dpi (known truth),
run through the real pipeline on the pages that hold the table. The anchor, measured in the same
run on the same page OCR: for each truth row, the page-OCR line that reads most like it, and how
many of the row's numbers appear in that line with the right value (plain OCR without the table
stage). Seconds per table are the table stage only (`detect_tables`), not the page OCR.
Usage: python benchmarks/bench_tables.py
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz.distance import Levenshtein  # noqa: E402

import parscan.pipeline.run as run  # noqa: E402
from benchmarks.table_truth import is_number, score_tables  # noqa: E402
from parscan.normalizers.numbers import parse_number  # noqa: E402
from parscan.pipeline.options import ExtractOptions  # noqa: E402
from samples.generator.render import render  # noqa: E402
from samples.generator.report import build_report  # noqa: E402

GENERATED = [(11, 200), (37, 250), (23, 300), (5, 200)]


def anchor_numbers(truth_tables: list[dict], lines: list[str]) -> tuple[int, int]:
    """Truth numbers found, by value, in the page-OCR line that best matches their row."""
    found = total = 0
    for table in truth_tables:
        for row in table["rows"]:
            numbers = [parse_number(t) for t in row if is_number(t)]
            if not numbers:
                continue
            total += len(numbers)
            text = " ".join(t for t in row if t)
            best = max(lines, key=lambda line: 1 - Levenshtein.normalized_distance(text, line), default="")
            values = [parse_number(tok) for tok in best.split() if any(ch.isdigit() for ch in tok)]
            for value in numbers:
                if value in values:
                    values.remove(value)
                    found += 1
    return found, total


def measure(pdf: Path, truth: dict) -> dict:
    """One document: table stage timings and scores, plus the anchor from the same page OCR."""
    plain_lines: list[str] = []
    seconds: list[float] = []
    # run.py holds its own references to the table stage's functions: patch those
    original_detect, original_merge = run.detect_tables, run.merge_table_rows

    def timed_detect(image, page, options, **kwargs):
        start = time.perf_counter()
        found = original_detect(image, page, options, **kwargs)
        seconds.extend([(time.perf_counter() - start) / max(1, len(found))] * len(found))
        return found

    def keep_plain(page, found):
        plain_lines.extend(line.text for line in page.lines)
        return original_merge(page, found)

    run.detect_tables, run.merge_table_rows = timed_detect, keep_plain
    try:
        pages = sorted({p for table in truth["tables"] for p in table["pages"]})
        doc = run.extract(pdf, ExtractOptions(pages=pages, extract_records=False, repair=False))
    finally:
        run.detect_tables, run.merge_table_rows = original_detect, original_merge
    score = score_tables(truth["tables"], doc.tables)
    anchor_found, anchor_total = anchor_numbers(truth["tables"], plain_lines)
    return {"rows": f"{score.rows_found}/{score.rows}", "numbers": score.numbers_exact, "of": score.numbers,
            "anchor": anchor_found, "anchor_of": anchor_total, "tables": len(doc.tables),
            "s_per_table": sum(seconds) / max(1, len(seconds)), "misses": score.misses}


def main() -> None:
    docs = [("demo_report (200 dpi)", ROOT / "samples" / "demo_report.pdf",
             json.loads((ROOT / "samples" / "demo_report.truth.json").read_text(encoding="utf-8")))]
    with tempfile.TemporaryDirectory() as tmp:
        for seed, dpi in GENERATED:
            pdf = render(build_report(seed), Path(tmp) / f"report{seed}.pdf", profile="scan", seed=seed, dpi=dpi)
            truth = json.loads(pdf.with_name(f"report{seed}.truth.json").read_text(encoding="utf-8"))
            docs.append((f"report seed {seed} ({dpi} dpi)", pdf, truth))
        print(f"{'document':26} {'tables':>6} {'rows found':>10} {'numbers exact':>14} {'anchor':>8} "
              f"{'ratio':>6} {'s/table':>8}")
        totals = {"numbers": 0, "of": 0, "anchor": 0, "anchor_of": 0, "s": []}
        for name, pdf, truth in docs:
            r = measure(pdf, truth)
            exact = r["numbers"] / max(1, r["of"])
            anchor = r["anchor"] / max(1, r["anchor_of"])
            print(f"{name:26} {r['tables']:>6} {r['rows']:>10} {exact:>13.1%} {anchor:>8.1%} "
                  f"{exact / max(anchor, 1e-9):>6.2f} {r['s_per_table']:>8.2f}")
            for miss in r["misses"]:
                print(f"    {miss}")
            for key in ("numbers", "of", "anchor", "anchor_of"):
                totals[key] += r[key]
            totals["s"].append(r["s_per_table"])
        exact = totals["numbers"] / max(1, totals["of"])
        anchor = totals["anchor"] / max(1, totals["anchor_of"])
        print(f"{'all':26} {'':>6} {'':>10} {exact:>13.1%} {anchor:>8.1%} {exact / max(anchor, 1e-9):>6.2f} "
              f"{sum(totals['s']) / len(totals['s']):>8.2f}   ({totals['numbers']}/{totals['of']} number cells)")


if __name__ == "__main__":
    main()
