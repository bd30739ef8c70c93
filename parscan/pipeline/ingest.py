"""Ingest: open a PDF, an image or an OCR text file and hand out its pages one at a time.

Pages are loaded lazily so a 200-page report never sits in memory whole, and so the batch
runner can send single pages to different workers (`open_source(path).load(n)`).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageSequence, UnidentifiedImageError

from parscan.errors import BadInputError
from parscan.normalizers.quality import TRUSTED_LAYER_QUALITY, vietnamese_quality
from parscan.pipeline.options import ExtractOptions
from parscan.schemas.document import Source, SourceKind
from parscan.schemas.ocr import PageOrigin

Image.MAX_IMAGE_PIXELS = None  # we enforce our own limit with a clear message

_PDF_MAGIC = b"%PDF-"  # within the first 1024 bytes, as PDF readers accept it
_IMAGE_MAGICS = (b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM", b"GIF8", b"RIFF")
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".bmp", ".gif", ".webp"}
TEXT_SUFFIXES = {".txt"}
_EXPECTED = "expected PDF, PNG/JPEG/TIFF image or UTF-8 text"


@dataclass
class TextLayerWord:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass
class RawPage:
    """One page as read from the source, before any image processing."""

    number: int
    origin: PageOrigin
    image: np.ndarray | None = None  # uint8 grayscale, H x W
    dpi: int | None = None
    text_lines: list[str] | None = None  # text file lines, or text-layer lines
    layer_text: str = ""  # the PDF text layer, whatever its quality
    layer_words: list[TextLayerWord] = field(default_factory=list)  # trusted text-layer words, pixels at `dpi`
    warnings: list[str] = field(default_factory=list)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def sniff_kind(path: Path) -> SourceKind:
    """The input kind: the file's name says what it should be, its bytes must agree.

    A `.pdf` must be a PDF, an image name an image, a `.txt` UTF-8 text; a file without an
    extension (archives drop them) is whatever its bytes are. Any other extension is a file
    type parscan does not read, whatever its bytes would decode as (a .docx is a zip).
    """
    if not path.exists():
        raise BadInputError(f"{path}: no such file")
    if path.is_dir():
        raise BadInputError(f"{path}: is a directory, not a file")
    with path.open("rb") as fh:
        head = fh.read(2048)
    if not head:
        raise BadInputError(f"{path}: file is empty")
    is_pdf, is_image = _PDF_MAGIC in head[:1024], head.startswith(_IMAGE_MAGICS)
    suffix = _extension(path)
    if suffix == ".pdf":
        if is_pdf:
            return "pdf"
        raise BadInputError(f"{path}: not a PDF file")
    if suffix in IMAGE_SUFFIXES:
        if is_image:
            return "image"
        raise BadInputError(f"{path}: not an image file")
    if suffix in TEXT_SUFFIXES:
        if _looks_like_text(head):
            return "text"
        raise BadInputError(f"{path}: not a UTF-8 text file")
    if suffix:
        raise BadInputError(f"{path}: unsupported file type: {suffix} ({_EXPECTED})")
    if is_pdf:
        return "pdf"
    if is_image:
        return "image"
    if _looks_like_text(head):
        return "text"
    raise BadInputError(f"{path}: unsupported file type ({_EXPECTED})")


def _extension(path: Path) -> str:
    """The lower-case extension; none for a name like `Báo cáo 12.2019` (digits or spaces after the dot)."""
    suffix = path.suffix.lower()
    return suffix if suffix[1:].isalnum() and not suffix[1:].isdigit() else ""


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        # a multi-byte character may be cut at the end of the sniffed block
        if exc.start < len(head) - 4:
            return False
    return True


class SourceHandle:
    """An opened input. `page_numbers()` lists pages to process; `load(n)` reads one."""

    source: Source

    def page_numbers(self, options: ExtractOptions) -> list[int]:
        total = self.source.page_count
        if options.pages is None:
            return list(range(1, total + 1))
        wanted = [p for p in options.pages if 1 <= p <= total]
        if not wanted:
            raise BadInputError(f"{self.source.path}: pages {options.pages} not in document of {total} page(s)")
        return wanted

    def load(self, number: int, options: ExtractOptions) -> RawPage:
        raise NotImplementedError

    def close(self) -> None:
        """Release file handles (default: nothing held)."""

    def __enter__(self) -> "SourceHandle":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class TextSource(SourceHandle):
    """Plain OCR text such as the seeds: pages split on form feeds."""

    def __init__(self, path: Path, sha: str) -> None:
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise BadInputError(f"{path}: text file is not valid UTF-8") from exc
        text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
        # a page's text ends without its final newline, so `--format text` reproduces the file
        self._pages = [page[:-1] if page.endswith("\n") else page for page in text.split("\f")]
        if self._pages and not self._pages[-1].strip() and len(self._pages) > 1:
            self._pages.pop()
        if not text.strip():
            raise BadInputError(f"{path}: text file has no text")
        self.source = Source(path=str(path), sha256=sha, kind="text", page_count=len(self._pages), bytes=len(raw))

    def load(self, number: int, options: ExtractOptions) -> RawPage:
        lines = self._pages[number - 1].split("\n")
        return RawPage(number=number, origin="text_file", text_lines=lines)


class ImageSource(SourceHandle):
    """PNG/JPEG/TIFF (multi-page TIFF too)."""

    def __init__(self, path: Path, sha: str, options: ExtractOptions) -> None:
        self._path = path
        try:
            self._img = Image.open(path)
            frames = getattr(self._img, "n_frames", 1)
            width, height = self._img.size
        except (UnidentifiedImageError, OSError, SyntaxError) as exc:
            raise BadInputError(f"{path}: cannot read image ({exc.__class__.__name__})") from exc
        if width * height > options.max_pixels:
            raise BadInputError(
                f"{path}: image of {width}x{height} pixels exceeds the limit of {options.max_pixels:,} pixels"
            )
        if width == 0 or height == 0 or frames == 0:
            raise BadInputError(f"{path}: image has no pixels")
        self.source = Source(path=str(path), sha256=sha, kind="image", page_count=frames, bytes=path.stat().st_size)

    def load(self, number: int, options: ExtractOptions) -> RawPage:
        try:
            frame = ImageSequence.Iterator(self._img)[number - 1]
            if frame.width * frame.height > options.max_pixels:
                raise BadInputError(f"{self._path}: page {number} exceeds the pixel limit")
            dpi_info = frame.info.get("dpi")
            gray = np.asarray(frame.convert("L"))
        except (OSError, SyntaxError, ValueError) as exc:
            raise BadInputError(f"{self._path}: page {number} is unreadable ({exc})") from exc
        dpi = int(round(float(dpi_info[0]))) if dpi_info and float(dpi_info[0]) > 1 else None
        return RawPage(number=number, origin="ocr", image=gray, dpi=dpi)

    def close(self) -> None:
        self._img.close()


class PdfSource(SourceHandle):
    """PDF through pypdfium2 (rasterising) and pdfplumber (text-layer words with positions)."""

    def __init__(self, path: Path, sha: str) -> None:
        import pypdfium2 as pdfium

        self._path = path
        try:
            self._pdf = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            raise BadInputError(f"{path}: {_diagnose_unreadable_pdf(path, exc)}") from exc
        pages = len(self._pdf)
        if pages == 0:
            raise BadInputError(f"{path}: PDF has no pages")
        self._plumber = None
        self.source = Source(path=str(path), sha256=sha, kind="pdf", page_count=pages, bytes=path.stat().st_size)

    def _layer_words(self, number: int, scale: float) -> list[TextLayerWord]:
        import pdfplumber

        try:
            if self._plumber is None:
                self._plumber = pdfplumber.open(str(self._path))
            page = self._plumber.pages[number - 1]
            words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
        except Exception:  # noqa: BLE001 - a broken text layer must not stop OCR of the image
            return []
        return [
            TextLayerWord(
                text=unicodedata.normalize("NFC", w["text"]),
                x0=w["x0"] * scale,
                y0=w["top"] * scale,
                x1=w["x1"] * scale,
                y1=w["bottom"] * scale,
            )
            for w in words
            if w["text"].strip()
        ]

    def load(self, number: int, options: ExtractOptions) -> RawPage:
        import pypdfium2 as pdfium

        try:
            page = self._pdf[number - 1]
            width_pt, height_pt = page.get_size()
            scale = options.dpi / 72.0
            if width_pt * height_pt * scale * scale > options.max_pixels:
                scale = (options.max_pixels / (width_pt * height_pt)) ** 0.5
            bitmap = page.render(scale=scale, grayscale=True)
            gray = np.array(bitmap.to_pil().convert("L"))
        except pdfium.PdfiumError as exc:
            raise BadInputError(f"{self._path}: page {number} cannot be rendered ({exc})") from exc
        dpi = int(round(scale * 72))
        layer_text = unicodedata.normalize("NFC", page.get_textpage().get_text_range())
        raw = RawPage(number=number, origin="ocr", image=gray, dpi=dpi, layer_text=layer_text)
        if layer_text.strip() and vietnamese_quality(layer_text) >= TRUSTED_LAYER_QUALITY:
            # word positions cost ~0.2 s a page: fetch them only for a layer we will use
            raw.layer_words = self._layer_words(number, scale)
        return raw

    def close(self) -> None:
        if self._plumber is not None:
            self._plumber.close()
        self._pdf.close()


def _diagnose_unreadable_pdf(path: Path, error: Exception) -> str:
    """PDFium's messages are terse ("Success" for a page-less file); ask pikepdf what is wrong."""
    import pikepdf

    if "password" in str(error).lower():
        return "PDF is encrypted (password required)"
    try:
        with pikepdf.open(path) as pdf:
            if len(pdf.pages) == 0:
                return "PDF has no pages"
    except pikepdf.PasswordError:
        return "PDF is encrypted (password required)"
    except Exception:  # noqa: BLE001 - any parse failure means the same to the user
        pass
    return f"PDF is corrupt or truncated ({error})"


def open_source(path: str | Path, options: ExtractOptions | None = None, *, sha256: str | None = None) -> SourceHandle:
    """Open any supported input; raises BadInputError with a one-line reason otherwise.

    `sha256`: the file's hash when the caller already has it. A worker is handed it with each page
    it OCRs, and hashing the whole file again for every page is a read of the file per page (~0.1 s
    a page on a 50 MB scan).
    """
    options = options or ExtractOptions()
    path = Path(path)
    kind = sniff_kind(path)
    sha = sha256 or sha256_of(path)
    if kind == "text":
        return TextSource(path, sha)
    if kind == "image":
        return ImageSource(path, sha, options)
    return PdfSource(path, sha)
