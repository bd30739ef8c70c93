"""Aligned (what OCR read, what was printed) token pairs, made by rendering text and OCRing it.

Tesseract's `eng` model reads Vietnamese the way the archives' legacy OCR did ("Chi s6 cai
cach", "ctia", "Pé"); its `vie` model makes the subtler errors of modern OCR. Rendering our own
corpus gives unlimited pairs with a known truth, so the channel model is learned, not guessed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from rapidfuzz.distance import Levenshtein

from parscan.normalizers.vietnamese import skeleton, split_edges

FONTS = [
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf",
]
PAGE_WIDTH = 2500
LINES_PER_BLOCK = 24


@dataclass(frozen=True)
class Pair:
    ocr: str  # OCR token(s), edges stripped; "a b" when OCR split one syllable
    truth: str  # printed syllable(s); "a b" when OCR merged two


def _fit(line: str, font: ImageFont.FreeTypeFont) -> list[str]:
    words, out, current = line.split(), [], ""
    for word in words:
        trial = f"{current} {word}".strip()
        if font.getlength(trial) > PAGE_WIDTH - 120 and current:
            out.append(current)
            current = word
        else:
            current = trial
    if current:
        out.append(current)
    return out


def render_block(lines: list[str], rng: random.Random, degraded: bool = False) -> tuple[Image.Image, list[str]]:
    """Render lines as a scanned-looking block; returns the image and the lines as laid out.

    `degraded` imitates archive scans: small type (150-200 dpi), blur, heavy noise, a rough
    global threshold — the conditions under which legacy OCR read `năm` as `nim`.
    """
    sizes = [20, 22, 24, 27] if degraded else [30, 34, 38, 42, 46]
    font = ImageFont.truetype(rng.choice(FONTS), rng.choice(sizes))
    laid: list[str] = []
    for line in lines:
        laid.extend(_fit(line, font))
    step = int(font.size * 1.7)
    image = Image.new("L", (PAGE_WIDTH, step * len(laid) + 80), 255)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(laid):
        draw.text((60, 40 + i * step), line, font=font, fill=rng.randint(0, 60))
    if degraded or rng.random() < 0.5:
        image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.1) if degraded else rng.uniform(0.3, 0.9)))
    pixels = np.asarray(image, dtype=np.float32)
    sigma = rng.uniform(12, 30) if degraded else rng.uniform(0, 12)
    pixels = pixels + np.random.default_rng(rng.randint(0, 2**31)).normal(0, sigma, pixels.shape)
    if degraded:
        pixels = np.where(pixels > rng.uniform(110, 170), 255, 0)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), laid


def _core(token: str) -> str:
    return split_edges(token)[1]


def _cost(ocr: str, truth: str) -> float:
    return Levenshtein.normalized_distance(ocr.lower(), skeleton(truth))


def align_tokens(ocr_line: str, truth_line: str) -> list[Pair]:
    """Dynamic-programming alignment allowing 1:1, 1:2 (split) and 2:1 (merge) token matches."""
    o = [t for t in (_core(x) for x in ocr_line.split()) if t]
    t = [w for w in (_core(x) for x in truth_line.split()) if w]
    inf = float("inf")
    n, m = len(o), len(t)
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i][j]
            if here == inf:
                continue
            steps = [(1, 0, 1.0), (0, 1, 1.0)]
            if i < n and j < m:
                steps.append((1, 1, _cost(o[i], t[j])))
            if i < n and j + 1 < m:
                steps.append((1, 2, _cost(o[i], t[j] + t[j + 1]) + 0.3))
            if i + 1 < n and j < m:
                steps.append((2, 1, _cost(o[i] + o[i + 1], t[j]) + 0.3))
            for di, dj, step in steps:
                if i + di <= n and j + dj <= m and here + step < cost[i + di][j + dj]:
                    cost[i + di][j + dj] = here + step
                    back[i + di][j + dj] = (di, dj)
    pairs: list[Pair] = []
    i, j = n, m
    while i or j:
        di, dj = back[i][j]  # type: ignore[misc]
        if di and dj:
            ocr, truth = " ".join(o[i - di:i]), " ".join(t[j - dj:j])
            if _cost(ocr.replace(" ", ""), truth.replace(" ", "")) <= 0.75:
                pairs.append(Pair(ocr, truth))
        i, j = i - di, j - dj
    return pairs[::-1]


def ocr_pairs(lines: list[str], lang: str, seed: int, degraded: bool = False) -> Iterator[Pair]:
    """Render `lines` in blocks, OCR each block, align line by line, yield token pairs."""
    import tesserocr

    from parscan.pipeline.ocr_tesserocr import tessdata_dir

    rng = random.Random(seed)
    api = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=lang, psm=tesserocr.PSM.SINGLE_BLOCK)
    try:
        for start in range(0, len(lines), LINES_PER_BLOCK):
            image, laid = render_block(lines[start:start + LINES_PER_BLOCK], rng, degraded)
            api.SetImage(image)
            read = [line for line in api.GetUTF8Text().splitlines() if line.strip()]
            if len(read) != len(laid):
                continue  # a lost or split line would misalign the whole block
            for ocr_line, truth_line in zip(read, laid):
                yield from align_tokens(ocr_line, truth_line)
    finally:
        api.End()
