"""Report writers and the `parscan audit` command (exit codes, formats, bad input)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from parscan.cli import app
from parscan.scoring.audit import audit_documents
from parscan.scoring.report import write_report

sys.path.insert(0, str(Path(__file__).parent))
from scoring_gold import hanam_document  # noqa: E402


@pytest.fixture(scope="module")
def hanam_json(shared_dir: Path, tmp_path_factory) -> Path:
    doc = hanam_document(shared_dir / "dev")
    row = next(r for r in doc.rankings if r.unit.printed == "Sở Y tế")
    row.total = 90.45  # a planted error: 81.25 + 9.29 = 90.54
    path = tmp_path_factory.mktemp("audit") / "hanam.json"
    path.write_text(doc.model_dump_json(), encoding="utf-8")
    return path


def test_json_to_stdout_and_fail_on(hanam_json):
    runner = CliRunner()
    result = runner.invoke(app, ["audit", str(hanam_json)])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    findings = report["documents"][0]["findings"]
    assert report["documents"][0]["methodology"] == "hanam-2022"
    assert any(f["check"] == "row_total" and f["severity"] == "error" and f["unit"] == "Sở Y tế" for f in findings)
    assert runner.invoke(app, ["audit", str(hanam_json), "--fail-on", "error"]).exit_code == 3


def test_bad_inputs_exit_2(tmp_path, hanam_json):
    runner = CliRunner()
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": 1}')
    for args in (["audit", str(tmp_path / "missing.json")], ["audit", str(bad)],
                 ["audit", str(hanam_json), "--methodology", "atlantis-1999"],
                 ["audit", str(hanam_json), "--format", "pdf"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 2, args
        assert "Traceback" not in result.output


def test_markdown_and_html_reports(hanam_json, tmp_path):
    runner = CliRunner()
    assert runner.invoke(app, ["audit", str(hanam_json), "-o", str(tmp_path / "r.md")]).exit_code == 0
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert "`row_total`" in md and "Sở Y tế" in md
    assert runner.invoke(app, ["audit", str(hanam_json), "-o", str(tmp_path / "r.html")]).exit_code == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'class="num diff"' in page and "row_total" in page
    assert "http://" not in page and "https://" not in page  # self-contained


def test_text_extraction_path(tmp_path):
    """A text input is extracted, then audited (the generator's consistent report: no error)."""
    generator = pytest.importorskip("samples.generator.report")
    from samples.generator.render import render_text

    path = tmp_path / "report.txt"
    path.write_text(render_text(generator.build_report(7)), encoding="utf-8")
    result = CliRunner().invoke(app, ["audit", str(path), "--methodology", "hanam-2022", "--fail-on", "error"])
    assert result.exit_code == 0, result.output


def test_html_crop_of_a_scan(tmp_path):
    """On a scanned page the finding carries a crop of the page around the evidence box."""
    import numpy as np
    from PIL import Image

    from parscan.schemas import Box, Evidence, Match, Page, ParscanDocument, RankingRow, Source

    image = np.full((400, 600), 255, np.uint8)
    image[100:140, 50:550] = 0
    png = tmp_path / "page.png"
    Image.fromarray(image).save(png)
    doc = ParscanDocument(source=Source(path=str(png), sha256="0" * 64, kind="image", page_count=1),
                          pages=[Page(number=1, width=600, height=400, dpi=300)])
    doc.rankings.append(RankingRow(rank=1, unit=Match(printed="Sở A"), components={"appraisal": 80, "survey": 9},
                                   total=90, index_pct=90,
                                   evidence=Evidence(page=1, box=Box(x0=50, y0=100, x1=550, y1=140))))
    audit_documents([doc], "generic")
    out = tmp_path / "r.html"
    write_report([doc], out, "html")
    assert "data:image/png;base64," in out.read_text(encoding="utf-8")


@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")), reason="no chromium")
def test_html_renders_in_headless_chromium(hanam_json, tmp_path):
    from PIL import Image

    out = tmp_path / "r.html"
    write_report(audit_documents([__import__("parscan.schemas", fromlist=["ParscanDocument"]).ParscanDocument
                                  .model_validate_json(hanam_json.read_bytes())]), out, "html")
    shot = tmp_path / "shot.png"
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", f"--screenshot={shot}",
                    "--window-size=1280,2000", f"file://{out}"], check=True, timeout=120, capture_output=True)
    img = Image.open(shot).convert("RGB")
    colors = img.getcolors(maxcolors=1 << 20) or []
    assert len(colors) > 50  # not blank
    red = sum(n for n, (r, g, b) in colors if r > 230 and 150 < g < 200 and 150 < b < 200)  # diff-cell fill
    assert red > 100  # the highlighted finding is visible


def test_every_report_opens_with_what_was_checked(tmp_path):
    """An audit with nothing wrong still says how much it looked at: JSON `coverage` and `checks`, and the
    Markdown / HTML reports open with the coverage line and fold the checks that hold."""
    generator = pytest.importorskip("samples.generator.report")
    from samples.generator.render import render_text

    path = tmp_path / "report.txt"
    path.write_text(render_text(generator.build_report(7)), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["audit", str(path), "--methodology", "hanam-2022", "-o", str(tmp_path / "r.json")]).exit_code == 0
    payload = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["documents"][0]
    coverage = payload["coverage"]
    assert coverage["checked"] == len(payload["checks"]) > 20
    assert coverage["correct"] + coverage["wrong"] + coverage["unverifiable"] == coverage["checked"]
    assert payload["coverage_vi"].startswith(f"{coverage['checked']} số liệu được kiểm tra: {coverage['correct']} đúng")
    assert runner.invoke(app, ["audit", str(path), "--methodology", "hanam-2022", "-o", str(tmp_path / "r.md")]).exit_code == 0
    md = (tmp_path / "r.md").read_text(encoding="utf-8")
    assert payload["coverage_vi"] in md and "<details><summary>" in md
    assert runner.invoke(app, ["audit", str(path), "--methodology", "hanam-2022", "-o", str(tmp_path / "r.html")]).exit_code == 0
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.index('class="coverage"') < page.index("<details>") and "số liệu khớp" in page
