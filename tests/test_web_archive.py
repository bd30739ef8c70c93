"""The workbench over a generated archive (OCR text, one planted misquote): the archive list served from
stored summaries (kept valid across corrections and re-extractions), the province filter by the registry,
and the document view's checks across documents - the same as the whole archive's pass gives the document,
redone with a correction."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from parscan.archive.store import FileTimings, Store  # noqa: E402
from parscan.archive.summaries import stale_documents  # noqa: E402
from parscan.normalizers.names import fold  # noqa: E402
from parscan.pipeline.run import extract  # noqa: E402
from parscan.scoring.archive_audit import audit_archive, audit_store  # noqa: E402
from parscan.web import app as web_app  # noqa: E402
from parscan.web.app import create_app  # noqa: E402
from parscan.web.document_archive_checks import ArchiveChecks, cites_document  # noqa: E402
from parscan.web.document_state import DocumentStates  # noqa: E402
from samples.generator.archive import build_archive  # noqa: E402
from samples.generator.numbers import fmt  # noqa: E402

SMALL = {"n_provinces": 14, "n_reports": 2, "years": (2021, 2022, 2023)}


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """A store of the archive's documents as extracted (no batch: the text pipeline in process), and the
    planted fault: (store, fault, {file name: sha256})."""
    spec = build_archive(7, "misquote", scope="provinces", **SMALL)
    folder = tmp_path_factory.mktemp("archive")
    db = folder / "archive.sqlite"
    names = {}
    with Store(db) as store:
        for path in spec.write(folder / "docs"):
            doc = extract(path)
            store.register(doc.source.sha256, doc.source.path)
            store.save_document(doc, FileTimings(0.0, 0.0, None))
            names[path.name] = doc.source.sha256
    (fault,) = spec.faults
    right = fmt(spec.scores[fault["year"]][fault["unit"]]["index"])
    return db, {**fault, "right": right}, names


def _copy(db: Path, dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(db) as src, sqlite3.connect(dest / db.name) as out:
        src.backup(out)
    return dest / db.name


def _key(item) -> tuple:
    return (item.check, item.status if hasattr(item, "status") else item.severity, item.published, item.expected,
            item.unit, item.year, tuple(sorted((ev.sha256, ev.role, ev.page) for ev in item.evidence)))


def test_archive_list_is_paged(archive, monkeypatch):
    db, _, names = archive
    monkeypatch.setattr(web_app, "PAGE_SIZE", 10)
    client = TestClient(create_app(db))
    seen: list[str] = []
    for page in range(1, 6):
        text = client.get("/", params={"page": page}).text
        assert re.search(r'id="total">(\d+)', text).group(1) == str(len(names))
        seen += re.findall(r'class="doc-link" href="/doc/([0-9a-f]{64})"', text)
    assert sorted(seen) == sorted(names.values())  # every document once, in pages of 10
    assert 'rel="next"' in client.get("/", params={"page": 1}).text
    assert client.get("/", params={"page": "x"}).status_code == 400


def test_archive_list_is_served_from_stored_summaries(archive, tmp_path):
    db, fault, names = archive
    db = _copy(db, tmp_path)
    client = TestClient(create_app(db))
    page = client.get("/")
    assert page.status_code == 200 and len(re.findall(r'class="doc-link"', page.text)) == len(names)
    con = sqlite3.connect(db)
    assert stale_documents(con) == [] and con.execute("SELECT count(*) FROM document_summaries").fetchone()[0] == len(names)
    # the province filter is the registry's: the province's own documents, whatever the issuer line spells
    provinces = re.findall(r'<option value="([^"]+)" >', page.text)
    assert provinces and all(p == p.strip() for p in provinces)
    province = con.execute("SELECT province FROM document_summaries WHERE province IS NOT NULL").fetchone()[0]
    con.close()
    only = client.get("/", params={"province": fold(province)})  # typed without accents
    shown = set(re.findall(r'href="/doc/([0-9a-f]{64})"', only.text))
    con = sqlite3.connect(db)
    expected = {r[0] for r in con.execute("SELECT sha256 FROM document_summaries WHERE province = ?", (province,))}
    con.close()
    assert shown == expected and 0 < len(shown) < len(names)
    assert client.get("/", params={"province": "Atlantis"}).status_code == 400
    # a re-extraction makes the summary stale, then the next view redoes it
    with Store(db) as store:
        doc = store.document(names[fault["documents"][0]])
        store.save_document(doc, FileTimings(0.0, 0.0, None))
        assert stale_documents(store.db) == [doc.source.sha256]
    assert client.get("/").status_code == 200
    with Store(db) as store:
        assert stale_documents(store.db) == []


def test_document_view_shows_the_checks_across_documents_of_the_whole_archive(archive, tmp_path):
    db, fault, names = archive
    quote, publication = (names[n] for n in fault["documents"][:2])
    client = TestClient(create_app(db))
    client.get("/")
    page = client.get(f"/doc/{quote}")
    assert page.status_code == 200
    across = page.text[page.text.index('id="across"'):page.text.index("<h2>Bảng")]
    assert "archive_quote" in across and f'href="/doc/{publication}">{fault["documents"][1]}</a>' in across
    # the neighbourhood pass gives each document what the whole archive's pass gives it
    whole = audit_archive(audit_store(db))
    states = DocumentStates()
    checks = ArchiveChecks(states)
    with Store(db, read_only=True) as store:
        for sha in names.values():  # every document of the archive
            mine = checks.of(store, sha)
            assert mine is not None
            assert sorted(map(_key, mine.checks)) == sorted(_key(c) for c in whole.checks if cites_document(c, sha))
            assert sorted(map(_key, mine.findings)) == sorted(_key(f) for f in whole.findings if cites_document(f, sha))
    assert any(cites_document(f, quote) for f in whole.findings)


def test_correcting_the_misquoted_line_clears_the_finding_across_documents(archive, tmp_path):
    db, fault, names = archive
    db = _copy(db, tmp_path)
    quote = names[fault["documents"][0]]
    client = TestClient(create_app(db))
    client.get("/")
    page = client.get(f"/doc/{quote}").text
    target, old = next((t, o) for t, o in re.findall(r'<tr class="[^"]*" data-target="(line:[^"]+)" data-old="([^"]*)"',
                                                       page) if fault["stated"] in o)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
    sent = client.post(f"/doc/{quote}/corrections", data={"csrf": csrf, "target": target, "author": "C",
                                                          "new_value": old.replace(fault["stated"], fault["right"])})
    assert sent.status_code == 200
    across = sent.text[sent.text.index('id="across"'):sent.text.index("<h2>Bảng")]
    assert "archive_quote" not in across.split("<details")[0] and "Không có sai lệch" in across
    con = sqlite3.connect(db)
    n_corrections, last = con.execute("SELECT n_corrections, last_correction FROM document_summaries WHERE sha256=?",
                                      (quote,)).fetchone()
    con.close()
    assert n_corrections == 1 and last > 0  # the archive list shows the corrected state without a new audit
