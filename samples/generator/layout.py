"""Lay a DocSpec out on A4 pages at 300 dpi: drawing operations plus the reading-order text lines.

Layout is done once at a fixed resolution so pagination (and hence the truth) never depends on the dpi a
page is later scanned at; the degrader resamples the 300-dpi raster to the target dpi.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from samples.generator.spec import (
    Centered, DocSpec, NationalHeader, Paragraph, Signature, Style, TableBlock, TextLine,
)

LAYOUT_DPI = 300
PAGE_W, PAGE_H = 2480, 3508  # A4 at 300 dpi
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 354, 213, 236, 236  # 3 cm left, 1.8 cm right, 2 cm top/bottom
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R
FONT_FILES = {"regular": "LiberationSerif-Regular.ttf", "bold": "LiberationSerif-Bold.ttf",
              "italic": "LiberationSerif-Italic.ttf", "bolditalic": "LiberationSerif-BoldItalic.ttf"}
SANS_FILES = {"regular": "LiberationSans-Regular.ttf", "bold": "LiberationSans-Bold.ttf",
              "italic": "LiberationSans-Italic.ttf", "bolditalic": "LiberationSans-BoldItalic.ttf"}
# Liberation Serif 2.x (Debian fonts-liberation2) is metric-compatible with Times New Roman, which Vietnamese
# administrative documents are set in; Liberation 1.x (fonts-liberation) lacks ơ, ư and the stacked
# diacritics, so it is only used if it covers them. DejaVu Serif is the last resort.
FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation2"), Path("/usr/share/fonts/truetype/liberation")]
DEJAVU = {"regular": "DejaVuSerif.ttf", "bold": "DejaVuSerif-Bold.ttf", "italic": "DejaVuSerif-Italic.ttf",
          "bolditalic": "DejaVuSerif-BoldItalic.ttf"}
LEADING = 1.28
RULE = 3  # table rule thickness in px at 300 dpi


def _covers_vietnamese(path: Path) -> bool:
    f = ImageFont.truetype(str(path), 40)
    missing = f.getmask("\uffff").getbbox()
    return all(f.getmask(ch).getbbox() != missing for ch in "ưỡậỬ")


@lru_cache(maxsize=16)
def font_path(style: Style, family: str = "serif") -> Path:
    """The first installed Times-like face with full Vietnamese coverage (Arial-like for "sans")."""
    files = SANS_FILES if family == "sans" else FONT_FILES
    candidates = [d / files[style] for d in FONT_DIRS] + [Path("/usr/share/fonts/truetype/dejavu") / DEJAVU[style]]
    for path in candidates:
        if path.exists() and _covers_vietnamese(path):
            return path
    raise FileNotFoundError("no serif font with Vietnamese glyphs: install fonts-liberation2 (or fonts-dejavu-core)")


@lru_cache(maxsize=64)
def font(style: Style, size: float, family: str = "serif") -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_path(style, family)), round(size * LAYOUT_DPI / 72))


def line_height(size: float) -> int:
    return round(size * LAYOUT_DPI / 72 * LEADING)


@dataclass
class TextOp:
    x: float
    y: float
    text: str
    style: Style
    size: float
    underline: bool = False
    family: str = "serif"


@dataclass
class RuleOp:
    x0: float
    y0: float
    x1: float
    y1: float
    width: int = RULE


@dataclass
class LaidPage:
    number: int
    ops: list[TextOp | RuleOp] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    width: int = PAGE_W
    height: int = PAGE_H


def wrap(text: str, style: Style, size: float, width: float, family: str = "serif") -> list[str]:
    """Greedy word wrap; a word longer than the width gets a line of its own."""
    f = font(style, size, family)
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and f.getlength(trial) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current:
        lines.append(current)
    return lines or [""]


class Layouter:
    def __init__(self, spec: DocSpec):
        self.spec = spec
        # a landscape page keeps the portrait margins on its (now longer) sides
        self.page_w, self.page_h = (PAGE_H, PAGE_W) if spec.landscape else (PAGE_W, PAGE_H)
        self.text_w = self.page_w - MARGIN_L - MARGIN_R
        self.family, self.rules = "serif", "grid"  # the current table's typeface and ruling
        self.pages: list[LaidPage] = []
        self._new_page()

    # -- page handling
    def _new_page(self) -> None:
        self.pages.append(LaidPage(len(self.pages) + 1, width=self.page_w, height=self.page_h))
        self.y = float(MARGIN_T)

    @property
    def page(self) -> LaidPage:
        return self.pages[-1]

    def _room(self) -> float:
        return self.page_h - MARGIN_B - self.y

    def _ensure(self, height: float) -> None:
        if height > self._room() and self.y > MARGIN_T:
            self._new_page()

    def _text(self, x: float, y: float, text: str, style: Style, size: float, underline: bool = False) -> None:
        self.page.ops.append(TextOp(x, y, unicodedata.normalize("NFC", text), style, size, underline, self.family))

    # -- blocks
    def national_header(self, b: NationalHeader) -> None:
        lh = line_height(b.size)
        split = MARGIN_L - 140 + 0.42 * (self.text_w + 140)
        columns = [(MARGIN_L - 140, split, b.left), (split, self.page_w - MARGIN_R + 40, b.right)]
        heights = []
        for x0, x1, lines in columns:
            parts = [(part, line) for line in lines for part in wrap(line.text, line.style, b.size, x1 - x0 - 20)]
            for i, (part, line) in enumerate(parts):
                w = font(line.style, b.size).getlength(part)
                self._text((x0 + x1 - w) / 2, self.y + i * lh, part, line.style, b.size, line.underline)
                self.page.lines.append(part)
            heights.append(len(parts))
        self.y += max(heights) * lh

    def centered(self, b: Centered) -> None:
        lh = line_height(b.size)
        self.y += b.space_before * lh
        for line in b.lines:
            for part in wrap(line.text, line.style, b.size, self.text_w):
                self._ensure(lh)
                w = font(line.style, b.size).getlength(part)
                self._text(MARGIN_L + (self.text_w - w) / 2, self.y, part, line.style, b.size, line.underline)
                self.page.lines.append(part)
                self.y += lh

    def paragraph(self, b: Paragraph) -> None:
        lh = line_height(b.size)
        indent = 150 if b.indent else 0  # 1.27 cm first-line indent
        f = font(b.style, b.size)
        first, *rest = wrap(b.text, b.style, b.size, self.text_w - indent)
        lines = [first] + (wrap(" ".join(rest), b.style, b.size, self.text_w) if rest else [])
        self.y += b.space_before * lh
        keep = 3 if b.style == "bold" else 2  # no heading or widow line alone at a page bottom
        self._ensure(min(len(lines), keep) * lh)
        for i, line in enumerate(lines):
            self._ensure(lh)
            x0 = MARGIN_L + (indent if i == 0 else 0)
            width = self.text_w - (indent if i == 0 else 0)
            words = line.split()
            if b.align == "justify" and i < len(lines) - 1 and len(words) > 1:
                gap = (width - sum(f.getlength(w) for w in words)) / (len(words) - 1)
                x = x0
                for w in words:
                    self._text(x, self.y, w, b.style, b.size)
                    x += f.getlength(w) + gap
            else:
                if b.align == "center":
                    x0 += (width - f.getlength(line)) / 2
                self._text(x0, self.y, line, b.style, b.size)
            self.page.lines.append(line)
            self.y += lh

    def table(self, b: TableBlock) -> None:
        lh = line_height(b.size)
        pad = 14
        xs = [float(MARGIN_L)]
        for w in b.widths:
            xs.append(xs[-1] + w * self.text_w)
        self.family, self.rules = b.family, b.rules
        truth = self.spec.tables[b.truth]
        truth["pages"] = []

        def header_height() -> float:
            return self._draw_header(b, xs, lh, pad, dry=True)

        def start_part() -> None:
            self.page_has_table = True
            self._draw_header(b, xs, lh, pad)
            truth["pages"].append(self.page.number)

        self.y += 0.3 * lh
        first_row = self._row_height(b, b.rows[0], xs, lh, pad) if b.rows else 0
        self._ensure(header_height() + first_row)
        start_part()
        for i, row in enumerate(b.rows):
            height = self._row_height(b, row, xs, lh, pad)
            if height > self._room():
                self._new_page()
                if b.repeat_header:
                    start_part()
                else:
                    truth["pages"].append(self.page.number)
            self._draw_row(b, row, xs, lh, pad, bold=i in b.bold_rows)
        self.family, self.rules = "serif", "grid"
        self.y += 0.3 * lh

    def _cell_lines(self, b: TableBlock, text: str, width: float, style: Style) -> list[str]:
        return wrap(text, style, b.size, width, b.family) if text else [""]

    def _row_height(self, b: TableBlock, row: list[str], xs: list[float], lh: int, pad: int) -> float:
        spans = [(xs[0], xs[-1])] if len(row) == 1 else list(zip(xs, xs[1:]))
        n = max(len(self._cell_lines(b, t, x1 - x0 - 2 * pad, "bold")) for t, (x0, x1) in zip(row, spans))
        return n * lh + 2 * pad

    def _draw_row(self, b: TableBlock, row: list[str], xs: list[float], lh: int, pad: int, bold: bool) -> None:
        style: Style = "bold" if bold else "regular"
        height = self._row_height(b, row, xs, lh, pad)
        spans = [(xs[0], xs[-1])] if len(row) == 1 else list(zip(xs, xs[1:]))
        aligns = ["left"] if len(row) == 1 else b.align
        for text, (x0, x1), align in zip(row, spans, aligns):
            self._box(x0, self.y, x1, self.y + height)
            lines = self._cell_lines(b, text, x1 - x0 - 2 * pad, style)
            top = self.y + (height - len(lines) * lh) / 2
            for k, line in enumerate(lines):
                w = font(style, b.size, b.family).getlength(line)
                x = x0 + pad if align == "left" else (x1 - pad - w if align == "right" else (x0 + x1 - w) / 2)
                if line:
                    self._text(x, top + k * lh, line, style, b.size)
        self.page.lines.append(" ".join(t for t in row if t))
        self.y += height

    def _draw_header(self, b: TableBlock, xs: list[float], lh: int, pad: int, dry: bool = False) -> float:
        """Header rows with row/col spans; returns their height (drawing nothing when dry)."""
        grid: list[tuple[int, int, int, int, str]] = []  # row, col, rowspan, colspan, text
        occupied: set[tuple[int, int]] = set()
        for r, cells in enumerate(b.header):
            c = 0
            for cell in cells:
                while (r, c) in occupied:
                    c += 1
                grid.append((r, c, cell.rowspan, cell.colspan, cell.text))
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        occupied.add((r + dr, c + dc))
                c += cell.colspan
        n_rows = len(b.header)
        lines_of = {g: self._cell_lines(b, g[4], xs[g[1] + g[3]] - xs[g[1]] - 2 * pad, "bold") for g in grid}
        heights = [lh + 2 * pad] * n_rows
        for g in grid:
            if g[2] == 1:
                heights[g[0]] = max(heights[g[0]], len(lines_of[g]) * lh + 2 * pad)
        for g in grid:
            need = len(lines_of[g]) * lh + 2 * pad
            have = sum(heights[g[0]:g[0] + g[2]])
            if need > have:
                heights[g[0] + g[2] - 1] += need - have
        total = sum(heights)
        if dry:
            return total
        tops = [self.y + sum(heights[:r]) for r in range(n_rows)]
        for g in grid:
            r, c, rs, cs, _ = g
            x0, x1 = xs[c], xs[c + cs]
            y0, y1 = tops[r], tops[r] + sum(heights[r:r + rs])
            self._box(x0, y0, x1, y1)
            lines = lines_of[g]
            top = y0 + (y1 - y0 - len(lines) * lh) / 2
            for k, line in enumerate(lines):
                w = font("bold", b.size, b.family).getlength(line)
                self._text((x0 + x1 - w) / 2, top + k * lh, line, "bold", b.size)
        for r in range(n_rows):
            self.page.lines.append(" ".join(g[4] for g in grid if g[0] == r))
        self.y += total
        return total

    def _box(self, x0: float, y0: float, x1: float, y1: float) -> None:
        ops = self.page.ops
        if self.rules == "none":  # a borderless table: its columns are aligned by whitespace only
            return
        ops += [RuleOp(x0, y0, x1, y0), RuleOp(x0, y1, x1, y1)]
        if self.rules == "grid":  # a horizontal-rules-only table has no verticals
            ops += [RuleOp(x0, y0, x0, y1), RuleOp(x1, y0, x1, y1)]

    def signature(self, b: Signature) -> None:
        lh = line_height(b.size)
        small = b.size - 1.5
        slh = line_height(small)
        left = [TextLine("Nơi nhận:", "bolditalic")] + [
            TextLine(f"- {r}{'' if r.endswith('.') else (';' if k < len(b.recipients) - 1 else '.')}")
            for k, r in enumerate(b.recipients)]
        right = [TextLine(a, "bold") for a in (b.authority or "").split("\n") if a] + [TextLine(b.title, "bold")]
        height = max(len(left) * slh, (len(right) + 5) * lh)
        self.y += 0.6 * lh
        self._ensure(height)
        for k, line in enumerate(left):
            size = b.size - 0.5 if k == 0 else small
            self._text(MARGIN_L, self.y + k * slh, line.text, line.style, size)
            self.page.lines.append(line.text)
        cx = MARGIN_L + 0.72 * self.text_w
        for k, line in enumerate(right + [TextLine("")] * 4 + [TextLine(b.name, "bold")]):
            if line.text:
                w = font(line.style, b.size).getlength(line.text)
                self._text(cx - w / 2, self.y + k * lh, line.text, line.style, b.size)
                self.page.lines.append(line.text)
        self.y += height

    def run(self) -> list[LaidPage]:
        handlers = {NationalHeader: self.national_header, Centered: self.centered, Paragraph: self.paragraph,
                    TableBlock: self.table, Signature: self.signature}
        for block in self.spec.blocks:
            handlers[type(block)](block)
        return self.pages


def layout(spec: DocSpec) -> list[LaidPage]:
    return Layouter(spec).run()


def draw_page(page: LaidPage) -> Image.Image:
    """The upright, noise-free 300-dpi raster of a laid-out page (8-bit gray, black ink on white)."""
    img = Image.new("L", (page.width, page.height), 255)
    draw = ImageDraw.Draw(img)
    for op in page.ops:
        if isinstance(op, RuleOp):
            draw.line([(op.x0, op.y0), (op.x1, op.y1)], fill=0, width=op.width)
            continue
        f = font(op.style, op.size, op.family)
        draw.text((op.x, op.y), op.text, font=f, fill=0, anchor="la")
        if op.underline:
            w = f.getlength(op.text)
            y = op.y + f.size * 1.02
            draw.line([(op.x, y), (op.x + w, y)], fill=0, width=3)
    return img
