"""Tesseract through tesserocr: the library in-process, the model loaded once per process.

Measured on one page (BENCHMARKS.md): ~2.0 s against ~3.2 s for the `tesseract` command,
which pays a process start and a model load per page. Output is Tesseract's own TSV, parsed
by the same code as the command-line engine, so both give identical structures.
"""

from __future__ import annotations

import csv
import io
import os
from functools import cached_property
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import tesserocr  # noqa: E402  (the thread limit must be set before the library loads)
from PIL import Image  # noqa: E402

from parscan.errors import BadInputError, ParscanError  # noqa: E402
from parscan.pipeline.ocr import register  # noqa: E402
from parscan.pipeline.ocr_tesseract import lines_from_data  # noqa: E402
from parscan.pipeline.options import ExtractOptions  # noqa: E402
from parscan.pipeline.preprocess import PreparedImage  # noqa: E402
from parscan.schemas.ocr import Page  # noqa: E402

TESSDATA_CANDIDATES = (
    os.environ.get("TESSDATA_PREFIX", ""),
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
)
THRESHOLDING = {"otsu": "0", "sauvola": "2"}
TSV_COLUMNS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width",
               "height", "conf", "text")


def tessdata_dir() -> str:
    for candidate in TESSDATA_CANDIDATES:
        if candidate and (Path(candidate) / "osd.traineddata").exists():
            return candidate
    raise BadInputError("no tessdata with osd.traineddata found: run `make setup` (installs tesseract-ocr-osd)")


@register("tesserocr")
class TesserocrEngine:
    name = "tesserocr"

    def __init__(self) -> None:
        self._apis: dict[str, tesserocr.PyTessBaseAPI] = {}

    def _api(self, lang: str) -> tesserocr.PyTessBaseAPI:
        if lang not in self._apis:
            path = tessdata_dir()
            missing = [code for code in lang.split("+") if not (Path(path) / f"{code}.traineddata").exists()]
            if missing:
                raise BadInputError(
                    f"Tesseract language(s) {', '.join(missing)} not installed; try "
                    f"`apt-get install {' '.join('tesseract-ocr-' + m for m in missing)}`"
                )
            self._apis[lang] = tesserocr.PyTessBaseAPI(path=path, lang=lang, psm=tesserocr.PSM.AUTO,
                                                       oem=tesserocr.OEM.LSTM_ONLY)
        return self._apis[lang]

    def load(self, lang: str) -> None:
        """Load the model for `lang` now (the worker pool's forkserver does, before forking)."""
        self._api(lang)

    @cached_property
    def _osd(self) -> tesserocr.PyTessBaseAPI:
        return tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang="osd", psm=tesserocr.PSM.OSD_ONLY)

    def recognize(self, prepared: PreparedImage, number: int, options: ExtractOptions) -> Page:
        api = self._api(options.lang)
        api.SetVariable("thresholding_method", THRESHOLDING[prepared.threshold])
        api.SetImage(Image.fromarray(prepared.image))
        timeout_ms = int(options.page_timeout_s * 1000) if options.page_timeout_s else 0
        if not api.Recognize(timeout=timeout_ms):
            raise ParscanError(f"page {number}: OCR failed or timed out after {options.page_timeout_s} s")
        data = _parse_tsv(api.GetTSVText(0))
        height, width = prepared.image.shape[:2]
        page = Page(number=number, width=width, height=height, dpi=prepared.dpi, origin="ocr",
                    rotation=prepared.rotation, skew=prepared.skew)
        page.lines = lines_from_data(data)
        confs = [w.conf for line in page.lines for w in line.words if w.conf is not None]
        page.mean_conf = round(sum(confs) / len(confs), 2) if confs else None
        return page

    def orientation(self, prepared: PreparedImage) -> tuple[int, float]:
        self._osd.SetImage(Image.fromarray(prepared.image))
        result = self._osd.DetectOrientationScript()
        if not result:
            return 0, 0.0
        # orient_deg is how far the page is turned anticlockwise; the fix is the clockwise rest
        return (360 - int(result["orient_deg"])) % 360, float(result["orient_conf"])


def _parse_tsv(tsv: str) -> dict[str, list]:
    data: dict[str, list] = {column: [] for column in TSV_COLUMNS}
    for row in csv.reader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if len(row) < len(TSV_COLUMNS):
            row = row + [""] * (len(TSV_COLUMNS) - len(row))
        for column, value in zip(TSV_COLUMNS, row):
            data[column].append(value if column == "text" else float(value) if column == "conf" else int(value))
    return data
