"""Scanned ruled tables: rows found, number cells exact, seconds per table, against plain page OCR.

Documents: the demo report and generated ranking reports scanned at 200-300 dpi (known truth),
run through the real pipeline on the pages that hold the table. The anchor, measured in the same
run on the same page OCR: for each truth row, the page-OCR line that reads most like it, and how
many of the row's numbers appear in that line with the right value (plain OCR without the table
stage). Seconds per table are the table stage only (`detect_tables`), not the page OCR.

Wide tables (issue 11): one landscape page of ~20 provinces x 14 columns at 7-9 pt (`samples/generator/wide.py`)
per layout, dpi and profile: every printed body cell compared where it stands (numbers by the value kept,
text folded), ranks read, values taken from the column's format (`ocr_doubt`) and how many of those are
right, and how many tables the document's rows end up in (1: a table continued on page 2 was joined).
Layouts tuned on (serif, rank at the right: full grid, horizontal rules only, borderless, 34 rows over two
pages with and without the header repeated) and held-out layouts (sans, another column count, rank first;
other seeds) are reported apart; born-digital PDFs read from their text layer (no OCR) come first.
Table stage cost (`--only cost`): CPU seconds of `detect_tables` on a 14-column page against the ranking page.
Usage: python benchmarks/bench_tables.py [--only ranking|wide|cost]
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
from benchmarks.table_truth import CellScore, is_number, score_cells, score_tables  # noqa: E402
from parscan.extractors.table_model import interpret_tables  # noqa: E402
from parscan.normalizers.numbers import parse_number  # noqa: E402
from parscan.pipeline.options import ExtractOptions  # noqa: E402
from samples.generator.render import render  # noqa: E402
from samples.generator.report import build_report  # noqa: E402
from samples.generator.text_pdf import write_text_pdf  # noqa: E402
from samples.generator.wide import build_wide_table  # noqa: E402

SIZE_AT = {200: 8.0, 250: 7.0, 300: 9.0}  # print size (pt) per scan dpi: 7-9 pt all read, 7 pt not at 300
WIDE_TUNED = {  # name -> build_wide_table arguments; seeds 1-2
    "grid, serif, rank right": dict(rules="grid"),
    "h-rules, serif, rank right": dict(rules="horizontal"),
    "borderless, serif, rank right": dict(rules="none"),
    "grid, 34 rows over 2 pages, header repeated": dict(rules="grid", n_units=34),
    "grid, 34 rows over 2 pages, header once": dict(rules="grid", n_units=34, repeat_header=False),
}
WIDE_HELD_OUT = {  # never looked at while tuning; seeds 101-102
    "grid, sans, 12 cols, rank first": dict(rules="grid", family="sans", n_sub=8, rank_at="left"),
    "h-rules, sans, 16 cols, 21 rows": dict(rules="horizontal", family="sans", n_sub=12, n_units=21),
    "borderless, sans, 12 cols, rank first": dict(rules="none", family="sans", n_sub=8, rank_at="left"),
    "h-rules, sans, 30 rows over 2 pages, header once": dict(rules="horizontal", family="sans", n_units=30,
                                                            repeat_header=False),
}
TEXT_LAYER = {  # born-digital PDFs (no scan, no OCR), 7 pt, 30 rows over two pages, header printed once
    "text layer, grid": (dict(rules="grid"), 1),
    "text layer, h-rules": (dict(rules="horizontal"), 1),
    "text layer, borderless": (dict(rules="none"), 1),
    "text layer, held out: borderless, sans, rank first": (dict(rules="none", family="sans", n_sub=8,
                                                                rank_at="left"), 101),
}

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


def wide_runs(layouts: dict[str, dict], seeds: tuple[int, ...], tmp: Path,
              by_scan: dict[tuple[int, str], CellScore]) -> dict[str, CellScore]:
    """Each layout at 200/250/300 dpi with the scan and bad profiles; per-layout totals (printed as it goes),
    and per (dpi, profile) totals added to `by_scan`."""
    out: dict[str, CellScore] = {}
    for name, kwargs in layouts.items():
        total = CellScore()
        for k, (dpi, profile) in enumerate((d, p) for d in (200, 250, 300) for p in ("scan", "bad")):
            seed = seeds[k % len(seeds)]
            spec = build_wide_table(seed, size=SIZE_AT[dpi], **kwargs)
            pdf = render(spec, tmp / f"wide{seed}_{dpi}_{profile}.pdf", profile=profile, seed=seed, dpi=dpi)
            truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
            start = time.perf_counter()
            found: list = []
            original = run.detect_tables

            def timed(image, page, options, **kw):
                t0 = time.perf_counter()
                tables = original(image, page, options, **kw)
                found.append(time.perf_counter() - t0)
                return tables

            run.detect_tables = timed
            try:
                doc = run.extract(pdf, ExtractOptions(pages=truth["tables"][0]["pages"], extract_records=False,
                                                      repair=False))
            finally:
                run.detect_tables = original
            joined = [item.table for item in interpret_tables(doc.tables)]  # a table continued on page 2 joins
            score = score_cells(truth["tables"][0], joined)
            total.add(score)
            by_scan.setdefault((dpi, profile), CellScore()).add(score)
            print(f"  {name:48} {dpi} {profile:4} {SIZE_AT[dpi]:.0f}pt cells {score.exact}/{score.cells} "
                  f"rows {score.rows_found}/{score.rows} ranks {score.ranks_read}/{score.ranks} "
                  f"format-restored {score.doubted_right}/{score.doubted} tables {len(joined)} "
                  f"table s/page {sum(found) / len(found):.2f} s {time.perf_counter() - start:.1f}")
            for miss in score.misses[:6]:
                print(f"      {miss}")
        out[name] = total
    return out


def text_layer_runs(tmp: Path) -> None:
    """Each text-layer layout once: the grid from the page's rendering, the cells' text the layer's words."""
    for name, (kwargs, seed) in TEXT_LAYER.items():
        pdf = write_text_pdf(build_wide_table(seed, size=7.0, n_units=30, repeat_header=False, **kwargs),
                             tmp / f"layer{seed}.pdf")
        truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
        start = time.perf_counter()
        doc = run.extract(pdf, ExtractOptions(extract_records=False, repair=False))
        joined = [item.table for item in interpret_tables(doc.tables)]
        r = score_cells(truth["tables"][0], joined)
        print(f"  {name:52} cells {r.exact}/{r.cells} ranks {r.ranks_read}/{r.ranks} rows {r.rows_found}/{r.rows} "
              f"tables {len(joined)} s {time.perf_counter() - start:.1f}")


