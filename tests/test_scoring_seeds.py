"""The audit on the real seed documents' numbers (records built from the dev gold, see scoring_gold).

What the published Hà Nam 2022 report gets wrong or leaves unverifiable, found by reading the gold
and the seed text (seeds/003):
- the district section says Chỉ số CCHC "có xu hướng tăng điểm so với năm 2021" while its own average
  fell 0,43 điểm (91,13 -> 90,70)                                           -> claim_trend warning;
- Nhóm B (85 - <95) is said to have 14 units but the list as OCR'd has 10 names (a line of the
  scan is lost), so Ban QL các KCN, Y tế, GTVT, TN&MT cannot be found in it -> claim_members warnings;
- the 89,60 average holds only from the unrounded 60-point indices (89,595) - consistent, no error.
Everything else (row sums, the 60-point indices, ranks, bands, counts, highest/lowest, gaps,
deltas, survey averages and ballots 984 + 1 140 = 2 124) holds.
Đắk Lắk Phụ lục I: unreadable cells make roll-ups unverifiable -> warnings, never errors; with the
gold's reconstructed values every roll-up holds up to rounding of survey-based scores.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from parscan.schemas import Claim, ParscanDocument, Source
from parscan.scoring.audit import audit_documents

sys.path.insert(0, str(Path(__file__).parent))
from scoring_gold import daklak_document, hanam_document  # noqa: E402


@pytest.fixture(scope="module")
def dev(shared_dir: Path) -> Path:
    return shared_dir / "dev"


def _by(doc, severity):
    return sorted((f.check, f.unit or f.code) for f in doc.findings if f.severity == severity)


def test_hanam_2022_published_arithmetic_holds(dev):
    doc = audit_documents([hanam_document(dev)])[0]
    assert _by(doc, "error") == [("claim_average", "Các sở, ban, ngành")]  # 89,60 vs 89,59 from the printed indices
    assert ("claim_trend", "Các huyện, thị xã, thành phố") in _by(doc, "warning")
    lost = {u for c, u in _by(doc, "warning") if c == "claim_members"}
    assert lost == {"Ban Quản lý các KCN", "Sở Y tế", "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường"}
    assert all(f.ocr_doubt for f in doc.findings if f.check == "claim_members")


def test_hanam_methodology_is_selected_from_metadata(dev):
    from parscan.scoring.methodology import select_methodology

    assert select_methodology(hanam_document(dev)).id == "hanam-2022"


def test_hanam_wrong_figures_are_errors(dev):
    doc = hanam_document(dev)
    row = next(r for r in doc.rankings if r.unit.printed == "Sở Y tế")
    row.total = 90.45  # 81.25 + 9.29 = 90.54
    thanh_tra = next(r for r in doc.rankings if r.unit.printed == "Thanh tra")
    thanh_tra.index_pct = 93.57  # 56.25 / 60 = 93.75
    audit_documents([doc])
    errors = _by(doc, "error")
    assert ("row_total", "Sở Y tế") in errors and ("index", "Thanh tra") in errors


def test_hanam_ocr_doubt_downgrades_to_warning(dev):
    doc = hanam_document(dev)
    row = next(r for r in doc.rankings if r.unit.printed == "Sở Thông tin và Truyền thông")
    row.components["Điểm thẩm định"] = 8550.0  # "8550" as OCR'd, separator lost
    row.warnings.append("decimal separator restored in '8550'")
    audit_documents([doc])
    finding = next(f for f in doc.findings if f.check == "row_total")
    assert finding.severity == "warning" and finding.ocr_doubt
    assert not [f for f in doc.findings if f.severity == "error" and f.check in ("index", "rank_order")]


def test_daklak_garbled_rollups_are_warnings(dev):
    doc = audit_documents([daklak_document(dev)])[0]
    assert _by(doc, "error") == []
    warned = {code for check, code in _by(doc, "warning") if check == "criteria_rollup"}
    assert {"2.4", "4.1", "4.2", "6.3", "7.2", "total"} <= warned
    assert all(f.ocr_doubt for f in doc.findings if f.severity == "warning")


def test_daklak_readable_rollups_hold_up_to_rounding(dev):
    doc = audit_documents([daklak_document(dev, garbled=False)])[0]
    assert _by(doc, "error") == [] and _by(doc, "warning") == []
    assert {code for _, code in _by(doc, "info")} == {"2", "3", "4", "5", "6"}


def test_daklak_wrong_rollup_is_an_error(dev):
    doc = daklak_document(dev, garbled=False)
    row = next(r for r in doc.criteria if r.code == "3.2")
    row.values["score_2019"] = 2.25  # children of field 3 then add up to 12.72, printed 13.22
    audit_documents([doc])
    assert ("criteria_rollup", "3") in _by(doc, "error")


def test_haiduong_2019_ballot_blocks(dev):
    """Hải Dương 2019: 'Phiếu đánh giá cho các Sở' states 472 ballots; its groups add up to 502."""
    import json

    gold = json.loads((dev / "haiduong_2019_groups.json").read_text(encoding="utf-8"))
    doc = ParscanDocument(source=Source(path="000", sha256="0" * 64, kind="text", page_count=1))
    for block in gold["survey"]["blocks"]:
        doc.claims.append(Claim(kind="survey_count", subject=block["block"], value=block["stated_total"],
                                parts=[i["ballots"] for i in block["items"]]))
    doc.claims.append(Claim(kind="survey_count", subject="Tổng số phiếu", value=gold["survey"]["total_stated"],
                            parts=[b["stated_total"] for b in gold["survey"]["blocks"]]))
    audit_documents([doc], "haiduong-2019")
    assert _by(doc, "error") == [("survey_count", "Phiếu đánh giá cho các Sở, ban, ngành tỉnh")]


def test_cross_year_previous_value(dev):
    """A 2023 report's 'previous year' average is checked against the 2022 report itself."""
    doc2022 = hanam_document(dev)
    doc2023 = hanam_document(dev)
    doc2023.document.year_assessed = 2023
    doc2023.document.date = "2023-12-10"
    doc2023.claims = [Claim(kind="delta", subject="giá trị trung bình chỉ số CCHC của 19 đơn vị các sở", value=0.5,
                            previous_value=89.10, previous_year=2022, text="tăng 0,5 điểm so với năm 2022")]
    audit_documents([doc2022, doc2023], "hanam-2022")
    cross = [f for f in doc2023.findings if f.check == "claim_delta" and f.published == 89.10]
    assert cross and cross[0].expected == 89.60
