"""Methodology files: valid, internally consistent, selected from metadata; bands and compound rules."""

from __future__ import annotations

from decimal import Decimal

import pytest

from parscan.errors import BadInputError
from parscan.schemas import DocumentMeta, ParscanDocument, Source
from parscan.scoring.methodology import available_methodologies, load_methodology, select_methodology
from parscan.scoring.numeric import agreement, round_to


@pytest.mark.parametrize("mid", available_methodologies())
def test_methodology_trees_add_up(mid):
    meth = load_methodology(mid)
    for cset in meth.criteria_sets:
        for code, (node, _) in cset.nodes().items():
            kids = [c.max_points for c in node.children]
            if node.max_points is not None and kids and all(k is not None for k in kids):
                assert sum(kids) == node.max_points, (mid, code)


def test_shipped_set():
    assert {"generic", "hanam-2022", "haiduong-2019", "daklak-2020", "hatinh-2022", "haiphong-2020",
            "vn-provincial-2017", "vn-provincial-2022"} <= set(available_methodologies())
    assert load_methodology("vn-provincial-2017").criteria_sets[0].parts == {"appraisal": Decimal("66.5"),
                                                                           "survey": Decimal("33.5")}


def _doc(issuer, date=None, year=None):
    return ParscanDocument(source=Source(path="x", sha256="0" * 64, kind="text", page_count=1),
                           document=DocumentMeta(issuer=issuer, date=date, year_assessed=year))


@pytest.mark.parametrize("issuer,date,year,expected", [
    ("UBND tỉnh Hải Dương", "2020-03", 2019, "haiduong-2019"),
    ("UBND tỉnh Đắk Lắk", "2020-08-19", None, "daklak-2020"),
    ("UBND tinh Ha Tinh", "2022-12-04", 2022, "hatinh-2022"),
    ("UBND thành phố Hải Phòng", "2020-10-03", 2020, "haiphong-2020"),
    ("UBND tỉnh Lào Cai", "2021-01-01", 2020, "generic"),
])
def test_auto_selection(issuer, date, year, expected):
    assert select_methodology(_doc(issuer, date, year)).id == expected


def test_unknown_methodology_is_bad_input():
    with pytest.raises(BadInputError):
        load_methodology("no-such-province")


def test_hanam_bands_edges():
    bands = load_methodology("hanam-2022").classifications[0]
    got = {v: bands.classify(Decimal(v)).name for v in ("95", "94.99", "85", "84.99", "75", "70", "69.99")}
    assert got == {"95": "Xuất sắc", "94.99": "Tốt", "85": "Tốt", "84.99": "Khá", "75": "Khá", "70": "Trung bình",
                   "69.99": "Yếu"}


def test_haiduong_compound_rule():
    head = next(c for c in load_methodology("haiduong-2019").classifications if c.id == "nguoi-dung-dau")
    assert head.classify(Decimal("92"), [Decimal("85"), Decimal("80")]).name == "Hoàn thành xuất sắc nhiệm vụ"
    assert head.classify(Decimal("92"), [Decimal("85"), Decimal("79")]).name == "Hoàn thành tốt nhiệm vụ"
    assert head.classify(Decimal("90"), [Decimal("95")]).name == "Hoàn thành tốt nhiệm vụ"  # "trên 90 %"
    assert head.classify(Decimal("85"), [Decimal("60")]).name == "Hoàn thành nhiệm vụ"
    assert head.classify(Decimal("70"), [Decimal("40")]).name == "Không hoàn thành nhiệm vụ"
    assert head.classify(Decimal("92"), None) is None  # undecidable without field indices


def test_rounding_half_up_with_decimals():
    exact = Decimal("56.75") / 60 * 100  # 94.58333
    assert round_to(exact, 2) == Decimal("94.58")
    assert round_to(Decimal("89.595"), 2) == Decimal("89.60")
    assert agreement(Decimal("89.60"), Decimal("89.595"), 2) == "rounding"
    assert agreement(Decimal("89.59"), Decimal("89.595"), 2) == "other_rounding"
    assert agreement(Decimal("89.70"), Decimal("89.595"), 2) == "no"


@pytest.mark.parametrize("province,year", [("Hải Dương", 2019), ("Đắk Lắk", 2020)])
def test_parts_the_document_states_override_a_methodology_that_says_otherwise(tmp_path, province, year):
    """A generated report states its own scale (appraisal 90 + survey 10) while the province's methodology
    for that year splits 100 otherwise: its rows are checked against the document's maxima, with one
    warning that the methodology may not apply - not one 'exceeds the maximum' error per row.  The same
    report with an appraisal printed past the document's own maximum is an error on that row."""
    generator = pytest.importorskip("samples.generator.report")
    from samples.generator.numbers import fmt
    from samples.generator.render import render_text

    from parscan.pipeline.run import extract
    from parscan.scoring.audit import audit_documents

    spec = generator.build_report(1, province=province, year=year)
    text = render_text(spec)

    def audit(text: str, methodology: str | None = None) -> ParscanDocument:
        path = tmp_path / "report.txt"
        path.write_text(text, encoding="utf-8")
        return audit_documents([extract(path)], methodology)[0]

    consistent = audit(text)
    assert consistent.findings and select_methodology(consistent).id != "generic"
    assert [f.check for f in consistent.findings if f.severity == "error"] == []
    assert [c.reason for c in consistent.checks if c.check == "component_max"] == ["methodology_differs"]
    generic = audit(text, "generic")  # sets no parts: nothing to differ from, the document's are used silently
    assert [c for c in generic.checks if c.check == "component_max"] == [] and not generic.findings
    row = next(r for r in spec.rankings if r["components"]["survey"] is not None)
    printed = f"{row['unit']} {fmt(row['components']['appraisal'])} "
    assert printed in text
    for methodology in (None, "generic"):
        wrong = audit(text.replace(printed, f"{row['unit']} 91,25 "), methodology)  # past the document's 90
        assert ("component_max", row["unit"].lower()) in {(f.check, (f.unit or "").lower())
                                                         for f in wrong.findings if f.severity == "error"}