def print_failures(title: str, by_layout: dict[str, CellScore], by_scan: dict[tuple[int, str], CellScore]) -> None:
    """Cells not exact by failure type and column, then per layout and per (dpi, profile): the biggest causes."""
    overall = CellScore()
    for score in by_layout.values():
        overall.add(score)
    print(f"  failures, layouts {title} (cells not exact: column, failure type):")
    for (role, kind), n in overall.failures.most_common():
        print(f"    {n:>5}  {role:10} {kind}")
    for name, score in [*by_layout.items(), *((f"{d} dpi {p}", s) for (d, p), s in sorted(by_scan.items()))]:
        top = ", ".join(f"{role} {kind} {n}" for (role, kind), n in score.failures.most_common(4))
        print(f"    {name:48} {score.cells - score.exact:>4} not exact: {top}")


def wide_main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        print("wide tables in a PDF text layer:")
        text_layer_runs(Path(tmp))
        for title, layouts, seeds in (("tuned on", WIDE_TUNED, (1, 2)), ("held out", WIDE_HELD_OUT, (101, 102))):
            print(f"wide tables, layouts {title}:")
            by_scan: dict[tuple[int, str], CellScore] = {}
            results = wide_runs(layouts, seeds, Path(tmp), by_scan)
            overall = CellScore()
            print(f"  {'layout':48} {'cells exact':>18} {'numbers exact':>18} {'ranks read':>11} {'rows':>7} "
                  f"{'format-restored (right)':>24}")
            for name, r in results.items():
                overall.add(r)
                print(f"  {name:48} {r.exact:>5}/{r.cells:<5} {r.exact / max(1, r.cells):6.2%} "
                      f"{r.numbers_exact:>5}/{r.numbers:<5} {r.numbers_exact / max(1, r.numbers):6.2%} "
                      f"{r.ranks_read:>4}/{r.ranks:<4} {r.rows_found:>3}/{r.rows:<3} {r.doubted:>10} ({r.doubted_right})")
            print(f"  {'all ' + title:48} {overall.exact:>5}/{overall.cells:<5} {overall.exact / max(1, overall.cells):6.2%} "
                  f"{overall.numbers_exact:>5}/{overall.numbers:<5} "
                  f"{overall.numbers_exact / max(1, overall.numbers):6.2%} {overall.ranks_read:>4}/{overall.ranks:<4} "
                  f"{overall.rows_found:>3}/{overall.rows:<3} {overall.doubted:>10} ({overall.doubted_right})")
            print_failures(title, results, by_scan)


