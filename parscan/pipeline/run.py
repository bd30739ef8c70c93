"""Orchestration: ingest -> preprocess -> OCR (-> scanned tables) per page, then repair and extract.

Pages are independent until `assemble`, so the batch runner can send `process_page` calls for
different pages of one file to different workers and join them afterwards; `extract` takes the
same seam (`run_pages`) so `parscan extract --jobs N` runs one file's pages on the worker pool.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:  # loaded with the first page: a worker that only OCRs never imports them
    from parscan.extractors.text_tables import TextTables
    from parscan.normalizers.repair import PageRepair

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
    assembly = Assembly(source, [r.page.number for r in results], options)
    for result in results:
        assembly.add(result)
    return assembly.finish()


class Assembly:
    """`assemble` fed one page result at a time, in any order.

    The document stages that go page by page in page order (repair, whose cache runs across pages;
    tables read from the text) run on each page as soon as every page before it is in; the rest
    (metadata, records, claims) in `finish`. Why: with `parscan extract --jobs N` the client waits
    while the workers OCR, so it repairs and reads the pages that are in then, instead of all of
    them after the last page (BENCHMARKS.md, issue 16, session 7). Each page is processed in page
    order whatever order the results come in, so the document is the same as `assemble` gives.
    """

    def __init__(self, source: Source, numbers: list[int], options: ExtractOptions,
                 on_page: Callable[[Page], None] | None = None) -> None:
        """`on_page` is called with each page, in page order, once its text is final (repaired)."""
        self.source = source
        self.options = options
        self.on_page = on_page
        self._order = sorted(numbers)
        self._waiting: dict[int, PageResult] = {}
        self._done: list[PageResult] = []
        self._repair: PageRepair | None = None
        self._text_tables: TextTables | None = None

    def add(self, result: PageResult) -> None:
        """Take one page's result; process it and any waiting pages that now follow in order."""
        number = result.page.number
        if number in self._waiting or number not in self._order[len(self._done):]:
            raise ValueError(f"page {number}: not an expected page, or given twice")
        self._waiting[number] = result
        while len(self._done) < len(self._order) and self._order[len(self._done)] in self._waiting:
            self._page(self._waiting.pop(self._order[len(self._done)]))

    def _page(self, result: PageResult) -> None:
        if not self._done:  # the first page: load the model and the extractors now, not after the last page
            if self.options.repair:
                from parscan.normalizers.repair import PageRepair

                self._repair = PageRepair(self.options.lang)
            if self.options.extract_records:
                from parscan.extractors.text_tables import TextTables

                self._text_tables = TextTables()
        if self._repair is not None:
            self._repair.page(result.page)
        if self._text_tables is not None:
            # page-stage tables are of their own page only (their `pages` is [its number])
            own = any(result.page.number in table.pages for table in result.tables)
            self._text_tables.page(result.page, image_tables=own)
        if not self._done and self.options.extract_records and len(self._order) > 1:
            self._warm_up(result.page)
        if self.on_page is not None:
            self.on_page(result.page)
        self._done.append(result)

    def _warm_up(self, page: Page) -> None:
        """Run the extractors once on a copy of the first page: their imports and first use (the claim
        catalogue's patterns, the unit registry, the index cues: ~0.3 s CPU) then happen while the
        workers OCR the other pages, not after the last one. Costs one page's extraction (~0.03 s);
        the extractors' caches are pure, so the document is the same."""
        from parscan.extractors import run_all

        sample = ParscanDocument(source=self.source, pages=[page.model_copy(deep=True)])
        sample.refresh_text()
        run_all(sample)

    def finish(self) -> ParscanDocument:
        """The document, once every page is in: records and claims extracted."""
        if len(self._done) < len(self._order):
            missing = [n for n in self._order[len(self._done):] if n not in self._waiting]
            raise ValueError(f"pages {missing} were never added")
        doc = ParscanDocument(source=self.source, pages=[r.page for r in self._done])
        for result in self._done:
            doc.tables.extend(result.tables)
            doc.warnings.extend(result.page.warnings)
        doc.refresh_text()
        if self.options.extract_records:
            from parscan.extractors import run_all

            run_all(doc, text_tables=self._text_tables)
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
    on_page: Callable[[Page], None] | None = None,
) -> ParscanDocument:
    """Everything parscan knows about one file, as a ParscanDocument.

    `run_pages` runs the page stage (default: in this process); whatever order its results come
    back in, the document-level stages (repair, extraction) run here, in page order: those that go
    page by page as the pages come in, the rest after the last (`Assembly`). `on_page` gets each
    page, in page order, once its text is final (the searchable PDF is laid a page at a time).
    """
    options = options or ExtractOptions()
    with open_source(path, options) as handle:
        numbers = handle.page_numbers(options)
        assembly = Assembly(handle.source, numbers, options, on_page)
        for done, result in enumerate((run_pages or pages_in_process)(handle, numbers, options), start=1):
            if progress:
                progress(done, len(numbers))
            assembly.add(result)
        return assembly.finish()
