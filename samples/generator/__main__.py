"""CLI: `python -m samples.generator --out samples/ --demo` regenerates the committed samples;
`python -m samples.generator --out DIR --count 20 --faults` writes a batch for audit tests."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from samples.generator import REPORT_FAULTS, build_criteria_plan, build_letter, build_report, render, render_text

DEMO_SEED = 3


def write_demo(out: Path) -> list[Path]:
    """The committed samples; fixed seeds and parameters so reruns are byte-identical."""
    report = build_report(DEMO_SEED, province="Hà Nam", year=2022, n_departments=14, n_districts=6)
    written = [render(report, out / "demo_report.pdf", profile="scan", seed=DEMO_SEED, dpi=200,
                      rotations={2: 180})]
    (out / "demo_report.txt").write_text(render_text(report), encoding="utf-8")
    written.append(out / "demo_report.txt")
    plan = build_criteria_plan(DEMO_SEED, province="Đắk Lắk", year=2020, fields=3)
    written.append(render(plan, out / "criteria_plan.pdf", profile="scan", seed=DEMO_SEED, dpi=200))
    letter = build_letter(DEMO_SEED, province="Hải Dương", year=2019)
    written.append(render(letter, out / "bad_archive_letter.pdf", profile="bad", seed=DEMO_SEED, dpi=200))
    return written


def write_batch(out: Path, count: int, profile: str, faults: bool, seed: int) -> list[Path]:
    """`count` reports; with faults, report i gets fault i mod 7 (and every 8th report none)."""
    written = []
    for i in range(count):
        planted = () if not faults or i % 8 == 7 else (REPORT_FAULTS[i % len(REPORT_FAULTS)],)
        spec = build_report(seed + i, planted)
        rotations = {2: 180} if random.Random(seed + i).random() < 0.3 else None
        written.append(render(spec, out / f"report_{seed + i:04d}.pdf", profile=profile, rotations=rotations))
    return written


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m samples.generator", description=__doc__)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--demo", action="store_true", help="regenerate the committed demo samples")
    ap.add_argument("--count", type=int, default=0, help="number of random reports to write")
    ap.add_argument("--profile", choices=["clean", "scan", "bad"], default="scan")
    ap.add_argument("--faults", action="store_true", help="plant one fault per report (cycling)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    if not args.demo and not args.count:
        ap.error("nothing to do: give --demo and/or --count N")
    args.out.mkdir(parents=True, exist_ok=True)
    written = write_demo(args.out) if args.demo else []
    written += write_batch(args.out, args.count, args.profile, args.faults, args.seed)
    for path in written:
        print(path)


if __name__ == "__main__":
    main()
