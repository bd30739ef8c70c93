"""The sample generator: determinism, internal consistency of clean specs, planted faults breaking exactly
their relation, and rendered PDFs that really are what the truth says (page count, upside-down page)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest

from parscan.normalizers.numbers import parse_number
from parscan.schemas.records import Claim
from samples.generator import (
    CRITERIA_FAULTS, REPORT_FAULTS, build_criteria_plan, build_letter, build_report, render, render_text,
    rollup_errors, scan_pages, truth_path,
)
from samples.generator.layout import font_path
from samples.generator.numbers import band_of, index_pct, round_half_up

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SEEDS = range(1, 13)


def violations(spec) -> set[tuple[str, str]]:
    """Every published relation of a ranking report that does not hold, as (check, unit or group).

    An independent oracle: recomputes from the printed figures, never from the generator's internals.
    """
    out: set[tuple[str, str]] = set()
    groups: dict[str, list[dict]] = {}
    for r in spec.rankings:
        groups.setdefault(r["group"], []).append(r)
        comp = r["components"]
        if Decimal(str(r["total"])) != Decimal(str(comp["appraisal"])) + Decimal(str(comp["survey"] or 0)):
            out.add(("row_total", r["unit"]))
        if index_pct(r["total"], r["max_points"]) != r["index_pct"]:
            out.add(("index", r["unit"]))
        if band_of(r["index_pct"]) != r["class"]:
            out.add(("class_band", r["unit"]))
    for group, rows in groups.items():
        rows = sorted(rows, key=lambda r: r["rank"])
        assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
        for a, b in zip(rows, rows[1:]):
            if a["index_pct"] < b["index_pct"]:
                out.add(("rank_order", a["unit"]))
        claims = [c for c in spec.claims if c["group"] == group]
        mean = round_half_up(sum(Decimal(str(r["index_pct"])) for r in rows) / len(rows), 2)
        for c in claims:
            if c["kind"] == "average" and c["value"] != mean:
                out.add(("claim_average", group))
            if c["kind"] == "delta":
                avg = next(x for x in claims if x["kind"] == "average")["value"]
                if round_half_up(Decimal(str(avg)) - Decimal(str(c["previous_value"])), 2) != c["value"]:
                    out.add(("claim_delta", group))
            best, worst = max(rows, key=lambda r: r["index_pct"]), min(rows, key=lambda r: r["index_pct"])
            if c["kind"] == "highest" and (c["members"], c["value"]) != ([best["unit"]], best["index_pct"]):
                out.add(("claim_highest", group))
            if c["kind"] == "lowest" and (c["members"], c["value"]) != ([worst["unit"]], worst["index_pct"]):
                out.add(("claim_lowest", group))
            if c["kind"] == "gap" and c["value"] != round_half_up(
                    Decimal(str(best["index_pct"])) - Decimal(str(worst["index_pct"])), 2):
                out.add(("claim_gap", group))
            in_band = [r["unit"] for r in rows if band_of(r["index_pct"]) == c["subject"]]
            if c["kind"] == "count" and c["value"] != len(in_band):
                out.add(("claim_count", group))
            if c["kind"] == "members" and sorted(c["members"]) != sorted(in_band):
                out.add(("claim_members", group))
    return out


def test_same_seed_same_truth():
    a, b = build_report(7, ("row_total", "claim_count")), build_report(7, ("row_total", "claim_count"))
    assert a.records() == b.records()
    assert render_text(a) == render_text(b)
    assert build_report(8).records() != a.records()
    assert build_criteria_plan(7).records() == build_criteria_plan(7).records()


@pytest.mark.parametrize("seed", SEEDS)
def test_clean_report_is_consistent(seed):
    spec = build_report(seed)
    assert spec.planted_faults == []
    assert violations(spec) == set()
    assert {r["max_points"] for r in spec.rankings} <= {60.0, 100.0}
    for r in spec.rankings:
        assert r["components"]["appraisal"] <= (60 if r["max_points"] == 60 else 90)
        assert (r["components"]["survey"] is None) == (r["max_points"] == 60)
    for c in spec.claims:
        Claim.model_validate(c)  # the truth speaks the pipeline's claim vocabulary
        assert c["text"]


@pytest.mark.parametrize("seed", SEEDS)
def test_printed_table_matches_rankings(seed):
    spec = build_report(seed, ("rank_order", "row_total"))
    rows = [r for r in spec.tables[0]["rows"] if len(r) == 7 and r[0]]
    assert len(rows) == len(spec.rankings)
    for printed, truth in zip(rows, spec.rankings):
        assert int(printed[0]) == truth["rank"] and printed[1] == truth["unit"]
        assert parse_number(printed[2]) == truth["components"]["appraisal"]
        assert parse_number(printed[4].rstrip("*")) == truth["total"]
        assert parse_number(printed[5]) == truth["index_pct"] and printed[6] == truth["class"]
        assert "," in printed[5]  # decimal comma


@pytest.mark.parametrize("check", REPORT_FAULTS)
@pytest.mark.parametrize("seed", [2, 5, 11])
def test_each_fault_breaks_exactly_its_relation(check, seed):
    spec = build_report(seed, (check,))
    [fault] = spec.planted_faults
    assert fault["check"] == check and fault["description"]
    found = violations(spec)
    assert {c for c, _ in found} == {check}, found
    key = fault["group"] if check.startswith("claim_") else fault["unit"]
    if check == "rank_order":
        key = fault["units"][0]
    assert found == {(check, key)}


def test_several_faults_at_once_are_all_recorded():
    spec = build_report(4, ("row_total", "index", "class_band"))
    assert {f["check"] for f in spec.planted_faults} == {"row_total", "index", "class_band"}
    assert {(f["check"], f["unit"]) for f in spec.planted_faults} == violations(spec)


def test_unknown_fault_is_refused():
    with pytest.raises(ValueError):
        build_report(1, ("no_such_check",))


@pytest.mark.parametrize("seed", SEEDS)
def test_criteria_tree_rolls_up_and_fault_breaks_one_parent(seed):
    clean = build_criteria_plan(seed)
    assert rollup_errors(clean.criteria) == []
    fields = [c for c in clean.criteria if c["level"] == "field"]
    assert sum(c["max_points"] for c in fields) == 100
    total = clean.criteria[-1]
    assert total["level"] == "total" and total["max_points"] == 100
    for row in clean.criteria:
        for value in row["values"].values():
            assert 0 <= value <= row["max_points"]
    faulty = build_criteria_plan(seed, CRITERIA_FAULTS)
    [fault] = faulty.planted_faults
    assert rollup_errors(faulty.criteria) == [(fault["code"], fault["column"])]


def test_render_text_is_the_truth_text():
    spec = build_report(3, province="Hà Nam", year=2022, n_departments=14, n_districts=6)
    text = render_text(spec)
    table_pages = spec.tables[0]["pages"]
    assert len(table_pages) >= 2 and text.count("\f") >= table_pages[-1] - 1
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Số: " in text
    first = text.split("\f")[0].splitlines()
    assert first.index("SỞ NỘI VỤ") < first.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")  # left block first
    header_line = [ln for ln in text.splitlines() if ln.startswith(("STT ", "Xếp hạng "))]
    assert len(header_line) == len(table_pages)  # header repeated on each continuation page


@pytest.mark.skipif("liberation2" not in str(font_path("regular")),
                    reason="committed samples were laid out with Liberation Serif 2 (apt: fonts-liberation2)")
def test_committed_demo_text_is_current():
    """The committed samples are regenerated by `python -m samples.generator --out samples/ --demo`."""
    spec = build_report(3, province="Hà Nam", year=2022, n_departments=14, n_districts=6)
    assert (SAMPLES / "demo_report.txt").read_text(encoding="utf-8") == render_text(spec)
    truth = json.loads((SAMPLES / "demo_report.truth.json").read_text(encoding="utf-8"))
    assert truth["rankings"] == json.loads(json.dumps(spec.rankings, ensure_ascii=False))
    assert [p["rotation"] for p in truth["pages"]] == [0, 180, 0]
    for pdf in SAMPLES.glob("*.pdf"):
        assert pdf.stat().st_size < 1_500_000


def _gray(page: pdfium.PdfPage, scale: float) -> np.ndarray:
    return np.asarray(page.render(scale=scale, grayscale=True).to_pil().convert("L"), dtype=np.float32)


def test_rendered_pdf_has_pages_truth_and_an_upside_down_page(tmp_path):
    spec = build_letter(5)
    pdf = render(spec, tmp_path / "letter.pdf", profile="scan", seed=9, dpi=200, rotations={1: 180})
    truth = json.loads(truth_path(pdf).read_text(encoding="utf-8"))
    assert [p["rotation"] for p in truth["pages"]] == [180] and truth["pages"][0]["dpi"] == 200
    assert 0.5 <= abs(truth["pages"][0]["skew"]) <= 2.0
    assert truth["text"] == "\n".join(truth["pages"][0]["lines"]) and truth["planted_faults"] == []
    doc = pdfium.PdfDocument(pdf)
    assert len(doc) == 1
    scanned = _gray(doc[0], 50 / 72)
    [upright] = scan_pages(spec, "scan", seed=9, dpi=200)  # same seed, not rotated
    small = np.asarray(upright.image.convert("L").resize(scanned.shape[::-1]), dtype=np.float32)
    ink = lambda a: a.mean() - a  # noqa: E731 -- darker than average
    same = float(np.corrcoef(ink(scanned).ravel(), ink(small[::-1, ::-1]).ravel())[0, 1])
    plain = float(np.corrcoef(ink(scanned).ravel(), ink(small).ravel())[0, 1])
    assert same > 0.8 and same > plain + 0.3


def test_profiles_degrade_in_order(tmp_path):
    spec = build_letter(2)
    noise = {}
    for profile in ("clean", "scan", "bad"):
        [page] = scan_pages(spec, profile, seed=1, dpi=200)
        a = np.asarray(page.image.convert("L"), dtype=np.float32)
        blank = a[40:140, 40:300]  # top-left margin: paper only
        noise[profile] = (float(blank.std()), float(255 - blank.mean()))
    assert noise["clean"][0] < noise["scan"][0] < noise["bad"][0]
    assert noise["clean"][1] < noise["scan"][1] < noise["bad"][1]
