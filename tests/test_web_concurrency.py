"""20 readers and an auditor's corrections while `parscan batch` writes more documents into the same store
(WAL; loopback only; bounded in time): no request fails, no correction is lost, the batch finishes."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import threading
import time

import httpx

from tests.web_store import REPO, LiveServer, copy_store, shared_store

READERS = 20
DEADLINE_S = 90


def test_readers_and_corrections_while_a_batch_writes(tmp_path_factory, tmp_path):
    from samples.generator.render import render_text
    from samples.generator.report import build_report

    db, planted = shared_store(tmp_path_factory.getbasetemp().parent / "web_store")
    db = copy_store(db, tmp_path / "store")
    more = tmp_path / "more"
    more.mkdir()
    for seed in range(30, 36):
        (more / f"report_{seed}.txt").write_text(render_text(build_report(seed)), encoding="utf-8")
    errors: list[str] = []
    stop = threading.Event()
    with LiveServer(db) as url:
        home = httpx.get(url + "/", timeout=30).text
        sha = re.search(r'href="/doc/([0-9a-f]{64})">report_text.txt<', home).group(1)
        doc_page = httpx.get(f"{url}/doc/{sha}", timeout=30).text
        csrf = re.search(r'name="csrf" value="([^"]+)"', doc_page).group(1)
        line = re.search(r'data-target="(line:2:\d+)"', doc_page).group(1)

        def read() -> None:
            with httpx.Client(base_url=url, timeout=30) as client:
                while not stop.is_set():
                    for path in ("/", f"/doc/{sha}", "/?q=so+tu+phap"):
                        r = client.get(path)
                        if r.status_code != 200:
                            errors.append(f"{path}: {r.status_code}")

        readers = [threading.Thread(target=read, daemon=True) for _ in range(READERS)]
        for t in readers:
            t.start()
        batch = subprocess.Popen([sys.executable, "-m", "parscan.cli", "batch", str(more), "--db", str(db),
                                  "--workers", "1", "--quiet"], cwd=REPO, stderr=subprocess.PIPE, text=True)
        sent = 0
        start = time.monotonic()
        with httpx.Client(base_url=url, timeout=30) as writer:
            while batch.poll() is None or sent < 5:
                assert time.monotonic() - start < DEADLINE_S, "batch or corrections did not finish in time"
                r = writer.post(f"/doc/{sha}/corrections", data={"csrf": csrf, "target": line,
                                                                 "new_value": f"dòng đã sửa {sent}", "author": "C"})
                if r.status_code != 303:
                    errors.append(f"correction {sent}: {r.status_code} {r.text[:200]}")
                sent += 1
        stop.set()
        for t in readers:
            t.join(timeout=30)
        assert batch.wait(timeout=30) == 0, batch.stderr.read()
    assert not errors, errors[:5]
    con = sqlite3.connect(db)
    try:
        kept = [r[0] for r in con.execute("SELECT new_value FROM corrections WHERE target=? ORDER BY id", (line,))]
        done = con.execute("SELECT count(*) FROM files WHERE state='done'").fetchone()[0]
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert kept == [f"dòng đã sửa {i}" for i in range(sent)]
    assert done == 2 + 6
