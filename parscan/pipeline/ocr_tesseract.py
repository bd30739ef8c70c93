"""Tesseract 5 through pytesseract: one process per page, one thread per process.

On 2 cores Tesseract's own OpenMP threading was 2-3x slower in wall time than one thread per
process, so OMP_THREAD_LIMIT=1 is set unless the user chose otherwise.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

import cv2
import numpy as np
import pytesseract

from parscan.errors import BadInputError, ParscanError
from parscan.pipeline.ocr import register
from parscan.pipeline.options import ExtractOptions
from parscan.pipeline.preprocess import PreparedImage, parse_osd
from parscan.schemas.geometry import Box
from parscan.schemas.ocr import Line, Page, Word

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
NOISE_CONF = 60.0  # below this a word is unsure
SPECK_HEIGHT = 0.5  # unsure words lower than this share of the median word height are specks


def _check_installed(lang: str) -> None:
    try:
        available = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise ParscanError(
            "Tesseract is not installed: run `make setup` or `apt-get install tesseract-ocr tesseract-ocr-vie "
            "tesseract-ocr-osd`"
        ) from exc
    missing = [code for code in lang.split("+") if code not in available]
    if missing:
        raise BadInputError(
            f"Tesseract language(s) {', '.join(missing)} not installed (have: {', '.join(sorted(available))}); "
            f"try `apt-get install {' '.join('tesseract-ocr-' + m for m in missing)}`"
        )


@register("tesseract")
class TesseractEngine:
    name = "tesseract"

    def __init__(self) -> None:
        self._checked: set[str] = set()

    def _config(self, prepared: PreparedImage) -> str:
        method = {"otsu": 0, "sauvola": 2}[prepared.threshold]
        return f"--oem 1 --psm 3 -c thresholding_method={method}"

    def recognize(self, prepared: PreparedImage, number: int, options: ExtractOptions) -> Page:
        if options.lang not in self._checked:
            _check_installed(options.lang)
            self._checked.add(options.lang)
        try:
            with _image_file(prepared.image) as path:
                data = pytesseract.image_to_data(
                    path,
                    lang=options.lang,
                    config=self._config(prepared),
                    output_type=pytesseract.Output.DICT,
                    timeout=options.page_timeout_s or 0,
                )
        except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
            raise ParscanError(f"page {number}: OCR timed out after {options.page_timeout_s} s") from exc
        height, width = prepared.image.shape[:2]
        page = Page(
            number=number,
            width=width,
            height=height,
            dpi=prepared.dpi,
            origin="ocr",
            rotation=prepared.rotation,
            skew=prepared.skew,
        )
        page.lines = lines_from_data(data)
        confs = [w.conf for line in page.lines for w in line.words if w.conf is not None]
        page.mean_conf = round(sum(confs) / len(confs), 2) if confs else None
        return page

    def orientation(self, prepared: PreparedImage) -> tuple[int, float]:
        try:
            with _image_file(prepared.image) as path:
                output = pytesseract.image_to_osd(path, config="--psm 0 -c min_characters_to_try=20")
        except pytesseract.TesseractError:
            return 0, 0.0  # too little text to tell: leave the page as it is
        return parse_osd(output)


@contextmanager
def _image_file(image: np.ndarray) -> Iterator[str]:
    """Hand Tesseract an uncompressed PGM: pytesseract's own PNG encoding costs ~0.3 s a page."""
    handle, path = tempfile.mkstemp(suffix=".pgm", prefix="parscan-")
    os.close(handle)
    try:
        cv2.imwrite(path, image)
        yield path
    finally:
        os.unlink(path)


def lines_from_data(data: dict[str, list]) -> list[Line]:
    """Group Tesseract's word rows by (block, paragraph, line) in its reading order."""
    lines: list[Line] = []
    current_key: tuple[int, int, int] | None = None
    words: list[Word] = []
    block = 0

    def flush() -> None:
        if not words:
            return
        lines.append(Line.from_words(words, block))
        words.clear()

    for i, level in enumerate(data["level"]):
        if level != 5:
            continue
        text = unicodedata.normalize("NFC", str(data["text"][i])).strip()
        if not text:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        if key != current_key:
            flush()
            current_key = key
            block = key[0]
        left, top = int(data["left"][i]), int(data["top"][i])
        conf = float(data["conf"][i])
        if (conf < NOISE_CONF and not any(ch.isalnum() for ch in text)) or set(text) <= set("|¦"):
            continue  # specks and ruling fragments read as "|", "_", ":" (a bare "|" is always a rule)
        words.append(
            Word(
                text=text,
                box=Box(x0=left, y0=top, x1=left + int(data["width"][i]), y1=top + int(data["height"][i])),
                conf=round(conf, 2) if conf >= 0 else None,
            )
        )
    flush()
    return drop_specks(lines)


def drop_specks(lines: list[Line]) -> list[Line]:
    """Remove unsure 'words' much smaller than the page's text: stamps, dirt and ruling crumbs."""
    heights = [w.box.height for line in lines for w in line.words if w.box is not None]
    if not heights:
        return lines
    floor = SPECK_HEIGHT * float(sorted(heights)[len(heights) // 2])
    kept: list[Line] = []
    for line in lines:
        words = [w for w in line.words if not ((w.conf or 0) < NOISE_CONF and w.box.height < floor)]
        if len(words) == len(line.words):
            kept.append(line)
        elif words:
            kept.append(Line.from_words(words, line.block))
    return kept
