"""Searchable PDF: the original page images plus an invisible layer of the REPAIRED Vietnamese text.

Why not ocrmypdf's output: its text is Tesseract's raw reading; ours is the text after Vietnamese
repair, so searching "Chỉ số cải cách hành chính" in the archive finds the page and copy-paste gives
correct diacritics. The layer uses Tesseract's GlyphLessFont approach: a Type0 font whose character
codes are UTF-16 code units (Identity-H), all drawn with one empty glyph, and a ToUnicode map from
each code to itself. Text is drawn in render mode 3 (invisible) at the word boxes, stretched to fit.

The original pages are kept as they are (PDF input: the same page objects; image input: the image
wrapped losslessly by img2pdf); only pages parscan OCRed get the layer, and any old invisible OCR
text on them is removed so a garbled layer does not shadow the repaired one.
"""

from __future__ import annotations

import base64
import io
import os
import re
import tempfile
import zlib
from pathlib import Path

import cv2
import numpy as np
import pikepdf

from parscan.errors import BadInputError
from parscan.schemas.document import ParscanDocument
from parscan.schemas.ocr import Line, Page

FONT_NAME = pikepdf.Name("/FParscanOCR")
GLYPH_ADVANCE = 0.5  # every glyph is 500/1000 em wide (the font's /DW)
# Tesseract's pdf.ttf (Apache-2.0): a TrueType font with one empty glyph, 572 bytes.
_GLYPHLESS_TTF_B64 = (
    "AAEAAAAKAIAAAwAgT1MvMlbeyJQAAAEoAAAAYGNtYXAACgA0AAABkAAAAB5nbHlmFSJBJAAAAbgAAAAYaGVhZAt48WUAAACsAAAA"
    "NmhoZWEMAgQCAAAA5AAAACRobXR4BAAAAAAAAYgAAAAIbG9jYQAMAAAAAAGwAAAABm1heHAABAAFAAABCAAAACBuYW1l8usW2gAA"
    "AdAAAABLcG9zdAABAAEAAAIcAAAAIAABAAAAAQAAsJRxEF8PPPUEBwgAAAAAAM+a/G4AAAAA1MOn8gAAAAAEAAgAAAAAEAACAAAA"
    "AAAAAAEAAAgA//8AAAQAAAAAAAQAAAEAAAAAAAAAAAAAAAAAAAACAAEAAAACAAQAAQAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAwAA"
    "AZAABQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAUAAQABAAAAAAAAAAAAAAAAAAAAAAAAAAAAR09PRwBAAAAAAAAB//8AAAABAAGA"
    "AAAAAAAAAAAAAAAAAAABAAAAAAAABAAAAAAAAAIAAQAAAAAAFAADAAAAAAAUAAYACgAAAAAAAAAAAAAAAAAMAAAAAQAAAAAEAAgA"
    "AAMAADEhESEEAPwACAAAAAADACoAAAADAAAABQAWAAAAAQAAAAAABQALABYAAwABBAkABQAWAAAAVgBlAHIAcwBpAG8AbgAgADEA"
    "LgAwVmVyc2lvbiAxLjAAAAEAAAAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAA="
)
_TEXT_SHOWING = {"Tj", "TJ", "'", '"'}
_NOT_ONE_UNIT = re.compile("[\ud800-\udfff\U00010000-\U0010ffff]")  # lone surrogates, beyond the BMP


def write_searchable_pdf(source_path: str | Path, doc: ParscanDocument, target: str | Path) -> Path:
    """Write `target` (atomically: temp file then rename) and return it."""
    with SearchablePdf(source_path, doc.source.kind) as writer:
        for page in doc.pages:
            writer.add(page)
        return writer.save(target)


