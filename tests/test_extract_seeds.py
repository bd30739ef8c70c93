"""Extractors on the five real seeds (raw OCR text, and the corrected gold lines) vs ../shared/dev."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rapidfuzz import fuzz

from parscan.exporters.tables import write_tables
from parscan.extractors import run_all
from parscan.normalizers.names import fold
from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.run import extract
from parscan.registries import match_unit

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
pytestmark = pytest.mark.skipif(not (SHARED / "seeds").exists(), reason="../shared seeds not present")
RAW = ExtractOptions(repair=False)


def _gold(name: str):
    return json.loads((SHARED / "dev" / name).read_text(encoding="utf-8"))


def _seed(prefix: str) -> Path:
    return next((SHARED / "seeds").glob(f"{prefix}_*.txt"))


def _gold_text_doc(prefix: str):
    """The seed with each line replaced by its corrected gold line: what a perfect repair gives."""
    path = _seed(prefix)
    doc = extract(path, ExtractOptions(repair=False, extract_records=False))
    gold = {i["line"]: i["gold"] for i in map(json.loads, (SHARED / "dev" / "lines.jsonl").read_text().splitlines())
            if i["doc"] == path.name}
    for number, line in enumerate(doc.pages[0].lines, start=1):
        if number in gold:
            line.text = gold[number] or ""
    return run_all(doc)


@pytest.fixture(scope="module", params=["raw", "gold_text"])
def hanam(request):
    return extract(_seed("003"), RAW) if request.param == "raw" else _gold_text_doc("003")


def test_hanam_ranking_all_rows_exact(hanam) -> None:
    gold = _gold("hanam_2022_ranking.json")
    got = {(r.group, r.rank): r for r in hanam.rankings}
    for group in gold["groups"]:
        kind = "districts" if "huyện" in group["group"] else "departments"
        for g in group["rows"]:
            r = got[(kind, g["rank"])]
            assert r.components["appraisal"] == g["appraisal_score"]
            assert r.components["survey"] == g["survey_score"]
            assert (r.total, r.index_pct, r.max_points) == (g["total_points"], g["index_2022_pct"], g["max_points"])
            assert r.unit.registry_id == match_unit(g["unit_name"], "ha_nam").registry_id is not None
            assert r.evidence.line_start == g["source_line"]
    assert len(hanam.rankings) == 25


def test_hanam_prose_claims(hanam) -> None:
    by_kind = {}
    for c in hanam.claims:
        by_kind.setdefault(c.kind, []).append(c)
    assert any(c.value == 89.6 and c.previous_value == 88.99 and c.previous_year == 2021 for c in by_kind["average"])
    assert any(c.value == 18.06 and c.previous_value == 18.4 for c in by_kind["gap"])
    assert any(c.subject == "Sở Thông tin và Truyền thông" and c.value == 95.39 for c in by_kind["highest"])
    group_a = next(c for c in by_kind["members"] if c.value == 2)
    assert group_a.members == ["Sở Thông tin và Truyền thông", "Sở Nội vụ"] and group_a.bounds == (95.0, None)
    assert any(c.value == -5.27 and c.subject == "huyện Lý Nhân" for c in by_kind["delta"])
    bands = {fold(c.subject)[:3]: c.bounds for c in by_kind["threshold"]}
    assert (85.0, 95.0) in bands.values() and (None, 70.0) in bands.values()
    assert {c.value for c in by_kind["survey_count"]} >= {2124.0, 984.0, 1140.0}


@pytest.mark.parametrize("mode", ["raw", "gold_text"])
def test_daklak_criteria_code_and_max(mode: str) -> None:
    doc = extract(_seed("002"), RAW) if mode == "raw" else _gold_text_doc("002")
    gold = _gold("daklak_2020_criteria.json")["rows"]
    got: dict = {}
    for r in doc.criteria:
        got.setdefault(r.code, r)
    exact = sum(1 for g in gold if g["code"] in got and got[g["code"]].max_points == g["max_points"])
    assert exact >= 0.95 * len(gold)
    # registry values are only used where the printed cell was read otherwise, and say so
    for r in doc.criteria:
        if r.max_points_source == "registry":
            assert any("registry" in w for w in r.warnings)
    total = next(r for r in doc.criteria if r.level == "total")
    assert (total.max_points, total.values["score_2019"], total.values["target_2020"]) == (100, 79.53, 92.81)


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_metadata(prefix: str) -> None:
    gold = {d["doc"]: d for d in _gold("docs.json")}[_seed(prefix).name]
    for doc in (extract(_seed(prefix), RAW), _gold_text_doc(prefix)):
        m = doc.document
        assert m.kind == gold["document_type"]
        assert m.number_symbol == gold["number_symbol"]
        assert m.date == gold["issue_date"]
        issuer = " - ".join(x for x in (m.issuer_parent, m.issuer) if x)
        want = gold["issuing_authority"].split("(")[0]
        assert fuzz.token_set_ratio(fold(issuer), fold(want)) >= 85, issuer
        name = (gold.get("signer") or {}).get("name")
        got = m.signer.name if m.signer else None
        assert (got is None) if name is None else fuzz.ratio(fold(got or ""), fold(name)) >= 85
        assert m.is_par_document is True
        assert m.year_assessed == gold["year_assessed"]


def test_hatinh_assignments() -> None:
    gold = _gold("hatinh_2022_assignments.json")["assignments"]
    for doc in (extract(_seed("001"), RAW), _gold_text_doc("001")):
        assert len(doc.assignments) == len(gold)
        for g, a in zip(gold, doc.assignments):
            assert fuzz.ratio(fold(a.agency.canonical or ""), fold(g["agency"])) >= 85
            assert [(s.code, s.excluding) for s in a.scope] == [(s["code"], s.get("except", [])) for s in g["scope"]]


def test_export_csv_and_xlsx(tmp_path: Path, hanam) -> None:
    import csv

    import openpyxl

    write_tables(hanam, tmp_path / "out.xlsx", "xlsx")
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert book.sheetnames[:4] == ["rankings", "criteria", "assignments", "claims"]
    assert book["rankings"].max_row == 26
    write_tables(hanam, tmp_path / "out.csv", "csv")
    rows = list(csv.DictReader((tmp_path / "out.csv").open(encoding="utf-8-sig")))
    assert sum(1 for r in rows if r["kind"] == "rankings") == 25
    assert any(r["kind"] == "claims" for r in rows)


def test_haiduong_group_lists() -> None:
    gold = _gold("haiduong_2019_groups.json")["index_groups"]["so_ban_nganh"]["groups"]
    doc = extract(_seed("000"), RAW)
    members = [c for c in doc.claims if c.kind == "members"]
    for group in gold:
        want_ids = {match_unit(u, "hai_duong").registry_id for u in group["units"]}
        candidates = [c for c in members if c.value == group["stated_count"] and len(c.members) == group["count_listed"]]
        claim = max(candidates, key=lambda c: len(want_ids & {match_unit(m, "hai_duong").registry_id for m in c.members}))
        for want, got in zip(group["units"], claim.members):
            assert match_unit(want, "hai_duong").registry_id == match_unit(got, "hai_duong").registry_id
    ballots = {c.value for c in doc.claims if c.kind == "survey_count"}
    assert {1580.0, 25.0, 472.0, 1083.0} <= ballots
