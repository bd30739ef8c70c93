"""The workbench over HTTP (Starlette's test client, no browser): archive, search, document view, a
correction that resolves the planted finding in the view and in `parscan audit --db`, and the refusals
(unknown document, a path in a parameter, a write without CSRF token, a missing token)."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from parscan.cli.audit import run_audit  # noqa: E402
from parscan.exporters.records import export_store  # noqa: E402
from parscan.web.app import create_app  # noqa: E402
from tests.web_store import REPO, copy_store, shared_store  # noqa: E402


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return shared_store(tmp_path_factory.getbasetemp().parent / "web_store")


@pytest.fixture()
def private(store, tmp_path):
    db, planted = store
    return copy_store(db, tmp_path), planted


def _doc_links(html: str) -> dict[str, str]:
    return {name: sha for sha, name in re.findall(r'href="/doc/([0-9a-f]{64})">([^<]+)</a>', html)}


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def _misread_target(html: str, printed: str) -> str:
    return re.search(rf'data-target="(cell:[^"]+)" data-old="{re.escape(printed)}"', html).group(1)


def _counts(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        return (con.execute("SELECT count(*) FROM corrections").fetchone()[0],
                con.execute("SELECT count(*) FROM document_json").fetchone()[0])
    finally:
        con.close()


def test_archive_lists_documents_with_coverage_and_search(store):
    db, planted = store
    client = TestClient(create_app(db))
    page = client.get("/")
    assert page.status_code == 200
    assert set(_doc_links(page.text)) == {"report_scan.pdf", "report_text.txt"}
    assert "row_total" in page.text  # the open finding is listed
    found = client.get("/", params={"q": "so tu phap"})  # accent-blind full-text search
    assert len(_doc_links(found.text)) == 2 and "<mark>" in found.text
    assert _doc_links(client.get("/", params={"q": "xyzzy nowhere"}).text) == {}
    assert _doc_links(client.get("/", params={"year": "1999"}).text) == {}
    assert _doc_links(client.get("/", params={"reviewed": "yes"}).text) == {}


def test_document_view_shows_page_overlays_and_the_finding(store):
    db, planted = store
    client = TestClient(create_app(db))
    sha = _doc_links(client.get("/").text)["report_scan.pdf"]
    page = client.get(f"/doc/{sha}")
    assert page.status_code == 200
    assert f"/doc/{sha}/page/1.jpg" in page.text
    assert 'class="box evidence error"' in page.text and "box word" in page.text and "box cell" in page.text
    assert "failing" in page.text and _misread_target(page.text, planted.printed)
    image = client.get(f"/doc/{sha}/page/1.jpg")
    assert image.status_code == 200 and image.content[:2] == b"\xff\xd8"


def test_correction_resolves_the_finding_and_audit_db_applies_it(private):
    db, planted = private
    client = TestClient(create_app(db))
    sha = _doc_links(client.get("/").text)["report_scan.pdf"]
    before = client.get(f"/doc/{sha}").text
    coverage_before = re.search(r'id="coverage"[^>]*>([^<]+)<', before).group(1)
    target = _misread_target(before, planted.printed)
    sent = client.post(f"/doc/{sha}/corrections", data={"csrf": _csrf(before), "target": target,
                                                         "new_value": planted.right, "author": "Kiểm toán viên A",
                                                         "note": "đọc lại bản giấy"}, follow_redirects=False)
    assert sent.status_code == 303
    after = client.get(f"/doc/{sha}").text
    assert re.search(r'id="coverage"[^>]*>([^<]+)<', after).group(1) != coverage_before
    assert not re.search(rf"row_total</code> {re.escape(planted.unit)}", after)
    con = sqlite3.connect(db)
    row = con.execute("SELECT target, old_value, new_value, author, note FROM corrections").fetchone()
    ocr = json.loads(con.execute("SELECT json FROM document_json WHERE sha256=?", (sha,)).fetchone()[0])
    components = con.execute("SELECT components FROM rankings WHERE sha256=? AND unit LIKE ?",
                             (sha, f"%{planted.unit}%")).fetchone()[0]
    con.close()
    assert row == (target, planted.printed, planted.right, "Kiểm toán viên A", "đọc lại bản giấy")
    assert planted.right.replace(",", ".") in components  # exports read the corrected records
    assert planted.printed in json.dumps(ocr, ensure_ascii=False)  # the OCR reading is kept as it was
    audit = subprocess.run([sys.executable, "-m", "parscan.cli", "audit", "--db", str(db)], cwd=REPO,
                           capture_output=True, text=True, timeout=120)
    report = {d["sha256"]: d for d in json.loads(audit.stdout)["documents"]}
    assert not [f for f in report[sha]["findings"] if f["check"] == "row_total" and f["unit"] == planted.unit]
    others = next(d for s, d in report.items() if s != sha)
    assert [f for f in others["findings"] if f["check"] == "row_total"]  # not corrected there: still found


def test_finding_review_is_recorded_and_reported(private):
    db, planted = private
    client = TestClient(create_app(db))
    sha = _doc_links(client.get("/").text)["report_text.txt"]
    page = client.get(f"/doc/{sha}").text
    target = re.search(r'name="target" value="(finding:row_total\|[^"]+)"', page).group(1)
    sent = client.post(f"/doc/{sha}/corrections", data={"csrf": _csrf(page), "target": target,
                                                         "new_value": "confirmed", "author": "B", "note": "lỗi in"})
    assert sent.status_code == 200 and "Đã xác nhận" in sent.text
    audit = subprocess.run([sys.executable, "-m", "parscan.cli", "audit", "--db", str(db)], cwd=REPO,
                           capture_output=True, text=True, timeout=120)
    report = {d["sha256"]: d for d in json.loads(audit.stdout)["documents"]}[sha]
    review = next(f["review"] for f in report["findings"] if f["check"] == "row_total")
    assert review["status"] == "confirmed" and review["by"] == "B" and review["note"] == "lỗi in"
    assert report["review"]["confirmed"] == 1 and report["review"]["open"] == len(report["findings"]) - 1
    for fmt in ("md", "html"):  # in process: the same command, without another interpreter's start
        run_audit([], db.parent / f"report.{fmt}", fmt, None, None, db)
        text = (db.parent / f"report.{fmt}").read_text(encoding="utf-8")
        assert "Đã xác nhận (confirmed) bởi B" in text and "lỗi in" in text, fmt
    [out] = export_store(db, "jsonl", db.parent / "export.jsonl")
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    reviewed = [r for r in records if r["table"] == "findings" and r["sha256"] == sha and r["check"] == "row_total"]
    assert [(r["review_status"], r["review_by"], r["review_note"]) for r in reviewed] == [("confirmed", "B", "lỗi in")]
    assert reviewed[0]["review_at"][:4].isdigit()
    others = [r for r in records if r["table"] == "findings" and r["check"] != "row_total"]
    assert all(r["review_status"] is None for r in others)
    [trail] = [r for r in records if r["table"] == "corrections"]
    assert (trail["sha256"], trail["target"], trail["new_value"], trail["author"]) == (sha, target, "confirmed", "B")


@pytest.mark.parametrize("path", ["/doc/" + "0" * 64, "/doc/..%2F..%2Fetc%2Fpasswd", "/doc/%2Fetc%2Fpasswd",
                                  "/doc/" + "0" * 64 + "/page/1.jpg", "/static/..%2F..%2Fapp.py",
                                  "/static/../../archive/store.py"])
def test_unknown_documents_and_paths_are_404(store, path):
    db, _ = store
    response = TestClient(create_app(db)).get(path)
    assert response.status_code == 404
    assert "import" not in response.text and "root:" not in response.text


def test_bad_writes_are_refused_and_write_nothing(private):
    db, planted = private
    client = TestClient(create_app(db))
    sha = _doc_links(client.get("/").text)["report_scan.pdf"]
    page = client.get(f"/doc/{sha}").text
    target = _misread_target(page, planted.printed)
    good = {"csrf": _csrf(page), "target": target, "new_value": planted.right, "author": "A"}
    cases = [
        ({**good, "csrf": ""}, 403), ({k: v for k, v in good.items() if k != "csrf"}, 403),
        ({**good, "csrf": "forged"}, 403), ({**good, "author": ""}, 400), ({**good, "new_value": ""}, 400),
        ({**good, "target": "cell:nope:0:0"}, 400), ({**good, "target": "../../etc/passwd"}, 400),
        ({**good, "target": target.rsplit(":", 1)[0] + ":999"}, 400),
    ]
    before = _counts(db)
    for data, status in cases:
        assert client.post(f"/doc/{sha}/corrections", data=data).status_code == status, data
    assert client.post(f"/doc/{'f' * 64}/corrections", data=good).status_code == 404
    assert client.post(f"/doc/{sha}/corrections", data=good, headers={"Origin": "http://evil.example"}).status_code == 403
    assert _counts(db) == before


def test_token_is_required_on_every_request(private):
    db, planted = private
    client = TestClient(create_app(db, token="s3cret"))
    assert client.get("/").status_code == 401
    assert client.get("/static/workbench.css").status_code == 401
    assert client.get("/", headers={"Authorization": "Bearer wrong"}).status_code == 401
    before = _counts(db)
    assert client.post("/doc/" + "0" * 64 + "/corrections", data={"new_value": "1"}).status_code == 401
    assert _counts(db) == before
    assert client.get("/", headers={"Authorization": "Bearer s3cret"}).status_code == 200
    linked = client.get("/?token=s3cret", follow_redirects=False)  # a link with the token sets the cookie
    assert linked.status_code == 303 and "token" not in linked.headers["location"]
    assert client.get("/").status_code == 200


def test_serve_refuses_another_host_without_token(store):
    db, _ = store
    done = subprocess.run([sys.executable, "-m", "parscan.cli", "serve", "--db", str(db), "--host", "0.0.0.0"],
                          cwd=REPO, capture_output=True, text=True, timeout=60,
                          env={k: v for k, v in os.environ.items() if k != "PARSCAN_SERVE_TOKEN"})
    assert done.returncode == 2 and "--token" in done.stderr
