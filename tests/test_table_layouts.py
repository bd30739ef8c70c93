"""Tables on real layouts (issue 11): the grid of a noisy page, borderless tables, tables split over
pages, tables in a PDF text layer."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from parscan.pipeline.tables import find_grids

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _ruled_page(rows: int = 8, cols: int = 6) -> tuple[np.ndarray, list[int], list[int]]:
    """A 300-dpi A4 landscape page with one full grid (70-px rows, 200-px columns), no text."""
    image = np.full((2480, 3508), 255, np.uint8)
    ys = [500 + 70 * r for r in range(rows + 1)]
    xs = [400 + 200 * c for c in range(cols + 1)]
    for y in ys:
        image[y:y + 3, xs[0]:xs[-1] + 3] = 0
    for x in xs:
        image[ys[0]:ys[-1] + 3, x:x + 3] = 0
    return image, ys, xs


def test_a_stroke_touching_the_ruling_is_no_column_border() -> None:
    """A letter's stem touching a rule (a caption over the top rule, a capital in a cell) is one row
    high at most: taken for a border, it shifted the cells one column and added a row on top."""
    image, ys, xs = _ruled_page()
    image[ys[0] - 50:ys[0], xs[2] + 45:xs[2] + 48] = 0  # over the top rule, touching it
    image[ys[4] + 3:ys[4] + 52, xs[3] + 46:xs[3] + 49] = 0  # inside a cell, hanging from a rule
    (grid,), _, _ = find_grids(image)
    assert len(grid.xs) == len(xs) and len(grid.ys) == len(ys)
    assert all(abs(a - b) <= 3 for a, b in zip(grid.xs, xs))
    assert all(abs(a - b) <= 3 for a, b in zip(grid.ys, ys))


def _read(spec, tmp_path: Path, name: str, dpi: int = 250):
    """The document read by the real pipeline (Tesseract), its truth, and the scored first truth table."""
    import json

    from benchmarks.table_truth import score_cells
    from parscan.pipeline.options import ExtractOptions
    from parscan.pipeline.run import extract
    from samples.generator.render import render

    pdf = render(spec, tmp_path / f"{name}.pdf", profile="scan", seed=spec.seed, dpi=dpi)
    truth = json.loads(pdf.with_name(f"{name}.truth.json").read_text(encoding="utf-8"))
    doc = extract(pdf, ExtractOptions(extract_records=False, repair=False))
    return doc, truth, score_cells


def test_borderless_table_aligned_by_whitespace_is_read(tmp_path: Path) -> None:
    """No ruling at all: rows from the text lines, columns from the whitespace through them."""
    from samples.generator.wide import build_wide_table

    doc, truth, score_cells = _read(build_wide_table(7, rules="none", n_units=8, n_sub=4, size=9.0), tmp_path, "bl")
    (table,) = doc.tables
    assert table.ruled is False and table.n_cols == 8
    score = score_cells(truth["tables"][0], doc.tables)
    assert score.rows_found == score.rows == 8
    assert score.exact == score.cells, score.misses
    assert table.column_kinds[-2] == "rank"
    assert "Bảng 1" not in " ".join(c.text for c in table.cells)  # the caption above is no row


@pytest.mark.parametrize("repeat_header", [True, False], ids=["header repeated", "header printed once"])
def test_table_split_over_two_pages_is_one_table(tmp_path: Path, repeat_header: bool) -> None:
    """24 rows over two landscape pages: the rows are joined into one table with every rank, whether the
    second page repeats the header or not."""
    from parscan.extractors.rankings import extract as extract_rankings
    from parscan.extractors.table_model import interpret_tables
    from samples.generator.wide import build_wide_table

    spec = build_wide_table(4, n_units=24, n_sub=3, size=12.0, repeat_header=repeat_header)
    doc, truth, score_cells = _read(spec, tmp_path, "split", dpi=200)
    assert truth["tables"][0]["pages"] == [1, 2] and len(doc.tables) == 2
    items = interpret_tables(doc.tables)
    assert [(i.kind, i.table.pages) for i in items] == [("ranking", [1, 2])]
    (table,) = [i.table for i in items]
    score = score_cells(truth["tables"][0], [table])
    assert score.rows_found == score.rows == 24 and score.exact == score.cells, score.misses
    assert table.column_kinds[-2] == "rank"
    doc.tables = [table]
    extract_rankings(doc)
    assert [(r.unit.canonical, r.rank) for r in doc.rankings] == [(r["unit"], r["rank"]) for r in truth["rankings"]]


@pytest.mark.parametrize("rules", ["grid", "horizontal", "none"])
def test_table_in_a_pdf_text_layer_is_read_from_its_words(tmp_path: Path, rules: str) -> None:
    """A born-digital PDF: the grid from the page's rendering, each cell's text the layer's words (no OCR),
    the columns typed on them; 30 rows at 7 pt over two pages, the header printed once."""
    import json

    from benchmarks.table_truth import score_cells
    from parscan.extractors.table_model import interpret_tables
    from parscan.pipeline.options import ExtractOptions
    from parscan.pipeline.run import extract
    from samples.generator.text_pdf import write_text_pdf
    from samples.generator.wide import build_wide_table

    spec = build_wide_table(9, rules=rules, size=7.0, n_units=30, repeat_header=False)
    pdf = write_text_pdf(spec, tmp_path / "layer.pdf")
    truth = json.loads((tmp_path / "layer.truth.json").read_text(encoding="utf-8"))
    doc = extract(pdf, ExtractOptions(extract_records=False, repair=False))
    assert {p.origin for p in doc.pages} == {"text_layer"}
    assert all(c.conf is None for t in doc.tables for c in t.cells)  # the layer's text, not a reading
    (table,) = [i.table for i in interpret_tables(doc.tables)]
    assert table.pages == [1, 2] and table.ruled is (rules != "none")
    score = score_cells(truth["tables"][0], [table])
    assert score.rows_found == score.rows == 30 and score.exact == score.cells, score.misses
    assert score.ranks_read == 30 and table.column_kinds[-2] == "rank"


def test_blank_or_unreadable_cell_gives_no_number_and_an_unverifiable_check(tmp_path: Path) -> None:
    """A component cell printed blank and one printed as a smudge of marks: neither yields a number (no
    value is made up: not 0, not a digit guessed from the smudge), and the row totals that need them are
    unverifiable, neither passed nor failed; the row beside them is still checked."""
    from parscan.pipeline.options import ExtractOptions
    from parscan.pipeline.run import extract
    from parscan.scoring.audit import audit_documents
    from samples.generator.report import build_report
    from samples.generator.spec import TableBlock

    spec = build_report(1, n_departments=8, n_districts=5)
    block = next(b for b in spec.blocks if isinstance(b, TableBlock))
    blank, smudged, clean = block.rows[2], block.rows[3], block.rows[1]
    blank[2], smudged[2] = "", "■■■"
    doc = extract(render_scan(spec, tmp_path / "cells.pdf"), ExtractOptions(pages=[1]))
    table = doc.tables[0]
    for name in (blank[1], smudged[1]):
        (row,) = [c.row for c in table.cells if c.col == 1 and c.text == name]
        (cell,) = [c for c in table.cells if c.row == row and c.col == 2]
        assert cell.value is None and cell.kind == "score" and cell.ocr_doubt, cell
    doc = audit_documents([doc], "hanam-2022")[0]
    totals = {c.unit: c.status for c in doc.checks if c.check == "row_total"}
    assert totals[blank[1]] == totals[smudged[1]] == "unverifiable"
    assert totals[clean[1]] == "pass"


def render_scan(spec, path: Path) -> Path:
    from samples.generator.render import render

    return render(spec, path, profile="scan", seed=spec.seed, dpi=250)
