"""Audit across documents (issue 12): identity, each cross-document check passing and failing on generated
archives, `audit --db` against auditing the files one by one, the export's series table."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parscan.cli import app
from parscan.exporters.series import SERIES_COLUMNS
from parscan.pipeline.run import extract
from parscan.schemas.document import ParscanDocument, Source
from parscan.schemas.geometry import Evidence
from parscan.schemas.records import Claim, DocumentMeta
from parscan.scoring.archive_audit import audit_archive
from parscan.scoring.audit import audit_documents
from parscan.scoring.identity import classify_unit, identify
from samples.generator.archive import FAULT_SCOPES, build_archive, fault_cases

SEED = 7
YEARS = (2021, 2022, 2023)
SMALL = {"n_provinces": 14, "n_reports": 2, "years": YEARS}


def _extract_all(spec, folder: Path, cache: dict[str, ParscanDocument] | None = None) -> list[ParscanDocument]:
    docs = []
    for path in spec.write(folder):
        text = path.read_text(encoding="utf-8")
        if cache is not None and text in cache:
            doc = cache[text].model_copy(deep=True)
        else:
            doc = extract(path)
            if cache is not None:
                cache[text] = doc.model_copy(deep=True)
        docs.append(doc)
    return [audit_documents([d])[0] for d in docs]  # each alone, as `parscan audit FILE` would


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, ParscanDocument]:
    """Extraction of every distinct document text, shared by the clean archive and the faulty copies."""
    return {}


@pytest.fixture(scope="module")
def clean(tmp_path_factory, extracted):
    spec = build_archive(SEED, None, **SMALL)
    docs = _extract_all(spec, tmp_path_factory.mktemp("clean"), extracted)
    return spec, docs, audit_archive(docs)


def test_identity_year_assessed_not_published(clean):
    spec, docs, _ = clean
    national = next(d for d in docs if d.source.path.endswith("national_2022.txt"))
    ident = identify(national)
    assert (ident.year_assessed, ident.year_published, ident.year_source) == (2022, 2023, "title")
    assert ident.issuer_level == "national" and ident.authority and ident.scopes[0] == "provinces"
    report = next(d for d in docs if d.source.path.endswith("_2022.txt") and "national" not in d.source.path)
    rid = identify(report)
    assert rid.issuer_level == "provincial" and not rid.authority and rid.year_assessed == 2022
    assert rid.province == spec.doc(Path(report.source.path).name).province.replace("TP. ", "")  # type: ignore[union-attr]


def test_identity_year_from_date_when_the_title_has_none():
    doc = ParscanDocument(source=Source(path="x.txt", sha256="0" * 64, kind="text", page_count=1),
                          text="BỘ NỘI VỤ\nSố: 12/BC-BNV\nHà Nội, ngày 02 tháng 3 năm 2023\nBÁO CÁO\nKết quả công bố",
                          document=DocumentMeta(date="2023-03-02", kind="Báo cáo"))
    ident = identify(doc)
    assert (ident.year_assessed, ident.year_published, ident.year_source) == (2022, 2023, "date-1")
    assert ident.issuer == "Bộ Nội vụ" and ident.issuer_level == "national"


def test_identity_of_a_press_article_naming_the_ministry_first():
    doc = ParscanDocument(source=Source(path="x.txt", sha256="0" * 64, kind="text", page_count=1),
                          text="Bộ Nội vụ công bố Chỉ số CCHC năm 2022 của các tỉnh, thành phố\nTheo đó, Hà Nam đạt 88,10%",
                          document=DocumentMeta())
    ident = identify(doc)
    assert (ident.issuer, ident.issuer_level, ident.authority) == (None, "unknown", False)


def test_unit_classification():
    assert classify_unit("TP. Hồ Chí Minh")[0] == "provinces"
    assert classify_unit("Bộ Tư pháp")[0] == "ministries"
    assert classify_unit("Sở Tư pháp")[0] == "departments"
    assert classify_unit("Thành phố Phủ Lý")[0] == "districts"
    assert classify_unit("Thanh tra Chính phủ")[0] == classify_unit("Văn phòng Chính phủ")[0] == "ministries"


def test_consistent_archive_every_cross_check_passes(clean):
    _, docs, archive = clean
    assert [f for d in docs for f in d.findings if f.severity == "error"] == []
    assert [f for f in archive.findings if f.severity == "error"] == []
    for scope in FAULT_SCOPES:  # national announcements (provinces, ministries) and a province's own rankings
        passed = {c.check for c in archive.checks if c.status == "pass" and c.scope == scope}
        assert {"archive_quote", "archive_delta", "archive_rank_move", "archive_count"} <= passed, scope
    assert archive.coverage.wrong == 0 and archive.coverage.correct > 20
    for check in archive.checks:
        if check.status == "pass":
            assert len({ev.sha256 for ev in check.evidence}) >= 2  # both documents cited


@pytest.mark.parametrize(("fault", "scope"), fault_cases())
def test_planted_fault_found_citing_both_documents(fault, scope, tmp_path, extracted):
    spec = build_archive(SEED, fault, scope=scope, **SMALL)
    docs = _extract_all(spec, tmp_path, extracted)
    assert [f for d in docs for f in d.findings if f.severity == "error"] == []  # no document alone shows it
    archive = audit_archive(docs)
    errors = [f for f in archive.findings if f.severity == "error"]
    (truth,) = spec.faults
    assert len(errors) == 1, [e.message_en for e in errors]
    (err,) = errors
    assert err.check == truth["check"]
    if truth["unit"]:
        assert err.unit and classify_unit(err.unit)[1] == classify_unit(truth["unit"])[1]
    cited = {Path(ev.path).name for ev in err.evidence}
    assert set(truth["documents"][:2]) <= cited
    roles = {Path(ev.path).name: ev.role for ev in err.evidence}
    assert roles[truth["documents"][1]] == "publication"
    assert roles[truth["documents"][0]] == "quote"  # about another year than the one it publishes
    assert all(ev.sha256 and ev.page for ev in err.evidence)


def test_misquote_with_the_whole_digits_swapped_is_read_and_found(tmp_path, extracted):
    """86,25 quoted as 68,25 - or 82,81 as 28,81, a figure no index reaches: still read as the unit's index."""
    spec = build_archive(SEED, "misquote", scope="ministries", swap=0, **SMALL)
    (truth,) = spec.faults
    quoted = truth["stated"]
    assert float(quoted.replace(",", ".")) < 40  # this seed's quote: the first two digits swapped
    docs = _extract_all(spec, tmp_path, extracted)
    errors = [f for f in audit_archive(docs).findings if f.severity == "error"]
    assert [(e.check, e.published) for e in errors] == [("archive_quote", float(quoted.replace(",", ".")))]


