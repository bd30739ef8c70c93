"""Audit time of a 10-page report against its extraction time (the anchor), same run.

The report is the sample generator's ranking report, repeated to 10 pages of text (about 230
ranked rows and 200 prose claims), extracted from text and audited; HTML/JSON report writing is
timed separately.  Run: PYTHONPATH=. .venv/bin/python benchmarks/bench_audit.py
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.generator.render import render_text  # noqa: E402
from samples.generator.report import build_report  # noqa: E402

from parscan.pipeline.run import extract  # noqa: E402
from parscan.scoring.audit import audit_documents  # noqa: E402
from parscan.scoring.report import write_report  # noqa: E402

PAGES = 10
REPEATS = 5


def _ten_pages(tmp: Path) -> Path:
    pages: list[str] = []
    seed = 0
    while len(pages) < PAGES:
        spec = build_report(seed, faults=("row_total", "claim_average", "rank_order"))
        pages += [p for p in render_text(spec).split("\f") if p.strip()]
        seed += 1
    path = tmp / "ten_pages.txt"
    path.write_text("\f".join(pages[:PAGES]), encoding="utf-8")
    return path


def _best(fn) -> tuple[float, object]:
    times, result = [], None
    for _ in range(REPEATS):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = _ten_pages(Path(tmp))
        t_extract, doc = _best(lambda: extract(path))
        n_rows, n_claims = len(doc.rankings), len(doc.claims)
        t_audit, _ = _best(lambda: audit_documents([doc.model_copy(deep=True)], "hanam-2022"))
        audited = audit_documents([doc], "hanam-2022")
        t_json, _ = _best(lambda: write_report(audited, io.StringIO(), "json"))
        t_html, _ = _best(lambda: write_report(audited, io.StringIO(), "html"))
    print(f"10-page report: {doc.source.page_count} pages, {n_rows} ranking rows, {n_claims} claims, "
          f"{len(audited[0].findings)} findings (best of {REPEATS})")
    print(f"{'step':<22}{'seconds':>10}{'x extract':>12}")
    for name, t in (("extract (anchor)", t_extract), ("audit", t_audit), ("report json", t_json),
                    ("report html", t_html), ("audit + html", t_audit + t_html)):
        print(f"{name:<22}{t:>10.3f}{t / t_extract:>12.2f}")
    print(f"audit + html report beyond extraction: {t_audit + t_html:.3f} s (target < 2 s)")


if __name__ == "__main__":
    main()
