"""`parscan extract` starts the worker pool's forkserver before typer when its raw arguments say
the pages will go to workers (issue 16: start-up of `extract --jobs N`), and only then."""

from __future__ import annotations

from pathlib import Path

import pytest

from parscan.cli import _extract_on_workers

REPO = Path(__file__).resolve().parents[1]
PDF = str(REPO / "samples" / "demo_report.pdf")
TEXT = str(REPO / "samples" / "demo_report.txt")


@pytest.mark.parametrize("args", [
    ["extract", PDF, "--jobs", "2"],
    ["extract", "-j", "2", PDF],
    ["extract", "--jobs=3", PDF, "--pages", "1-3"],
    ["extract", "-o", "out.json", "--pdf-out", "out.pdf", PDF, "-j", "2"],  # option values are not the file
])
def test_workers_ahead_for_a_pdf_on_several_jobs(args: list[str]) -> None:
    assert _extract_on_workers(args)


@pytest.mark.parametrize("args", [
    ["extract", PDF, "--jobs", "1"],
    ["extract", "--jobs=1", PDF],
    ["extract", PDF, "-j", "2", "--pages", "2"],  # one page
    ["extract", TEXT, "-j", "2"],  # nothing to OCR
    ["extract", str(REPO / "no-such-scan.pdf"), "-j", "2"],
    ["extract", PDF, "-j", "2", "--help"],
    ["batch", PDF, "--db", "x.sqlite"],
    [],
])
def test_no_workers_ahead_otherwise(args: list[str]) -> None:
    assert not _extract_on_workers(args)
