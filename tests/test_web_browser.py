"""The workbench in a real browser (Playwright driving Debian's Chromium): open the archive, open the
document with the planted misread, see its finding highlighted on the page, correct the cell, see the
finding resolved and the coverage line change, reload and see the correction kept.  The document view is
saved as a screenshot (`PARSCAN_ARTIFACTS`, default: the test's tmp folder)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.web_store import LiveServer, copy_store, shared_store

playwright = pytest.importorskip("playwright.sync_api")
CHROMIUM = next(filter(None, (shutil.which(n) for n in ("chromium", "chromium-browser"))), None)


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (apt-get install chromium)")
def test_correct_a_misread_cell_in_the_browser(tmp_path_factory, tmp_path):
    db, planted = shared_store(tmp_path_factory.getbasetemp().parent / "web_store")
    db = copy_store(db, tmp_path / "store")
    artifacts = Path(os.environ.get("PARSCAN_ARTIFACTS", tmp_path))
    with LiveServer(db) as url, playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            page.set_default_timeout(15000)
            page.goto(url + "/")
            page.get_by_role("link", name="report_scan.pdf").click()
            page.wait_for_selector("#coverage")
            coverage_before = page.inner_text("#coverage")
            finding = page.locator("article.finding", has_text=planted.unit).filter(has_text="row_total").first
            finding.click()
            mark = page.locator(".box.evidence.active").first
            mark.wait_for(state="visible")
            assert mark.bounding_box()["width"] > 100  # the table row, drawn over the page image
            assert page.evaluate("window.scrollY") == 0  # only the viewer scrolled: the coverage line stays in view
            assert 0 < mark.bounding_box()["y"] < 1000  # and the mark is in view
            page.wait_for_function("document.querySelector('.sheet img').naturalWidth > 0")
            artifacts.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(artifacts / "workbench_document.png"))

            page.locator(f'td[data-old="{planted.printed}"]').first.click()
            page.fill("#correct-value", planted.right)
            page.fill("#correct-author", "Kiểm toán viên A")
            page.fill("#correct-note", "đối chiếu bản giấy")
            page.click("#correct-save")
            page.wait_for_load_state("load")
            assert page.inner_text("#coverage") != coverage_before
            resolved = page.locator("article.finding", has_text=planted.unit).filter(has_text="row_total")
            assert resolved.count() == 0

            page.reload()
            cell = page.locator("td.corrected").first
            assert cell.inner_text().startswith(planted.right) and planted.printed in cell.inner_text()
            assert "Kiểm toán viên A" in page.inner_text("body")
            page.screenshot(path=str(artifacts / "workbench_corrected.png"))
        finally:
            browser.close()
