"""Orchestration: ingest -> preprocess -> OCR (-> scanned tables) per page, then repair and extract.

Pages are independent until `assemble`, so the batch runner can send `process_page` calls for
different pages of one file to different workers and join them afterwards; `extract` takes the
same seam (`run_pages`) so `parscan extract --jobs N` runs one file's pages on the worker pool.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np

from parscan.pipeline.ingest import RawPage, SourceHandle, open_source
from parscan.pipeline.ocr import get_engine
from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.preprocess import PreparedImage, is_blank, looks_upside_down, prepare
from parscan.pipeline.reading_order import order_footer_columns, order_header_columns
from parscan.pipeline.tables import Ruling, detect_tables, find_grids, merge_table_rows
from parscan.pipeline.tables.layer import layer_tables
from parscan.pipeline.text_pages import page_from_text_file, page_from_text_layer
from parscan.schemas.document import PageResult, ParscanDocument, Source
from parscan.schemas.ocr import Page

SUSPECT_CONF = 60.0  # below this mean word confidence, check the orientation
SUSPECT_WORD_SHARE = 0.5  # or when fewer than half the words look like Vietnamese words
MIN_OSD_CONF = 1.5

ProgressFn = Callable[[int, int], None]
# Runs the page stage over some pages of an opened source; yields results in any order.
PageRunner = Callable[["SourceHandle", list[int], ExtractOptions], Iterable[PageResult]]


def process_page(source: str | Path | SourceHandle, number: int, options: ExtractOptions) -> PageResult:
    """Read, straighten and OCR one page (or take its trusted text)."""
    if isinstance(source, SourceHandle):
        raw = source.load(number, options)
    else:
        with open_source(source, options) as handle:
            raw = handle.load(number, options)
    if raw.origin == "text_file":
        return PageResult(page=page_from_text_file(raw))
    if raw.layer_words:  # ingest keeps only layers that read as Vietnamese
        page = page_from_text_layer(raw)
        return PageResult(page=page, tables=layer_tables(raw.image, raw.layer_words, page))
    return _ocr_page(raw, options, had_layer=bool(raw.layer_text.strip()))


def _ocr_page(raw: RawPage, options: ExtractOptions, *, had_layer: bool) -> PageResult:
    assert raw.image is not None
    if is_blank(raw.image):
        height, width = raw.image.shape[:2]
        page = Page(number=raw.number, width=width, height=height, dpi=raw.dpi, origin="empty")
        page.warnings.append(f"page {raw.number}: blank page, no text found")
        return PageResult(page=page)
    engine = get_engine(options.ocr_engine)
    prepared = prepare(raw.image, raw.dpi, straighten=options.deskew)
    if options.orientation == "always":
        prepared = _reorient(engine, raw, prepared, options)
    ruling = find_grids(prepared.image)
    blanked = blank_tables(prepared, ruling)
    if options.orientation == "auto" and looks_upside_down(blanked.image):
        prepared = prepare(raw.image, raw.dpi, rotation=(prepared.rotation + 180) % 360, straighten=options.deskew)
        ruling = find_grids(prepared.image)
        blanked = blank_tables(prepared, ruling)
    page = engine.recognize(blanked, raw.number, options)
    if options.orientation == "auto" and _looks_wrong(page):
        turned = _reorient(engine, raw, prepared, options)
        if turned.rotation != prepared.rotation:
            turned_ruling = find_grids(turned.image)
            second = engine.recognize(blank_tables(turned, turned_ruling), raw.number, options)
            if (second.mean_conf or 0) > (page.mean_conf or 0):
                page, prepared, ruling = second, turned, turned_ruling
    order_header_columns(page)
    order_footer_columns(page)
    if had_layer:
        page.warnings.append(f"page {raw.number}: embedded text layer is not usable Vietnamese; page re-OCRed")
    if not page.lines:
        page.warnings.append(f"page {raw.number}: no text recognised")
    tables = detect_tables(prepared.image, page, options, ruling=ruling)
    merge_table_rows(page, tables)
    return PageResult(page=page, tables=tables)


def blank_tables(prepared: PreparedImage, ruling: Ruling) -> PreparedImage:
    """The page with its ruled tables blanked: the table stage reads them cell by cell, so the
    page OCR would only read them a second time (column by column, and slowly)."""
    grids = ruling[0]
    if not grids:
        return prepared
    image = prepared.image.copy()
    for grid in grids:
        x0, y0, x1, y1 = grid.box
        image[max(0, y0):y1 + 1, max(0, x0):x1 + 1] = 255
    return replace(prepared, image=image)


def _looks_wrong(page: Page) -> bool:
    words = [w for line in page.lines for w in line.words]
    if not words:
        return True
    wordish = sum(1 for w in words if w.text.isalpha() and (w.conf or 0) >= 50)
    return (page.mean_conf or 0) < SUSPECT_CONF or wordish / len(words) < SUSPECT_WORD_SHARE


def _reorient(engine, raw: RawPage, prepared: PreparedImage, options: ExtractOptions) -> PreparedImage:
    rotation, confidence = engine.orientation(prepared)
    if rotation == 0 or confidence < MIN_OSD_CONF:
        return prepared
    return prepare(raw.image, raw.dpi, rotation=(prepared.rotation + rotation) % 360, straighten=options.deskew)


def page_image(source: str | Path, page: Page, options: ExtractOptions | None = None) -> np.ndarray:
    """The upright, deskewed image whose pixel coordinates the page's boxes refer to (for crops)."""
    options = options or ExtractOptions(dpi=page.dpi or 300)
    with open_source(source, options) as handle:
        raw = handle.load(page.number, options)
    if raw.image is None:
        raise ValueError(f"page {page.number} of {source} has no image")
    return prepare(raw.image, raw.dpi, rotation=page.rotation, skew=page.skew).image


def assemble(source: Source, results: list[PageResult], options: ExtractOptions) -> ParscanDocument:
    """Join page results, repair the Vietnamese text, extract records."""
    results = sorted(results, key=lambda r: r.page.number)
    doc = ParscanDocument(source=source, pages=[r.page for r in results])
    for result in results:
        doc.tables.extend(result.tables)
        doc.warnings.extend(result.page.warnings)
    if options.repair:
        from parscan.normalizers.repair import repair_document

        repair_document(doc, ocr_lang=options.lang)
    doc.refresh_text()
    if options.extract_records:
        from parscan.extractors import run_all

        run_all(doc)
    return doc


def pages_in_process(handle: SourceHandle, numbers: list[int], options: ExtractOptions) -> Iterator[PageResult]:
    """The page stage in this process, one page after the other (one page image in memory at a time)."""
    for number in numbers:
        yield process_page(handle, number, options)


def extract(
    path: str | Path,
    options: ExtractOptions | None = None,
    progress: ProgressFn | None = None,
    run_pages: PageRunner | None = None,
) -> ParscanDocument:
    """Everything parscan knows about one file, as a ParscanDocument.

    `run_pages` runs the page stage (default: in this process); whatever order its results come
    back in, the document-level stages (repair, extraction) then run here, in page order.
    """
    options = options or ExtractOptions()
    with open_source(path, options) as handle:
        numbers = handle.page_numbers(options)
        results = []
        for done, result in enumerate((run_pages or pages_in_process)(handle, numbers, options), start=1):
            results.append(result)
            if progress:
                progress(done, len(numbers))
        return assemble(handle.source, results, options)
