"""Planted faults in national-format PAR reports (19 provinces), found through the scan: render -> extract
-> audit, per fault kind.

For N seeds (default 6), the consistent copy and one copy per fault kind are rendered as 300-dpi scans,
extracted with `parscan.pipeline.run.extract` and audited with the national methodology.  The table says,
per fault kind, how many copies had the planted fault found as an error (the right check, naming the right
unit or the printed figure), found only as a warning, or missed; how many copies had an error accusing a
unit whose row is correct; and the seconds per copy (render + extract + audit).  For the consistent
copies it counts the copies with any error.  No asserts: tests/test_audit_national_report.py asserts.

Run: PYTHONPATH=. .venv/bin/python benchmarks/bench_audit_national.py [--seeds 6] [--workers 2] [-v]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from samples.generator.national import NATIONAL_FAULTS, build_national_report  # noqa: E402
from samples.generator.render import render  # noqa: E402

from parscan.scoring.unit_names import similarity  # noqa: E402

METHOD = "vn-provincial-2022"  # auto-selection gives `generic` (no province): same index rule, no bands
DPI = 300


# ---------------------------------------------------------------- judging findings against the truth


def table_unit(name: str | None, units: list[str]) -> str | None:
    """The table unit a finding names (a printed or registry name), or None when it names none."""
    if not name:
        return None
    scored = sorted(((similarity(name, u), u) for u in units), reverse=True)
    if not scored or scored[0][0] < 80 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def _same_figure(published: Any, printed: Any) -> bool:
    if published is None or printed is None:
        return False
    if isinstance(printed, str):
        return isinstance(published, str) and similarity(published, printed) >= 80
    try:  # a change is printed as a magnitude after "tăng"/"giảm"; the audit may quote it signed
        return abs(Decimal(str(published))) == abs(Decimal(str(printed)))
    except (InvalidOperation, ValueError):
        return False


def names_fault(finding: Any, fault: dict[str, Any], units: list[str]) -> bool:
    """The finding has the planted check and names the planted unit, or gives the printed wrong figure."""
    if finding.check != fault["check"]:
        return False
    if fault["units"] and table_unit(finding.unit, units) in fault["units"]:
        return True
    return _same_figure(finding.published, fault["published"])


def judge(spec: Any, doc: Any) -> dict[str, Any]:
    """found: error | warning | missed (None on a consistent copy); errors; false_accusations: errors naming a
    table unit whose row is correct (any unit on a consistent copy); misread: rows OCR did not read as
    printed; unexplained: the errors (consistent copy) or false accusations (fault copy) that are not about a
    misread row."""
    units = [r["unit"] for r in spec.rankings]
    fault = spec.planted_faults[0] if spec.planted_faults else None
    errors = [f for f in doc.findings if f.severity == "error"]
    wrong = [f for f in errors
             if (u := table_unit(f.unit, units)) is not None and (fault is None or u not in fault["units"])]
    found = None
    if fault is not None:
        hits = {f.severity for f in doc.findings if names_fault(f, fault, units)}
        found = "error" if "error" in hits else ("warning" if "warning" in hits else "missed")
    misread = misread_rows(spec, doc)
    unexplained = [f for f in (wrong if fault is not None else errors) if table_unit(f.unit, units) not in misread]
    return {"found": found, "errors": errors, "false_accusations": wrong, "misread": misread,
            "unexplained": unexplained}


def misread_rows(spec: Any, doc: Any) -> dict[str, str]:
    """Table units whose row was not read as printed (OCR): unit -> what was read vs printed."""
    read = {}
    for row in doc.rankings:
        unit = table_unit(row.unit.printed, [r["unit"] for r in spec.rankings])
        if unit is not None:
            read[unit] = row
    out = {}
    for t in spec.rankings:
        row = read.get(t["unit"])
        want = (t["rank"], t["components"]["appraisal"], t["components"]["survey"], t["total"], t["index_pct"])
        if row is None:
            out[t["unit"]] = "row not found"
            continue
        got = (row.rank, row.components.get("appraisal"), row.components.get("survey"), row.total, row.index_pct)
        if got != want:
            out[t["unit"]] = f"read {got}, printed {want}"
    return out


def describe(findings: list[Any]) -> list[tuple[str, str, str | None, Any]]:
    return [(f.severity, f.check, f.unit, f.published) for f in findings]


# ---------------------------------------------------------------- one copy


def run_copy(seed: int, fault: str | None, out_dir: str, variant: str | None = None,
             layout: dict[str, Any] | None = None) -> dict[str, Any]:
    from parscan.pipeline.run import extract
    from parscan.scoring.audit import audit_documents

    start = time.perf_counter()
    spec = build_national_report(seed, fault, variant=variant, layout=layout)
    name = f"national_{seed}_{fault or 'ok'}_{variant or ''}_{abs(hash(str(layout))) % 10**8}.pdf"
    pdf = render(spec, Path(out_dir) / name, profile="scan", seed=seed, dpi=DPI)
    doc = audit_documents([extract(pdf)], METHOD)[0]
    verdict = judge(spec, doc)
    fault_truth = spec.planted_faults[0] if spec.planted_faults else None
    return {
        "seed": seed, "fault": fault or "consistent", "found": verdict["found"],
        "errors": describe(verdict["errors"]), "false": describe(verdict["false_accusations"]),
        "misread": verdict["misread"], "unexplained": describe(verdict["unexplained"]),
        "seconds": time.perf_counter() - start, "truth": fault_truth,
        "claims": Counter(c.kind for c in doc.claims), "rows": len(doc.rankings),
        "layout": spec.document["layout"], "findings": describe(doc.findings),
        "claim_texts": [(c.kind, c.subject, c.value, c.previous_value, c.members, c.bounds) for c in doc.claims],
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, default=6)
    ap.add_argument("--first-seed", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every copy that is not a clean hit")
    args = ap.parse_args(argv)
    kinds: list[str | None] = [None, *NATIONAL_FAULTS]
    jobs = [(seed, k) for seed in range(args.first_seed, args.first_seed + args.seeds) for k in kinds]
    wall = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, ProcessPoolExecutor(args.workers) as pool:
        results = list(pool.map(run_copy, [s for s, _ in jobs], [k for _, k in jobs], [tmp] * len(jobs)))
    wall = time.perf_counter() - wall

    by: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in results:
        by[r["fault"]].append(r)
    print(f"national reports: {args.seeds} seeds x {len(kinds)} copies, {DPI} dpi scan, methodology {METHOD}, "
          f"{args.workers} worker(s), {wall:.0f} s wall")
    print(f"{'fault kind':<16}{'copies':>7}{'error':>7}{'warning':>9}{'missed':>8}{'wrong unit':>12}"
          f"{'(not OCR)':>11}{'misread':>9}{'s/copy':>8}")
    for kind in ["consistent", *NATIONAL_FAULTS]:
        rs = by[kind]
        secs = sum(r["seconds"] for r in rs) / len(rs)
        misread = sum(bool(r["misread"]) for r in rs)
        if kind == "consistent":
            print(f"{kind:<16}{len(rs):>7}{'-':>7}{'-':>9}{'-':>8}{sum(bool(r['errors']) for r in rs):>12}"
                  f"{sum(bool(r['unexplained']) for r in rs):>11}{misread:>9}{secs:>8.1f}")
            continue
        c = Counter(r["found"] for r in rs)
        print(f"{kind:<16}{len(rs):>7}{c['error']:>7}{c['warning']:>9}{c['missed']:>8}"
              f"{sum(bool(r['false']) for r in rs):>12}{sum(bool(r['unexplained']) for r in rs):>11}{misread:>9}"
              f"{secs:>8.1f}")
    print("error/warning/missed: the planted fault found with its check, naming its unit or the printed figure; "
          "wrong unit: copies with an error naming a unit whose row is correct (consistent: any error), "
          "(not OCR): of those, copies where that unit's row was read as printed; misread: copies with a "
          "table row not read as printed")
    if args.verbose:
        for r in results:
            if r["found"] in (None, "error") and not r["errors" if r["found"] is None else "false"]:
                continue
            print(f"\n{r['fault']} seed {r['seed']} -> {r['found']}; layout {r['layout']}; {r['rows']} rows; "
                  f"claims {dict(r['claims'])}")
            if r["truth"]:
                print(f"  planted: {r['truth']['description']}")
            for unit, what in r["misread"].items():
                print(f"  misread: {unit}: {what}")
            for e in r["errors"]:
                print(f"  error: {e}")


if __name__ == "__main__":
    main()
