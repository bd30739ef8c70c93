"""One wrong figure, one accusation: a national report (text) with the 63 provinces' table and prose that restates
it; a figure misquoted in the prose is reported once, against the table, and the relations between statements
that fail only because of it (the sum of the groups, a stated gap between stated extremes, a change from a stated
average) name that cause instead of accusing the figures that are right."""

from __future__ import annotations

import random
import statistics
from pathlib import Path

import pytest

from parscan.pipeline.run import extract
from parscan.registries.national import national_units
from parscan.scoring.audit import audit_documents


def _n(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _report() -> tuple[str, dict[str, str]]:
    rng = random.Random(7)
    names = [u.name for u in national_units("provinces") if u.valid_in(2022)]
    rng.shuffle(names)
    values = sorted(rng.sample(range(7650, 9350), len(names)), reverse=True)
    values = [v / 100 for v in values]
    mean = round(statistics.mean(values), 2)
    figures = {"mean": _n(mean), "last_year": _n(round(mean - 1.12, 2)), "high": _n(values[0]), "low": _n(values[-1]),
               "gap": _n(round(values[0] - values[-1], 2)), "a": str(sum(v >= 90 for v in values)),
               "b": str(sum(80 <= v < 90 for v in values)), "c": str(sum(v < 80 for v in values))}
    prose = (f"Năm 2022, Chỉ số CCHC bình quân của 63 tỉnh, thành phố đạt {figures['mean']}%, tăng 1,12% so với năm "
             f"2021 ({figures['last_year']}%). {names[0]} đứng đầu với {figures['high']}%, {names[-1]} xếp cuối với "
             f"{figures['low']}%; khoảng cách giữa hai địa phương là {figures['gap']}%.\n"
             f"Nhóm A (từ 90% trở lên) có {figures['a']} tỉnh, thành phố; nhóm B (từ 80% đến dưới 90%) có "
             f"{figures['b']}; nhóm C (dưới 80%) có {figures['c']}.")
    table = ["Phụ lục. Chỉ số CCHC năm 2022 của các tỉnh, thành phố trực thuộc Trung ương",
             "STT Tỉnh, thành phố Chỉ số CCHC (%) Thứ hạng"]
    table += [f"{i} {name} {_n(v)} {i}" for i, (name, v) in enumerate(zip(names, values), 1)]
    head = ["BỘ NỘI VỤ", "", "BÁO CÁO", "Kết quả Chỉ số cải cách hành chính năm 2022 của các tỉnh, thành phố trực "
            "thuộc Trung ương", ""]
    return "\n".join(head + [prose, ""] + table) + "\n", figures


def _audit(tmp_path: Path, text: str):
    path = tmp_path / "national.txt"
    path.write_text(text, encoding="utf-8")
    doc = extract(path)
    audit_documents([doc])
    return doc


def _errors(doc) -> list:
    return [f for f in doc.findings if f.severity == "error"]


def test_the_consistent_report_is_checked_and_accuses_nothing(tmp_path):
    text, _ = _report()
    doc = _audit(tmp_path, text)
    assert _errors(doc) == []
    passed = {c.check for c in doc.checks if c.status == "pass"}
    assert {"claim_average", "claim_delta", "claim_gap", "claim_sum", "claim_lowest", "claim_count"} <= passed


@pytest.mark.parametrize("role, accused_check, follows", [
    ("mean", "claim_average", True),  # the change from it would fail too
    ("low", "claim_lowest", True),  # the gap between the extremes would fail too
    ("gap", "claim_gap", False),  # checked once, against the stated extremes (which the table confirms)
    ("b", "claim_count", True),  # the groups' sum, and the count of a range holding the group, would fail too
])
def test_a_misquoted_figure_is_accused_once_and_names_the_cause_of_what_follows(tmp_path, role, accused_check,
                                                                                 follows):
    text, figures = _report()
    right = figures[role]
    wrong = str(int(right) + 1) if role in ("a", "b", "c") else _n(float(right.replace(",", ".")) + 0.3)
    marker = f"có {right};" if role == "b" else f"{right}%"
    assert text.count(marker) == 1
    doc = _audit(tmp_path, text.replace(marker, marker.replace(right, wrong)))
    errors = _errors(doc)
    assert [f.check for f in errors] == [accused_check], [f.message_en for f in errors]
    derived = [c for c in doc.checks if c.reason == "derived_from_misquote"]
    assert bool(derived) == follows and all(c.status == "unverifiable" for c in derived)
    # the one accusation names the misquoted figure, and the figures that are right are accused nowhere
    assert errors[0].published == float(wrong.replace(",", "."))
    notes = [f for f in doc.findings if f.severity == "info" and "already reported wrong" in f.message_en]
    cause = f"{float(wrong.replace(',', '.')):g}"  # the misquoted figure, named as the cause
    assert len(notes) == len(derived) and all(f"wrong against the table: {cause}" in f.message_en for f in notes)


def test_another_index_s_figures_beside_a_par_table_are_never_checked_against_it(tmp_path):
    """A PCI leader, a PAPI average, a SIPAS average in a PAR report: none of them is the PAR table's, so none is
    accused by it; each is in the ledger as another index's figure."""
    text, _ = _report()
    prose = ("Theo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Bình Dương đứng đầu với 72,45 điểm. Chỉ số PAPI bình "
             "quân là 43,20 điểm. Chỉ số SIPAS trung bình đạt 80,21%.\n")
    doc = _audit(tmp_path, text.replace("Phụ lục.", prose + "\nPhụ lục.", 1))
    assert _errors(doc) == []
    other = {float(c.published) for c in doc.checks if c.reason == "other_index"}
    assert {72.45, 43.2, 80.21} <= other