def test_a_low_percentage_is_a_units_index_only_where_the_sentence_says_so(tmp_path):
    spec = build_archive(SEED, None, **SMALL)
    report = next(d for d in spec.documents if d.kind == "ministry" and d.year == YEARS[-1])
    sentence = next(line for line in report.text.splitlines() if "đạt" in line and "%" in line)
    value = sentence.split("đạt ")[1].split("%")[0]
    low = report.text.replace(f"đạt {value}%", "đạt 18,20%", 1)
    component = low.replace("Chỉ số CCHC của", "Chỉ số thành phần Cải cách thủ tục hành chính của", 1)
    change = low.replace("Chỉ số CCHC của", "mức tăng Chỉ số CCHC của", 1).replace("đạt 18,20%", "là 18,20%", 1)
    read = {}
    for name, text in (("low", low), ("component", component), ("change", change)):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        read[name] = [(c.kind, c.subject) for c in extract(path).claims if c.value == 18.2]
    assert read["low"] == [("value", report.unit)]
    assert read["component"] == [] and all(kind != "value" for kind, _ in read["change"])


def test_identity_of_a_ministry_and_a_district_reporting_on_themselves(clean):
    spec, docs, _ = clean
    ministry = next(d for d in docs if spec.doc(Path(d.source.path).name).kind == "ministry")
    ident = identify(ministry)
    assert (ident.issuer, ident.issuer_level, ident.scopes[0]) == (spec.doc(Path(ministry.source.path).name).unit,
                                                                   "unit", "ministries")
    district = next(d for d in docs if spec.doc(Path(d.source.path).name).kind == "district")
    ident = identify(district)  # dated from its own town, whose name is close to another province's
    assert (ident.province, ident.issuer_level) == (spec.doc(Path(district.source.path).name).province, "unit")