class SearchablePdf:
    """The searchable PDF of one source, a page at a time: `add` each page once its text is final
    (repaired), then `save`.

    Why a page at a time: `parscan extract --jobs N --pdf-out` lays the text of each page while
    the workers still OCR the later ones, instead of all of them after the last page.
    """

    def __init__(self, source_path: str | Path, kind: str) -> None:
        self.source_path = Path(source_path)
        if kind == "text":
            raise BadInputError(f"{self.source_path}: a text file has no page images for a searchable PDF")
        self.kind = kind
        self._pdf: pikepdf.Pdf | None = None
        self._font: pikepdf.Object | None = None

    def _open(self) -> pikepdf.Pdf:
        if self._pdf is None:  # at the first page, not when the command starts
            if self.kind == "pdf":
                self._pdf = pikepdf.open(self.source_path)
            else:
                self._pdf = pikepdf.open(io.BytesIO(_image_to_pdf(self.source_path)))
            self._font = _glyphless_font(self._pdf)
        return self._pdf

    def add(self, page: Page) -> None:
        """Lay `page`'s text on its PDF page (only pages parscan OCRed)."""
        pdf = self._open()
        if page.origin != "ocr" or not page.lines or page.number > len(pdf.pages):
            return  # text-layer pages are searchable already; blank pages have nothing to add
        pdf_page = pdf.pages[page.number - 1]
        _remove_invisible_text(pdf, pdf_page)
        _add_text_layer(pdf, pdf_page, page, self._font)

    def save(self, target: str | Path) -> Path:
        """Write `target` (atomically: temp file then rename) and return it."""
        target = Path(target)
        pdf = self._open()
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".pdf", dir=target.parent)
        os.close(fd)
        try:
            pdf.save(tmp)
            os.chmod(tmp, _new_file_mode())  # mkstemp makes 0600; the PDF is shared like any output
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None

    def __enter__(self) -> SearchablePdf:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _new_file_mode() -> int:
    """The mode a plain new file gets: 0666 less the process umask (0644 under the usual 022)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


# -- base document -------------------------------------------------------------------------------


def _image_to_pdf(path: Path) -> bytes:
    """Wrap the image(s) without re-encoding when img2pdf can (JPEG, most PNG/TIFF)."""
    import img2pdf
    from PIL import Image, ImageSequence

    try:
        return img2pdf.convert(str(path), rotation=img2pdf.Rotation.none)
    except Exception:  # noqa: BLE001 - alpha channels, odd modes: re-encode losslessly instead
        frames = []
        with Image.open(path) as image:
            for frame in ImageSequence.Iterator(image):
                buffer = io.BytesIO()
                frame.convert("RGB" if frame.mode not in ("L", "1") else frame.mode).save(buffer, format="PNG")
                frames.append(buffer.getvalue())
        return img2pdf.convert(frames, rotation=img2pdf.Rotation.none)


# -- font ----------------------------------------------------------------------------------------


def _glyphless_font(pdf: pikepdf.Pdf) -> pikepdf.Object:
    font_file = pikepdf.Stream(pdf, _font_program())
    descriptor = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.FontDescriptor,
            FontName=pikepdf.Name("/GlyphLessFont"),
            Flags=5,
            FontBBox=[0, 0, 500, 1000],
            ItalicAngle=0,
            Ascent=1000,
            Descent=0,
            CapHeight=1000,
            StemV=80,
            FontFile2=font_file,
        )
    )
    # every code (UTF-16 code unit) -> glyph 1, the empty glyph
    cid_to_gid = pikepdf.Stream(pdf, zlib.compress(b"\x00\x01" * 65536), Filter=pikepdf.Name.FlateDecode)
    cid_font = pikepdf.Dictionary(
        Type=pikepdf.Name.Font,
        Subtype=pikepdf.Name.CIDFontType2,
        BaseFont=pikepdf.Name("/GlyphLessFont"),
        CIDSystemInfo=pikepdf.Dictionary(Registry="Adobe", Ordering="Identity", Supplement=0),
        FontDescriptor=descriptor,
        DW=int(GLYPH_ADVANCE * 1000),
        CIDToGIDMap=cid_to_gid,
    )
    return pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type0,
            BaseFont=pikepdf.Name("/GlyphLessFont"),
            Encoding=pikepdf.Name("/Identity-H"),
            DescendantFonts=[pdf.make_indirect(cid_font)],
            ToUnicode=pikepdf.Stream(pdf, _identity_to_unicode()),
        )
    )


def _font_program() -> bytes:
    return base64.b64decode(_GLYPHLESS_TTF_B64)


def _identity_to_unicode() -> bytes:
    """ToUnicode CMap mapping every 2-byte code to the same UTF-16 code unit (BMP: all Vietnamese)."""
    ranges = [f"<{hi:02X}00> <{hi:02X}FF> <{hi:02X}00>" for hi in range(256) if not 0xD8 <= hi <= 0xDF]
    blocks = []
    for start in range(0, len(ranges), 100):
        chunk = ranges[start : start + 100]
        blocks.append(f"{len(chunk)} beginbfrange\n" + "\n".join(chunk) + "\nendbfrange")
    return (
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + "\n".join(blocks)
        + "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    ).encode("ascii")


# -- geometry ------------------------------------------------------------------------------------


def _inherited(page: pikepdf.Page, key: str) -> pikepdf.Object | None:
    node = page.obj
    while node is not None:
        if key in node:
            return node[key]
        node = node.get("/Parent")
    return None


def pixel_to_pdf_matrix(page: Page, box: tuple[float, float, float, float], page_rotate: int) -> np.ndarray:
    """3x3 matrix from the upright, deskewed page image (pixels, y down) to PDF user space.

    The OCR boxes refer to the image after rotation to upright, upscaling and deskewing
    (`parscan.pipeline.preprocess.prepare`); this undoes each step so text lands on the original.
    """
    width, height = float(page.width or 1), float(page.height or 1)
    rotation = page.rotation % 360
    # 1. undo the deskew (rotation by `skew` degrees about the centre, same canvas)
    undo_skew = np.vstack([cv2.getRotationMatrix2D((width / 2, height / 2), -page.skew, 1.0), [0, 0, 1]])
    # 2. undo the quarter turn that made the page upright (w0 x h0: the raster before it)
    w0, h0 = (height, width) if rotation in (90, 270) else (width, height)
    undo_turn = {
        0: np.eye(3),
        90: np.array([[0, 1, 0], [-1, 0, h0], [0, 0, 1]], dtype=float),
        180: np.array([[-1, 0, w0], [0, -1, h0], [0, 0, 1]], dtype=float),
        270: np.array([[0, -1, w0], [1, 0, 0], [0, 0, 1]], dtype=float),
    }[rotation]
    # 3. raster pixels -> displayed page in points (y up)
    llx, lly, urx, ury = box
    box_w, box_h = urx - llx, ury - lly
    shown_w, shown_h = (box_h, box_w) if page_rotate in (90, 270) else (box_w, box_h)
    to_points = np.array([[shown_w / w0, 0, 0], [0, -shown_h / h0, shown_h], [0, 0, 1]], dtype=float)
    # 4. displayed page -> unrotated user space (the page's own /Rotate and crop box origin)
    unshow = {
        0: np.array([[1, 0, llx], [0, 1, lly], [0, 0, 1]], dtype=float),
        90: np.array([[0, -1, llx + box_w], [1, 0, lly], [0, 0, 1]], dtype=float),
        180: np.array([[-1, 0, llx + box_w], [0, -1, lly + box_h], [0, 0, 1]], dtype=float),
        270: np.array([[0, 1, llx], [-1, 0, lly + box_h], [0, 0, 1]], dtype=float),
    }[page_rotate]
    return unshow @ to_points @ undo_turn @ undo_skew


# -- content -------------------------------------------------------------------------------------


def _hex(text: str) -> str:
    """The text's UTF-16 code units in hex (Identity-H); characters outside the BMP are left out.

    By the codec, not character by character: it was ~40 % of writing the layer (48 pages)."""
    return _NOT_ONE_UNIT.sub("", text).encode("utf-16-be").hex().upper()


def _placements(line: Line) -> list[tuple[str, float, float, float, float]]:
    """(text, x0, x_end, baseline, height) runs in pixels: repaired words at the OCR word boxes.

    Repair may merge or split words; when the token count no longer matches the boxes, the whole
    repaired line is stretched over the line box instead (search still finds it on the right line).
    """
    tokens = line.text.split()
    boxes = [w.box for w in line.words if w.box is not None]
    runs = []
    if tokens and len(tokens) == len(boxes):
        for i, (token, box) in enumerate(zip(tokens, boxes)):
            last = i == len(tokens) - 1
            end = box.x1 if last else max(box.x1, boxes[i + 1].x0)
            runs.append((token if last else token + " ", box.x0, end, box.y1, box.height))
    elif tokens:
        box = line.box or (boxes[0] if boxes else None)
        for other in boxes[1:]:
            box = box.union(other)
        if box is not None:
            runs.append((" ".join(tokens), box.x0, box.x1, box.y1, box.height))
    return runs


def text_layer_operators(page: Page) -> str:
    """The BT..ET block drawing the page's repaired text invisibly, in pixel coordinates."""
    parts = ["BT", "3 Tr", f"{FONT_NAME} 1 Tf"]
    for line in page.lines:
        for text, x0, x_end, baseline, height in _placements(line):
            encoded = _hex(text)
            if not encoded:
                continue
            size = max(1.0, float(height))
            scale = max(0.01, (x_end - x0) / (GLYPH_ADVANCE * (len(encoded) // 4)))
            parts.append(f"{scale:.4f} 0 0 {-size:.4f} {x0:.2f} {baseline:.2f} Tm <{encoded}> Tj")
    parts.append("ET")
    return "\n".join(parts)


def _add_text_layer(pdf: pikepdf.Pdf, pdf_page: pikepdf.Page, page: Page, font: pikepdf.Object) -> None:
    box = [float(v) for v in (_inherited(pdf_page, "/CropBox") or _inherited(pdf_page, "/MediaBox"))]
    page_rotate = int(_inherited(pdf_page, "/Rotate") or 0) % 360
    m = pixel_to_pdf_matrix(page, (box[0], box[1], box[2], box[3]), page_rotate)
    pdf_page.add_resource(font, pikepdf.Name.Font, FONT_NAME)
    cm = " ".join(f"{v:.6f}" for v in (m[0, 0], m[1, 0], m[0, 1], m[1, 1], m[0, 2], m[1, 2]))
    # wrap the original content in q..Q so whatever state it leaves does not move our layer
    pdf_page.contents_add(pikepdf.Stream(pdf, b"q\n"), prepend=True)
    layer = f"Q\nq {cm} cm\n{text_layer_operators(page)}\nQ\n"
    pdf_page.contents_add(pikepdf.Stream(pdf, layer.encode("ascii")))
    if page.rotation % 360:
        # show the page upright, as parscan read it
        pdf_page.obj.Rotate = (page_rotate + page.rotation) % 360


def _remove_invisible_text(pdf: pikepdf.Pdf, pdf_page: pikepdf.Page) -> None:
    """Drop text drawn in render mode 3 (an old OCR layer); visible text and images stay."""
    try:
        instructions = pikepdf.parse_content_stream(pdf_page)
    except pikepdf.PdfError:
        return
    mode, stack, kept, dropped = 0, [], [], 0
    for operands, operator in instructions:
        op = str(operator)
        if op == "q":
            stack.append(mode)
        elif op == "Q" and stack:
            mode = stack.pop()
        elif op == "Tr" and operands:
            mode = int(operands[0])
        if op in _TEXT_SHOWING and mode == 3:
            dropped += 1
            if op in ("'", '"'):
                kept.append(pikepdf.ContentStreamInstruction([], pikepdf.Operator("T*")))
            continue
        kept.append(pikepdf.ContentStreamInstruction(operands, operator))
    if dropped:
        pdf_page.obj.Contents = pikepdf.Stream(pdf, pikepdf.unparse_content_stream(kept))
