"""Verify before accusing: a discrepancy that hangs on a low-confidence cell re-reads that cell from the scan.

A real scan from the sample generator (a report with a planted row_total fault, the fault printed on the
page), extracted by the real pipeline; then the cell the fault hangs on is made doubtful in the document:
- its confidence forced to 40 while its text is what is printed: the re-reading agrees, the error stands;
- its text changed by one digit (and the row's value with it), confidence 40: the re-reading disagrees, a
  warning that quotes both readings;
- the same report from text (no boxes, nothing to re-read): the low confidence is still a doubt (warning).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parscan.normalizers.numbers import parse_number
from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.run import extract
from parscan.schemas.document import ParscanDocument
from parscan.schemas.records import Cell, RankingRow
from parscan.scoring.audit import audit_documents
from parscan.scoring.reread import reread_cell
from parscan.scoring.unit_names import similarity

generator = pytest.importorskip("samples.generator")
METHOD = "hanam-2022"
SEED = 1  # row_total planted in 'Sở Xây dựng' (appraisal printed 75,09 instead of 74,00), on page 1, read cleanly


@pytest.fixture(scope="module")
def spec():
    return generator.build_report(SEED, faults=("row_total",), n_departments=8, n_districts=5)


@pytest.fixture(scope="module")
def scanned(spec, tmp_path_factory) -> ParscanDocument:
    path = tmp_path_factory.mktemp("reread") / "report.pdf"
    generator.render(spec, path, profile="scan")
    return extract(path, ExtractOptions(pages=[1]))  # the fault's row is on page 1; one page keeps it quick


def _fault_row(doc: ParscanDocument, spec) -> RankingRow:
    (fault,) = spec.planted_faults
    return next(r for r in doc.rankings if similarity(r.unit.printed, fault["unit"]) >= 80)


def _appraisal_cell(doc: ParscanDocument, row: RankingRow) -> Cell:
    table = next(t for t in doc.tables if t.id == row.table_id)
    box = row.evidence.box
    on_row = [c for c in table.cells if c.box and c.box.y0 < box.y1 and c.box.y1 > box.y0]
    return next(c for c in on_row if parse_number(c.text) == row.components["appraisal"])


def _row_total(doc: ParscanDocument, unit: str):
    return [f for f in doc.findings if f.check == "row_total" and f.unit and similarity(f.unit, unit) >= 80]


def test_fault_is_an_error_when_read_cleanly(scanned, spec):
    doc = audit_documents([scanned.model_copy(deep=True)], METHOD)[0]
    (finding,) = _row_total(doc, spec.planted_faults[0]["unit"])
    assert finding.severity == "error" and not finding.ocr_doubt


def test_low_confidence_cell_that_rereads_the_same_keeps_the_error(scanned, spec):
    doc = scanned.model_copy(deep=True)
    row = _fault_row(doc, spec)
    cell = _appraisal_cell(doc, row)
    assert cell.text == "75,09"  # what is printed (the planted wrong figure), read correctly
    cell.conf = 40.0
    readings = reread_cell(doc, cell)
    assert len(readings) >= 2 and {parse_number(r) for r in readings} == {75.09}, readings
    audit_documents([doc], METHOD)
    (finding,) = _row_total(doc, spec.planted_faults[0]["unit"])
    assert finding.severity == "error" and not finding.ocr_doubt, finding.message_en


def test_low_confidence_cell_that_rereads_differently_is_a_warning_with_both_readings(scanned, spec):
    doc = scanned.model_copy(deep=True)
    row = _fault_row(doc, spec)
    cell = _appraisal_cell(doc, row)
    cell.text, cell.conf = "75,06", 40.0  # one digit misread; the page says 75,09
    row.components["appraisal"] = 75.06
    audit_documents([doc], METHOD)
    (finding,) = _row_total(doc, spec.planted_faults[0]["unit"])
    assert finding.severity == "warning" and finding.ocr_doubt
    for message in (finding.message_vi, finding.message_en):
        assert "'75,06'" in message and "'75,09'" in message, message
    assert "(OCR)" in finding.message_vi and "OCR misreading" in finding.message_en


def test_without_pixels_low_confidence_stays_a_doubt(scanned, spec, tmp_path):
    # text input: no boxes, nothing to re-read
    path = tmp_path / "report.txt"
    path.write_text(generator.render_text(spec), encoding="utf-8")
    doc = extract(path)
    row = _fault_row(doc, spec)
    cell = next(c for t in doc.tables if t.id == row.table_id for c in t.cells if c.text == "75,09")
    cell.conf = 40.0
    assert reread_cell(doc, cell) == []
    audit_documents([doc], METHOD)
    (finding,) = _row_total(doc, spec.planted_faults[0]["unit"])
    assert finding.severity == "warning" and "'75,09' (conf 40)" in finding.message_en

    # a scan whose source file is gone (or changed) cannot be re-read either
    gone = scanned.model_copy(deep=True)
    gone.source.path = str(Path(tmp_path) / "moved-away.pdf")
    cell = _appraisal_cell(gone, _fault_row(gone, spec))
    cell.conf = 40.0
    assert reread_cell(gone, cell) == []
    audit_documents([gone], METHOD)
    (finding,) = _row_total(gone, spec.planted_faults[0]["unit"])
    assert finding.severity == "warning" and "'75,09' (conf 40)" in finding.message_en


def test_a_mid_confidence_cell_a_confirmed_total_disagrees_with_is_read_again(scanned, spec):
    """Confidence 60-90 is no doubt by itself, but when a row's printed total and index agree and one component
    makes the sum fail, that component is read again before accusing: a consistent row whose appraisal OCR
    misread by one digit (confidence 72) is a warning with both readings, not an error."""
    doc = scanned.model_copy(deep=True)
    fault = spec.planted_faults[0]["unit"]
    row = next(r for r in doc.rankings if r.components.get("survey") is not None and r.total == r.index_pct
               and similarity(r.unit.printed, fault) < 80)
    cell = _appraisal_cell(doc, row)
    printed = cell.text
    misread = printed[:-1] + str((int(printed[-1]) + 3) % 10)
    cell.text, cell.conf = misread, 72.0
    row.components["appraisal"] = parse_number(misread)
    audit_documents([doc], METHOD)
    (finding,) = _row_total(doc, row.unit.printed)
    assert finding.severity == "warning" and finding.ocr_doubt
    assert f"'{misread}'" in finding.message_vi and f"'{printed}'" in finding.message_vi


def test_a_mid_confidence_cell_that_rereads_the_same_keeps_the_error(scanned, spec):
    doc = scanned.model_copy(deep=True)
    cell = _appraisal_cell(doc, _fault_row(doc, spec))
    cell.conf = 72.0  # the planted wrong figure, read right: the second look agrees, the error stands
    audit_documents([doc], METHOD)
    (finding,) = _row_total(doc, spec.planted_faults[0]["unit"])
    assert finding.severity == "error" and not finding.ocr_doubt, finding.message_en


def test_a_misread_total_whose_second_reading_holds_keeps_the_printed_index(scanned, spec):
    """A 60-point row's total misread ('D1,12' for '51,12', confidence 42) with a second reading that makes
    the printed index hold: the row's own checks are warnings with both readings, and the index that ranks,
    classes and claims (lowest, gap, average) go on is the printed one, not 1,12/60 recomputed from the
    misread total (which made the row 'the lowest unit' and accused the prose that named the right one)."""
    from parscan.scoring.audit import audit_document

    doc = scanned.model_copy(deep=True)
    row = next(r for r in doc.rankings if "X" in r.marks and r.total is not None)  # a unit on 60 points
    cell = next(c for c in _row_cells(doc, row) if parse_number(c.text) == row.total)
    right = cell.text
    cell.text, cell.alt_text, cell.conf = "D" + right[1:], right, 42.0
    row.total = parse_number(right[1:])
    ctx, groups = audit_document(doc, METHOD)
    unit = next(u for g in groups for u in g.units if u.row is row)
    assert unit.index == unit.published_index
    mine = [f for f in ctx.findings if f.unit and similarity(f.unit, row.unit.printed) >= 80]
    assert mine and all(f.severity == "warning" and right in f.message_vi for f in mine)


def _row_cells(doc: ParscanDocument, row: RankingRow) -> list[Cell]:
    table = next(t for t in doc.tables if t.id == row.table_id)
    box = row.evidence.box
    return [c for c in table.cells if c.box and c.box.y0 < box.y1 and c.box.y1 > box.y0]
