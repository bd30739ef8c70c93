"""A born-digital PDF of a DocSpec: the laid-out pages as real text (embedded Liberation fonts) and vector
rules, as a word processor exports them, not a scan. Its text layer is what the pipeline reads (pdfplumber
word positions, no OCR), tables included.

    write_text_pdf(build_wide_table(seed, rules="none"), "out/x.pdf")   # + out/x.truth.json

Written with pdfium's page-object API (pypdfium2, already a dependency): no other PDF writer needed.
"""

from __future__ import annotations

import ctypes
import json
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from samples.generator.layout import LAYOUT_DPI, RuleOp, TextOp, font, font_path, layout
from samples.generator.spec import DocSpec

PT = 72 / LAYOUT_DPI  # layout pixels to PDF points


def _load_fonts(pdf: pdfium.PdfDocument, ops: list[TextOp]) -> tuple[dict, list]:
    """Each (style, family) used, embedded once as a CID TrueType font (Vietnamese needs more than 256 glyphs)."""
    fonts, buffers = {}, []
    for op in ops:
        key = (op.style, op.family)
        if key in fonts:
            continue
        data = font_path(op.style, op.family).read_bytes()
        buffer = (ctypes.c_uint8 * len(data)).from_buffer_copy(data)
        buffers.append(buffer)  # pdfium reads the bytes when the document is saved
        fonts[key] = pdfium_c.FPDFText_LoadFont(pdf.raw, buffer, len(data), pdfium_c.FPDF_FONT_TRUETYPE, True)
    return fonts, buffers


def _text(pdf: pdfium.PdfDocument, handle, op: TextOp, height_pt: float) -> object:
    obj = pdfium_c.FPDFPageObj_CreateTextObj(pdf.raw, handle, ctypes.c_float(op.size))
    encoded = (op.text + "\0").encode("utf-16-le")
    pdfium_c.FPDFText_SetText(obj, ctypes.cast(ctypes.create_string_buffer(encoded, len(encoded)),
                                               ctypes.POINTER(pdfium_c.FPDF_WCHAR)))
    ascent, _ = font(op.style, op.size, op.family).getmetrics()  # ops are placed by their top (anchor "la")
    pdfium_c.FPDFPageObj_Transform(obj, 1, 0, 0, 1, op.x * PT, height_pt - (op.y + ascent) * PT)
    return obj


def _rule(op: RuleOp, height_pt: float) -> object:
    path = pdfium_c.FPDFPageObj_CreateNewPath(op.x0 * PT, height_pt - op.y0 * PT)
    pdfium_c.FPDFPath_LineTo(path, op.x1 * PT, height_pt - op.y1 * PT)
    pdfium_c.FPDFPath_SetDrawMode(path, pdfium_c.FPDF_FILLMODE_NONE, True)
    pdfium_c.FPDFPageObj_SetStrokeWidth(path, ctypes.c_float(op.width * PT))
    return path


def write_text_pdf(spec: DocSpec, out_pdf: str | Path) -> Path:
    """Write OUT.pdf (text and rules, no image) and OUT.truth.json (the spec's records and page lines)."""
    out_pdf = Path(out_pdf)
    pages = layout(spec)
    pdf = pdfium.PdfDocument.new()
    fonts, _buffers = _load_fonts(pdf, [op for p in pages for op in p.ops if isinstance(op, TextOp)])
    for laid in pages:
        width_pt, height_pt = laid.width * PT, laid.height * PT
        page = pdf.new_page(width_pt, height_pt)
        for op in laid.ops:
            obj = _rule(op, height_pt) if isinstance(op, RuleOp) else \
                _text(pdf, fonts[(op.style, op.family)], op, height_pt)
            pdfium_c.FPDFPage_InsertObject(page.raw, obj)
        pdfium_c.FPDFPage_GenerateContent(page.raw)
    out_pdf.parent.mkdir(parents=True, exist_ok=True)
    pdf.save(str(out_pdf))
    pdf.close()
    truth = {"generator": {"name": spec.name, "seed": spec.seed, "profile": "text-layer"},
             "pages": [{"number": p.number, "lines": p.lines} for p in pages], **spec.records()}
    out_pdf.with_name(out_pdf.name.removesuffix(".pdf") + ".truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out_pdf
