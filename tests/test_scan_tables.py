"""Ruled tables on scanned pages: every row found, number cells exact, rows in the page text.

Real OCR on the sample scans (the demo report and generated reports at 200-300 dpi), only the
pages that hold the table, so the module stays well under a minute.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from parscan.extractors.table_model import interpret_tables
from parscan.normalizers.numbers import parse_number
from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.run import extract, page_image
from parscan.pipeline.tables import detect_tables, find_grids
from parscan.schemas.ocr import Page

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.table_truth import score_tables  # noqa: E402
from samples.generator.render import render  # noqa: E402
from samples.generator.report import build_report  # noqa: E402

DEMO = ROOT / "samples" / "demo_report.pdf"
GENERATED = [(11, 200), (37, 250)]  # (seed, scan dpi); benchmarks/bench_tables.py adds 300 dpi
OPTIONS = dict(extract_records=False, repair=False)


def _table_pages(truth: dict) -> list[int]:
    return sorted({p for table in truth["tables"] for p in table["pages"]})


@pytest.fixture(scope="module")
def demo():
    truth = json.loads(DEMO.with_name("demo_report.truth.json").read_text(encoding="utf-8"))
    doc = extract(DEMO, ExtractOptions(pages=_table_pages(truth), **OPTIONS))
    return doc, truth


@pytest.mark.parametrize("seed,dpi", GENERATED)
def test_generated_report_rows_and_numbers(tmp_path: Path, seed: int, dpi: int) -> None:
    pdf = render(build_report(seed), tmp_path / f"report{seed}.pdf", profile="scan", seed=seed, dpi=dpi)
    truth = json.loads(pdf.with_name(f"report{seed}.truth.json").read_text(encoding="utf-8"))
    doc = extract(pdf, ExtractOptions(pages=_table_pages(truth), **OPTIONS))
    score = score_tables(truth["tables"], doc.tables)
    assert score.rows_found == score.rows, score.misses
    assert score.numbers >= 80
    assert score.number_share >= 0.99, score.misses


def test_demo_rows_and_numbers(demo) -> None:
    doc, truth = demo
    score = score_tables(truth["tables"], doc.tables)
    assert score.rows_found == score.rows, score.misses
    assert score.number_share >= 0.99, score.misses


def test_demo_table_structure(demo) -> None:
    doc, _ = demo
    assert [t.id for t in doc.tables] == ["p1-t1", "p2-t1"]
    first = doc.tables[0]
    assert first.pages == [1] and first.ruled and first.n_cols == 7
    assert first.n_rows == 12  # two header rows, one group row, nine units
    by_pos = {(c.row, c.col): c for c in first.cells}
    # "Xếp hạng" spans both header rows, "Điểm thành phần" spans two columns
    assert by_pos[(0, 0)].row_span == 2 and by_pos[(0, 2)].col_span == 2
    assert by_pos[(2, 0)].col_span == 7 and "ban, ngành" in by_pos[(2, 0)].text
    assert by_pos[(0, 1)].text.startswith("Cơ quan") and by_pos[(1, 3)].text.startswith("Khảo sát")
    assert first.evidence and first.evidence.page == 1 and first.evidence.box is not None
    for cell in first.cells:
        assert cell.box is not None and cell.conf is not None
        assert first.evidence.box.x0 <= cell.box.x0 < cell.box.x1 <= first.evidence.box.x1


def test_demo_header_rows_become_column_labels(demo) -> None:
    doc, _ = demo
    interpreted = interpret_tables([t.model_copy(deep=True) for t in doc.tables])
    assert len(interpreted) == 1  # page 2 continues page 1
    table = interpreted[0].table
    assert table.kind == "ranking" and table.pages == [1, 2]
    assert table.header[1].startswith("Cơ quan") and table.header[2].startswith("Điểm thành phần")
    assert {"rank", "unit", "appraisal", "survey"} <= set(interpreted[0].keys)


def test_demo_rows_read_in_order_in_page_text(demo) -> None:
    doc, truth = demo
    lines = [line.text for line in doc.pages[0].lines]
    assert "1 Sở Tư pháp 87,02 9,49 96,51 96,51 Xuất sắc" in lines
    assert "9 Ban Dân tộc 76,54 9,76 86,30 86,30 Tốt" in lines
    header = next(k for k, line in enumerate(lines) if line.startswith("Xếp hạng Cơ quan, đơn vị Điểm thành phần"))
    assert header < lines.index("1 Sở Tư pháp 87,02 9,49 96,51 96,51 Xuất sắc") < lines.index(
        "9 Ban Dân tộc 76,54 9,76 86,30 86,30 Tốt")


def test_page_without_table_gives_nothing() -> None:
    page = Page(number=3, width=1, height=1)
    image = page_image(DEMO, page.model_copy(update={"dpi": 200}), ExtractOptions(dpi=200))
    assert detect_tables(image, page, ExtractOptions()) == []


@pytest.mark.parametrize("image", [
    np.full((800, 600), 255, np.uint8),
    np.zeros((800, 600), np.uint8),
    np.random.default_rng(0).integers(0, 256, (700, 500)).astype(np.uint8),
    np.full((5, 5), 128, np.uint8),
    np.zeros((300, 400, 3), np.uint8),
    np.linspace(0, 400, 600 * 800).reshape(600, 800),
], ids=["white", "black", "noise", "tiny", "colour", "float"])
def test_odd_images_never_raise(image: np.ndarray) -> None:
    assert detect_tables(image, Page(number=1, width=1, height=1), ExtractOptions()) == []


def test_grid_of_lines_without_text_has_no_cells() -> None:
    image = np.full((1200, 900), 255, np.uint8)
    for y in range(200, 801, 100):
        image[y:y + 2, 100:800] = 0
    for x in range(100, 801, 175):
        image[200:802, x:x + 2] = 0
    assert detect_tables(image, Page(number=1, width=900, height=1200), ExtractOptions()) == []


def test_table_cut_at_page_bottom_keeps_its_last_row(demo) -> None:
    """A table continued on the next page may have no closing line: its verticals end it."""
    page = demo[0].pages[0]
    image = page_image(DEMO, page, ExtractOptions(dpi=page.dpi)).copy()
    (grid,), _, _ = find_grids(image)
    bottom, (x0, _, x1, _) = grid.ys[-1], grid.box
    image[bottom - 3:bottom + 6, x0 - 5:x1 + 6] = 255  # remove the closing rule
    (table,) = detect_tables(image, page, ExtractOptions())
    assert table.n_rows == len(grid.ys) - 1
    last = {c.col: c.text for c in table.cells if c.row == table.n_rows - 1}
    assert last[0] == "9" and parse_number(last[2]) == 76.54


def _rules_only_page(touching: int | None) -> tuple[np.ndarray, list[int]]:
    """A page with a table ruled between rows only (six rules 65 px apart, four columns of 'text' blocks);
    below rule `touching`, blurred text strokes joined to it: short horizontal runs stacked 4 px apart down to
    36 px under the rule, as the fused 7-pt strokes of a blurred copy are."""
    image = np.full((2400, 1000), 255, np.uint8)
    rules = [200 + 65 * k for k in range(6)]
    for y in rules:
        image[y:y + 2, 60:940] = 0
    for top, bottom in zip(rules, rules[1:]):
        for x in (130, 330, 530, 730):
            image[top + 25:top + 39, x:x + 30] = 0
    if touching is not None:
        y = rules[touching] + 2
        for dy in range(0, 36, 4):
            image[y + dy:y + dy + 2, 560:620] = 0
    return image, rules


def test_a_rule_joined_by_blurred_text_stays_where_it_is_ruled() -> None:
    """Text strokes touching a rule join its connected component, whose box then reaches ~36 px below: the rule
    is placed where it is ruled across (rows of 65 px stay 65 px, none of 84 and 46), and a page without such
    strokes gets the same rows."""
    clean, rules = _rules_only_page(None)
    touched, _ = _rules_only_page(2)
    for image in (clean, touched):
        grids, _, _ = find_grids(image)
        assert len(grids) == 1
        assert all(abs(y - (r + 1)) <= 1 for y, r in zip(grids[0].ys, rules)) and len(grids[0].ys) == len(rules)
