"""Realistic scanned PAR documents with ground truth, for testing parscan end to end.

    spec = build_report(seed, faults=("row_total",))   # content + truth, no rendering (fast)
    spec = build_national_report(seed, "claim_gap")    # the national format: 19 provinces, one fault
    render(spec, "out/x.pdf", profile="scan")          # x.pdf (JPEG pages) + x.truth.json
    render_text(spec)                                  # clean OCR-like text, pages split by "\\f"
"""

from samples.generator.criteria import CRITERIA_FAULTS, build_criteria_plan, rollup_errors
from samples.generator.degrade import PROFILES
from samples.generator.letter import build_letter
from samples.generator.national import NATIONAL_FAULTS, build_national_report
from samples.generator.render import render, render_text, scan_pages, truth_of, truth_path
from samples.generator.report import REPORT_FAULTS, build_report
from samples.generator.spec import DocSpec, ReportSpec

FAULTS = REPORT_FAULTS + CRITERIA_FAULTS

__all__ = [
    "CRITERIA_FAULTS", "FAULTS", "NATIONAL_FAULTS", "PROFILES", "REPORT_FAULTS", "DocSpec", "ReportSpec",
    "build_criteria_plan", "build_letter", "build_national_report", "build_report", "render", "render_text",
    "rollup_errors", "scan_pages", "truth_of", "truth_path",
]