COST_PAGES = (  # (name, document, page): the anchor first
    ("ranking page, 7 cols x 18 rows (report seed 11, 200 dpi scan, page 2)", "ranking", 2),
    ("ranking page, 7 cols x 10 rows (report seed 11, 200 dpi scan, page 1)", "ranking", 1),
    ("wide grid 14 cols x 20 rows (seed 1, 200 dpi scan, 8 pt)", "wide_scan", 1),
    ("wide grid 14 cols x 20 rows (seed 2, 250 dpi bad, 7 pt)", "wide_bad", 1),
)


def cost_main(rounds: int = 3) -> None:
    """CPU seconds of the table stage (`detect_tables`) per page, the 14-column pages against the ranking
    page: each page's inputs (upright image, page, ruling) are taken from one real `extract`, then the
    stage is run on them alone, page after page in interleaved rounds (CPU time: the machine is shared)."""
    with tempfile.TemporaryDirectory() as tmp:
        docs = {"ranking": render(build_report(11), Path(tmp) / "report11.pdf", profile="scan", seed=11, dpi=200),
                "wide_scan": render(build_wide_table(1, size=8.0), Path(tmp) / "wide1.pdf", profile="scan", seed=1,
                                    dpi=200),
                "wide_bad": render(build_wide_table(2, size=7.0), Path(tmp) / "wide2.pdf", profile="bad", seed=2,
                                   dpi=250)}
        inputs: dict[tuple[str, int], tuple] = {}
        original = run.detect_tables
        for key, pdf in docs.items():
            def keep(image, page, options, _key=key, **kw):
                inputs[(_key, page.number)] = (image.copy(), page, options, kw.get("ruling"))
                return original(image, page, options, **kw)

            run.detect_tables = keep
            try:
                run.extract(pdf, ExtractOptions(extract_records=False, repair=False))
            finally:
                run.detect_tables = original
    seconds: dict[str, list[float]] = {name: [] for name, _, _ in COST_PAGES}
    for _ in range(rounds):
        for name, key, number in COST_PAGES:
            image, page, options, ruling = inputs[(key, number)]
            start = time.process_time()
            original(image, page, options, ruling=ruling)
            seconds[name].append(time.process_time() - start)
    anchor = sorted(seconds[COST_PAGES[0][0]])[rounds // 2]
    for name, values in seconds.items():
        median = sorted(values)[rounds // 2]
        print(f"  {name:72} CPU s median {median:5.2f} rounds {' '.join(f'{v:.2f}' for v in values)} "
              f"x anchor {median / anchor:.2f}")


def main() -> None:
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    if only == "cost":
        cost_main()
        return
    if only != "ranking":
        wide_main()
    if only == "wide":
        return
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
