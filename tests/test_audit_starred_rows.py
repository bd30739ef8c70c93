"""Rows of units assessed on a reduced scale (a component printed "X", the total starred "55,97*": some
criteria do not apply to them, so their index is total / their own maximum, not / the general one).

Built from the sample generator's reports (several seeds, both sizes), never from one document's wording:
a consistent starred row is never an error (its index check passes on a known reduced maximum, or is
unverifiable when neither the document nor the methodology gives one), and the same row with a wrong
index is an error wherever the maximum is known (the document's star footnote, the methodology's unit
scales).  The Hà Nam 2022 seed's wrong Thanh tra index stays an error (tests/test_scoring_seeds.py)."""

from __future__ import annotations


import pytest

from parscan.extractors.context import footnote_max_points
from parscan.schemas import Match, ParscanDocument, RankingRow, Source
from parscan.schemas.ocr import Line
from parscan.schemas.document import Page
from parscan.scoring.audit import audit_documents

generator = pytest.importorskip("samples.generator.report")
from samples.generator.numbers import fmt  # noqa: E402
from samples.generator.render import render_text  # noqa: E402

SEEDS = [3, 8, 21]
SIZES = [(None, None), (6, 4)]


def _spec(seed: int, size: tuple[int | None, int | None]):
    return generator.build_report(seed, n_departments=size[0], n_districts=size[1])


def _starred(spec) -> list[dict]:
    rows = [r for r in spec.rankings if "*" in r["marks"]]
    assert rows, "the generator drew no starred unit"
    return rows


def _records(spec, marks: tuple[str, ...], wrong: str | None = None) -> ParscanDocument:
    """The table's rows as printed (no max column; `marks` as read, "*" may be lost by OCR); `wrong` names
    a unit whose printed index is off by 0,45."""
    doc = ParscanDocument(source=Source(path=f"gen{spec.seed}", sha256="0" * 64, kind="text", page_count=1))
    for r in spec.rankings:
        index = r["index_pct"] + (0.45 if r["unit"] == wrong else 0)
        doc.rankings.append(RankingRow(
            group=r["group"], rank=r["rank"], unit=Match(printed=r["unit"]),
            components={"appraisal": r["components"]["appraisal"], "survey": r["components"]["survey"]},
            total=r["total"], index_pct=round(index, 2), marks=list(marks) if r["marks"] else [],
        ))
    return doc


def _index_checks(doc: ParscanDocument, units: list[str]) -> dict[str, str]:
    return {c.unit: (c.status if c.status != "unverifiable" else c.reason) for c in doc.checks
            if c.check == "index" and c.unit in units}


def _errors(doc: ParscanDocument) -> list[tuple[str, str | None]]:
    return [(f.check, f.unit) for f in doc.findings if f.severity == "error"]


@pytest.mark.parametrize("marks", [("*", "X"), ("X",)], ids=["star", "star-lost"])
@pytest.mark.parametrize("size", SIZES, ids=["full", "small"])
@pytest.mark.parametrize("seed", SEEDS)
def test_consistent_starred_rows_are_no_error(seed, size, marks):
    spec = _spec(seed, size)
    units = [r["unit"] for r in _starred(spec)]
    generic = audit_documents([_records(spec, marks)], "generic")[0]  # no reduced maximum known
    assert _errors(generic) == []
    assert _index_checks(generic, units) == {u: "unknown_reduced_max" for u in units}
    hanam = audit_documents([_records(spec, marks)], "hanam-2022")[0]  # the methodology's 60-point units
    assert _errors(hanam) == []
    assert _index_checks(hanam, units) == {u: "pass" for u in units}


@pytest.mark.parametrize("marks", [("*", "X"), ("X",)], ids=["star", "star-lost"])
@pytest.mark.parametrize("seed", SEEDS)
def test_wrong_index_on_a_starred_row(seed, marks):
    spec = _spec(seed, (None, None))
    unit = _starred(spec)[0]["unit"]
    hanam = audit_documents([_records(spec, marks, wrong=unit)], "hanam-2022")[0]
    assert _errors(hanam) == [("index", unit)]
    generic = audit_documents([_records(spec, marks, wrong=unit)], "generic")[0]
    assert _errors(generic) == [] and _index_checks(generic, [unit]) == {unit: "unknown_reduced_max"}


def _text(spec, *, footnote: bool = True, wrong: str | None = None) -> str:
    """The report as text; without the star's footnote (a scan of the table's page alone), or with `wrong`'s
    printed index off by 0,45 on its table line."""
    lines = render_text(spec).split("\n")
    if not footnote:
        start = next(i for i, line in enumerate(lines) if line.startswith("(*)"))
        del lines[start:start + 2]
    if wrong is not None:
        row = next(r for r in spec.rankings if r["unit"] == wrong)
        at = next(i for i, line in enumerate(lines) if wrong in line and fmt(row["index_pct"]) in line)
        lines[at] = lines[at].replace(f" {fmt(row['index_pct'])} ", f" {fmt(row['index_pct'] + 0.45)} ")
    return "\n".join(lines)


@pytest.mark.parametrize("seed", SEEDS)
def test_the_star_footnote_gives_the_reduced_maximum_end_to_end(tmp_path, seed):
    from parscan.pipeline.run import extract

    spec = _spec(seed, (None, None))
    units = [r["unit"] for r in _starred(spec)]

    def audit(text: str) -> ParscanDocument:
        path = tmp_path / "report.txt"
        path.write_text(text, encoding="utf-8")
        return audit_documents([extract(path)], "generic")[0]

    table_checks = ("row_total", "total_max", "index", "rank_order", "class_band")
    consistent = audit(_text(spec))
    assert [e for e in _errors(consistent) if e[0] in table_checks] == []
    assert set(_index_checks(consistent, units).values()) == {"pass"}
    assert ("index", units[0]) in _errors(audit(_text(spec, wrong=units[0])))
    no_footnote = audit(_text(spec, footnote=False))
    assert [e for e in _errors(no_footnote) if e[0] in table_checks] == []
    assert set(_index_checks(no_footnote, units).values()) == {"unknown_reduced_max"}


def _page(*texts: str) -> ParscanDocument:
    doc = ParscanDocument(source=Source(path="p", sha256="0" * 64, kind="text", page_count=1))
    doc.pages.append(Page(number=1, origin="text_file", lines=[Line(text=t) for t in texts]))
    return doc


@pytest.mark.parametrize("lines,expected", [
    (["(*) Thang điểm tối đa: 60 điểm (không có thủ tục hành chính để khảo sát)."], 60),
    (["(*) Đơn vị không chấm điểm tiêu chí khảo sát sự hài lòng, điểm tối đa", "là 62,5 điểm."], 62.5),
    (["* Chỉ số CCHC của các đơn vị này = Điểm đạt được × 100/80."], 80),
    (["~ (*) Thang diém tôi đa là 60 diém."], 60),  # OCR's edge noise and letters
    (["(*) Đơn vị mới thành lập, chưa đánh giá tiêu chí 2.3 (điểm tối đa 2 điểm)."], None),
    (["Thang điểm tối đa: 60 điểm"], None),  # not a footnote to a star
])
def test_footnote_maximum(lines, expected):
    assert footnote_max_points(_page("Bảng 1", *lines, "Trên đây là báo cáo")) == expected
