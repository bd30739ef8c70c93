"""Synthetic scanned score tables with known cells, for the table tests and benchmark.

Why here: table detection must be measured on pages whose every cell is known. The sample
generator (`samples/generator`) renders whole documents; this module renders just what the
table stage needs (ruled or unruled score tables, merged header cells, decimal commas,
wrapped unit names, scan noise, residual skew, JPEG), quickly and deterministically.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_DIR = "/usr/share/fonts/truetype/liberation2/"  # Liberation 2.x: full Vietnamese (1.x lacks ở, ộ ...)

UNITS = [
    "Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Y tế", "Sở Giáo dục và Đào tạo",
    "Sở Thông tin và Truyền thông", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng", "Sở Công Thương",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội", "Sở Khoa học và Công nghệ",
    "Thanh tra tỉnh", "Ban Dân tộc", "Văn phòng UBND tỉnh", "Sở Ngoại vụ",
    "Ban Quản lý các khu công nghiệp", "UBND thành phố Phủ Lý", "UBND huyện Duy Tiên",
    "UBND huyện Kim Bảng", "UBND huyện Thanh Liêm", "UBND huyện Bình Lục", "UBND huyện Lý Nhân",
]


@dataclass
class TruthCell:
    row: int
    col: int
    text: str
    row_span: int = 1
    col_span: int = 1
    numeric: bool = False


@dataclass
class RenderedTable:
    """A rendered page and the cells printed on it (row/col in the table's own grid)."""

    image: np.ndarray
    cells: list[TruthCell] = field(default_factory=list)
    n_rows: int = 0
    n_cols: int = 0
    header_rows: int = 0


def _fmt(value: float, decimals: int, comma: bool) -> str:
    text = f"{value:.{decimals}f}"
    return text.replace(".", ",") if comma else text


def score_rows(n: int, seed: int, comma: bool = True, start_rank: int = 1) -> list[list[str]]:
    """Body rows: rank, unit, appraisal, survey (or X), total, index %."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        starred = rng.random() < 0.1  # not surveyed: marked X, scored out of 60 instead of 100
        appraisal = rng.uniform(35, 58) if starred else rng.uniform(55, 88)
        survey = rng.uniform(5, 10)
        survey_txt = "X" if starred else _fmt(survey, 2, comma)
        total = appraisal + (0 if starred else survey)
        index = total / 60 * 100 if starred else total
        unit = UNITS[rng.randrange(len(UNITS))] + ("(*)" if starred else "")
        rows.append([
            str(start_rank + i), unit, _fmt(appraisal, rng.choice([1, 2]), comma), survey_txt,
            _fmt(total, 2, comma), _fmt(index, 2, comma),
        ])
    return rows


HEADER_TOP = ["STT", "Tên cơ quan, đơn vị", "Điểm đánh giá", None, "Tổng điểm đạt được", "Chỉ số CCHC (%)"]
HEADER_SUB = ["Điểm thẩm định", "Điểm khảo sát"]
COL_WIDTHS_MM = [12, 62, 24, 24, 24, 24]


def _wrap(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for word in words:
        trial = f"{cur} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def render_score_table(
    rows: list[list[str]],
    *,
    dpi: int = 300,
    header: bool = True,
    ruled: bool = True,
    font_pt: float = 12,
    skew_deg: float = 0.0,
    noise: float = 0.0,
    jpeg_quality: int | None = None,
    broken_lines: bool = False,
    margin_top_mm: float = 20,
    page_mm: tuple[float, float] = (210, 0),
    seed: int = 0,
) -> RenderedTable:
    """Render `rows` (6 columns) as a table on a white page; `page_mm[1]=0` sizes the page to fit."""
    rng = np.random.default_rng(seed)
    px = dpi / 25.4
    font = ImageFont.truetype(FONT_DIR + "LiberationSerif-Regular.ttf", round(font_pt * dpi / 72))
    bold = ImageFont.truetype(FONT_DIR + "LiberationSerif-Bold.ttf", round(font_pt * dpi / 72))
    line_h = round(font_pt * dpi / 72 * 1.25)
    pad = round(1.2 * px)
    widths = [round(w * px) for w in COL_WIDTHS_MM]
    x_edges = [round(18 * px)]
    for w in widths:
        x_edges.append(x_edges[-1] + w)
    scratch = ImageDraw.Draw(Image.new("L", (10, 10)))

    # layout: (row index, cells [(col, span_c, span_r, lines, bold)]) -> row heights
    cells: list[TruthCell] = []
    placed: list[tuple[int, int, int, int, list[str], ImageFont.FreeTypeFont, bool]] = []
    row_lines: list[int] = []
    r = 0
    if header:
        hdr_font = bold
        for c, label in enumerate(HEADER_TOP):
            if label is None:
                continue
            span_c, span_r = (2, 1) if c == 2 else (1, 2)
            width = x_edges[c + span_c] - x_edges[c] - 2 * pad
            lines = _wrap(scratch, label, hdr_font, width)
            placed.append((0, c, span_r, span_c, lines, hdr_font, False))
            cells.append(TruthCell(0, c, " ".join(lines), row_span=span_r, col_span=span_c))
        for j, label in enumerate(HEADER_SUB):
            c = 2 + j
            lines = _wrap(scratch, label, hdr_font, x_edges[c + 1] - x_edges[c] - 2 * pad)
            placed.append((1, c, 1, 1, lines, hdr_font, False))
            cells.append(TruthCell(1, c, " ".join(lines)))
        top = max(len(p[4]) for p in placed if p[0] == 0 and p[2] == 1)
        sub = max(len(p[4]) for p in placed if p[0] == 1)
        tallest = max(len(p[4]) for p in placed if p[2] == 2)
        row_lines += [top, max(sub, tallest - top)]
        r = 2
    for body in rows:
        heights = []
        for c, text in enumerate(body):
            lines = _wrap(scratch, text, font, x_edges[c + 1] - x_edges[c] - 2 * pad) if c == 1 else [text]
            placed.append((r, c, 1, 1, lines, font, c != 1))
            cells.append(TruthCell(r, c, " ".join(lines), numeric=c not in (1,)))
            heights.append(len(lines))
        row_lines.append(max(heights))
        r += 1
    n_rows = r
    y_edges = [round(margin_top_mm * px)]
    for n in row_lines:
        y_edges.append(y_edges[-1] + n * line_h + 2 * pad)
    width_px = round(page_mm[0] * px)
    height_px = round(page_mm[1] * px) if page_mm[1] else y_edges[-1] + round(20 * px)
    img = Image.new("L", (width_px, height_px), 255)
    draw = ImageDraw.Draw(img)
    for row, col, span_r, span_c, lines, fnt, right in placed:
        x0, x1 = x_edges[col], x_edges[col + span_c]
        y0, y1 = y_edges[row], y_edges[row + span_r]
        block_h = len(lines) * line_h
        ty = y0 + (y1 - y0 - block_h) // 2
        for k, text in enumerate(lines):
            tw = draw.textlength(text, font=fnt)
            if fnt is bold or (right and col == 0):
                tx = x0 + (x1 - x0 - tw) / 2
            elif right:
                tx = x1 - pad - tw
            else:
                tx = x0 + pad
            draw.text((tx, ty + k * line_h + line_h * 0.1), text, font=fnt, fill=0)
    if ruled:
        thick = max(2, round(dpi / 150))
        merged_h = {(1, 0), (1, 1), (1, 4), (1, 5)} if header else set()  # (row edge, col) with no rule
        merged_v = {(0, 3)} if header else set()  # (row, col edge) with no rule
        for i, y in enumerate(y_edges):
            for c in range(len(widths)):
                if (i, c) in merged_h:
                    continue
                draw.line([(x_edges[c], y), (x_edges[c + 1], y)], fill=0, width=thick)
        for j, x in enumerate(x_edges):
            for i in range(n_rows):
                if (i, j) in merged_v:
                    continue
                draw.line([(x, y_edges[i]), (x, y_edges[i + 1])], fill=0, width=thick)
    arr = np.asarray(img, dtype=np.float32)
    if broken_lines:
        # scanner dropouts: short white gaps across the page
        for _ in range(40):
            y, x = rng.integers(0, arr.shape[0]), rng.integers(0, arr.shape[1])
            arr[max(0, y - 6): y + 6, x: x + rng.integers(3, 12)] = 255
    if skew_deg:
        pil = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
        pil = pil.rotate(skew_deg, resample=Image.BICUBIC, expand=False, fillcolor=255)
        arr = np.asarray(pil, dtype=np.float32)
    if noise:
        arr = arr * (1 - 0.15 * noise) + 0.15 * noise * 235  # grey paper, lower contrast
        arr += rng.normal(0, 25 * noise, arr.shape)
        specks = rng.random(arr.shape) < 0.0015 * noise
        arr[specks] = 40
    out = arr.clip(0, 255).astype(np.uint8)
    if jpeg_quality:
        buf = io.BytesIO()
        Image.fromarray(out).save(buf, format="JPEG", quality=jpeg_quality)
        out = np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("L"))
    return RenderedTable(image=out, cells=cells, n_rows=n_rows, n_cols=len(widths), header_rows=2 if header else 0)
