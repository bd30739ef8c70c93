"""`Assembly`: the document stages fed a page at a time, in any order (issue 16, `extract --jobs`).

Workers hand pages back in the order they finish; repair (its cache runs across pages) and the
tables read from the text (a header printed on an earlier page marks a continuation) must still
see them in page order, so the document is the one `extract` gives in process.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from parscan.normalizers.names import strip_diacritics
from parscan.pipeline.ingest import open_source
from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.run import Assembly, extract, pages_in_process

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def legacy_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo report's text (3 pages, a ranking table, claims) as OCR without Vietnamese gives it:
    no diacritics, so repair has work on every page."""
    text = (REPO / "samples" / "demo_report.txt").read_text(encoding="utf-8")
    path = tmp_path_factory.mktemp("assembly") / "legacy_report.txt"
    path.write_text(strip_diacritics(text), encoding="utf-8")
    return path


def page_results(path: Path, options: ExtractOptions) -> tuple[object, list]:
    with open_source(path, options) as handle:
        return handle.source, list(pages_in_process(handle, handle.page_numbers(options), options))


@pytest.mark.parametrize("order", ["reversed", "middle_first"])
def test_pages_in_any_order_give_the_document_of_extract(legacy_text: Path, order: str) -> None:
    options = ExtractOptions()
    expected = extract(legacy_text, options)
    assert len(expected.pages) == 3 and expected.tables and expected.claims
    assert any(line.text != line.ocr_text for page in expected.pages for line in page.lines)  # repaired

    source, results = page_results(legacy_text, options)
    results = results[::-1] if order == "reversed" else [results[1], results[2], results[0]]
    assembly = Assembly(source, [r.page.number for r in results], options)
    for result in results:
        assembly.add(result)
    assert assembly.finish().model_dump_json() == expected.model_dump_json()


def test_a_missing_or_repeated_page_is_an_error(legacy_text: Path) -> None:
    options = ExtractOptions()
    source, results = page_results(legacy_text, options)
    assembly = Assembly(source, [1, 2, 3], options)
    assembly.add(results[0])
    with pytest.raises(ValueError, match="page 1"):
        assembly.add(results[0])
    assembly.add(results[2])
    with pytest.raises(ValueError, match=r"\[2\]"):
        assembly.finish()