def test_a_quote_is_checked_against_the_document_it_cites(clean):
    """A department's report cites the province's decision; a plan cites the national report: the check names
    that document (cited), and a quote of a quote that is itself wrong is the cited document's fault only."""
    _, _, archive = clean
    quotes = [c for c in archive.checks if c.check == "archive_quote" and c.status == "pass"]
    cited = [c for c in quotes if c.evidence[1].cited]
    assert {c.scope for c in cited} == set(FAULT_SCOPES)
    assert any("_plan_" in Path(c.evidence[0].path).name for c in cited)  # a plan's previous-year scores
    ev = Evidence(page=1, text="…")

    def doc(name: str, head: str, number: str, value: float) -> ParscanDocument:
        return ParscanDocument(
            source=Source(path=name, sha256=name.ljust(64, "0"), kind="text", page_count=1),
            text=f"{head}\nSố: {number}\nChỉ số CCHC năm 2022", document=DocumentMeta(number_symbol=number),
            claims=[Claim(kind="value", subject="Hà Nam", value=value, unit="%", year=2022, scope="provinces",
                          evidence=ev)])

    publication = doc("bnv.txt", "BỘ NỘI VỤ", "1/BC-BNV", 81.37)
    report = doc("hanam.txt", "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM", "12/BC-UBND", 81.73)
    press = doc("press.txt", "BÁO HÀ NAM", "5/TB", 81.73)
    press.text += "\nTheo Báo cáo số 12/BC-UBND của UBND tỉnh Hà Nam"
    result = audit_archive([publication, report, press])
    assert [(f.severity, f.evidence[0].path, f.evidence[1].path) for f in result.findings] == [
        ("error", "hanam.txt", "bnv.txt")]
    (from_press,) = [c for c in result.checks if c.evidence[0].path == "press.txt"]
    assert (from_press.status, from_press.evidence[1].path, from_press.evidence[1].cited) == ("pass", "hanam.txt", True)


def _doc(name: str, year: int, claims: list[Claim]) -> ParscanDocument:
    return ParscanDocument(source=Source(path=name, sha256=name.ljust(64, "0"), kind="text", page_count=1),
                           text=f"BÁO CHÍ\nChỉ số CCHC năm {year}", claims=claims)


def test_two_quotes_disagreeing_without_a_publication_is_a_warning():
    ev = Evidence(page=1, text="…")
    a = _doc("a.txt", 2022, [Claim(kind="value", subject="Hà Nam", value=81.37, unit="%", year=2022,
                                   scope="provinces", evidence=ev)])
    b = _doc("b.txt", 2022, [Claim(kind="value", subject="tỉnh Hà Nam", value=81.73, unit="%", year=2022,
                                   scope="provinces", evidence=ev)])
    archive = audit_archive([a, b])
    assert [(f.check, f.severity) for f in archive.findings] == [("archive_quote", "warning")]
    moved = _doc("c.txt", 2022, [Claim(kind="rank_move", subject="Hà Nam", value=4, year=2022, scope="provinces",
                                       evidence=ev)])
    archive = audit_archive([moved])
    assert [(c.check, c.status, c.reason) for c in archive.checks] == [("archive_rank_move", "unverifiable",
                                                                        "no_document")]


def test_audit_db_equals_auditing_each_file(tmp_path):
    spec = build_archive(SEED, "rank_move", n_provinces=10, n_reports=1, years=(2022, 2023))
    paths = spec.write(tmp_path / "in")
    db = tmp_path / "a.sqlite"
    runner = CliRunner()
    result = runner.invoke(app, ["batch", str(tmp_path / "in"), "--db", str(db), "--workers", "1", "-q"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "db.json"
    result = runner.invoke(app, ["audit", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    by_sha = {d["sha256"]: d for d in report["documents"]}
    assert len(by_sha) == len(paths)
    for path in paths:
        one = tmp_path / f"{path.stem}.json"
        assert runner.invoke(app, ["audit", str(path), "-o", str(one)]).exit_code == 0
        (alone,) = json.loads(one.read_text(encoding="utf-8"))["documents"]
        stored = by_sha[alone["sha256"]]
        for key in ("findings", "checks", "coverage", "summary", "methodology"):
            assert stored[key] == alone[key], key
    errors = [f for f in report["archive"]["findings"] if f["severity"] == "error"]
    assert [f["check"] for f in errors] == ["archive_rank_move"]
    # the export's series table: one row per figure, long format
    exported = tmp_path / "csv"
    assert runner.invoke(app, ["export", "--db", str(db), "--format", "csv", "-o", str(exported)]).exit_code == 0
    with (exported / "series.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == SERIES_COLUMNS
    unit = next(d.province for d in spec.documents if d.kind == "provincial")
    key = classify_unit(unit)[1]
    published = [r for r in rows if r["unit_key"] == key and r["component"] == "index" and r["role"] == "publication"]
    assert sorted(r["year"] for r in published) == ["2022", "2023"]
    assert all(r["source_sha256"] and r["page"] == "1" for r in published)
    # the Markdown and HTML reports carry the archive section
    md, page = tmp_path / "r.md", tmp_path / "r.html"
    assert runner.invoke(app, ["audit", "--db", str(db), "-o", str(md)]).exit_code == 0
    assert runner.invoke(app, ["audit", "--db", str(db), "-o", str(page)]).exit_code == 0
    assert "Đối chiếu giữa các văn bản" in md.read_text(encoding="utf-8")
    assert "được dẫn chiếu" in md.read_text(encoding="utf-8")  # the document a quote cites is named as such
    assert "archive_rank_move" in page.read_text(encoding="utf-8")
