"""Reading order of the two-column national header.

Vietnamese administrative documents open with two side-by-side blocks: the issuer on the left
("ỦY BAN NHÂN DÂN TỈNH …", "Số: …") and the national motto on the right ("CỘNG HÒA XÃ HỘI …",
place and date). Tesseract often reads each pair of facing lines as one line. The agreed
reading order is the whole left block, then the whole right block, then the body.
"""

from __future__ import annotations

import re
import unicodedata
from statistics import median

from parscan.schemas.ocr import Line, Page, Word

HEADER_ZONE = 0.35  # the header sits in the top third of the page
GAP_FACTOR = 3.5  # a gap this many times the page's usual word gap separates the two blocks
MIN_GAP_HEIGHTS = 0.8  # ... and at least this many word heights wide
_DATE = re.compile(r"ng[aà]y.*th[aá]ng.*n[aă]m", re.IGNORECASE)
CENTRE_MARGIN = 0.02  # a single part crossing the centre by more than this ends the header
SCRIBBLE_CONF = 40.0  # a signature read as text: one short word Tesseract is this unsure of
SCRIBBLE_CHARS = 3


def typical_gap(page: Page) -> float:
    """Median space between neighbouring words on the page (a line of three words has no 'usual')."""
    gaps = [
        b.box.x0 - a.box.x1
        for line in page.lines
        for a, b in zip(line.words, line.words[1:])
        if a.box is not None and b.box is not None and b.box.x0 > a.box.x1
    ]
    return float(median(gaps)) if gaps else 0.0


def _parts(line: Line, usual_gap: float) -> list[list[Word]]:
    words = [w for w in line.words if w.box is not None]
    if not words:
        return []
    height = median(w.box.height for w in words) or 1
    threshold = max(MIN_GAP_HEIGHTS * height, GAP_FACTOR * usual_gap)
    parts: list[list[Word]] = [[words[0]]]
    for previous, word in zip(words, words[1:]):
        if word.box.x0 - previous.box.x1 > threshold:
            parts.append([word])
        else:
            parts[-1].append(word)
    return parts


def _split_at_widest_gap(parts: list[list[Word]]) -> tuple[list[Word], list[Word]]:
    gaps = [parts[i + 1][0].box.x0 - parts[i][-1].box.x1 for i in range(len(parts) - 1)]
    cut = gaps.index(max(gaps)) + 1
    return [w for part in parts[:cut] for w in part], [w for part in parts[cut:] for w in part]


def _folded(text: str) -> str:
    folded = unicodedata.normalize("NFD", text.lower())
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("đ", "d").lstrip(" -.")


def _ends_header(text: str) -> bool:
    return _folded(text).startswith(("kinh gui", "can cu", "thuc hien"))


def order_header_columns(page: Page) -> Page:
    """Put the header's left block before its right block; leave everything else in place.

    The header ends at the addressee line ("Kính gửi"), at a line crossing the page centre
    (title, body text), or at a right-side-only line once the place-and-date line was read.
    """
    if not page.width or not page.height or not page.lines:
        return page
    centre = page.width / 2
    margin = CENTRE_MARGIN * page.width
    usual_gap = typical_gap(page)
    left: list[Line] = []
    right: list[Line] = []
    consumed = 0
    date_seen = False
    for line in page.lines:
        if line.box is None or line.box.y0 > HEADER_ZONE * page.height or _ends_header(line.text):
            break
        parts = _parts(line, usual_gap)
        if not parts:
            break
        if len(parts) == 1:
            x0, x1 = parts[0][0].box.x0, parts[0][-1].box.x1
            if x0 < centre - margin and x1 > centre + margin:
                break
            on_left = (x0 + x1) / 2 < centre
            if date_seen and not on_left:
                break
            (left if on_left else right).append(Line.from_words(parts[0], 1 if on_left else 2))
        else:
            # facing lines: the right block's line is often wider and starts left of the centre
            left_words, right_words = _split_at_widest_gap(parts)
            left.append(Line.from_words(left_words, 1))
            right.append(Line.from_words(right_words, 2))
            date_seen = date_seen or _DATE.search(right[-1].text) is not None
        consumed += 1
    if not left or not right:
        return page
    page.lines = left + right + page.lines[consumed:]
    return page


def _is_scribble(part: list[Word]) -> bool:
    """A lone mark of the signature read as a word (`sở:`): short, no digit, low confidence."""
    if len(part) != 1 or part[0].conf is None:
        return False
    text = part[0].text.strip()
    return part[0].conf < SCRIBBLE_CONF and len(text) <= SCRIBBLE_CHARS and not any(ch.isdigit() for ch in text)


def order_footer_columns(page: Page) -> Page:
    """The closing block: recipients ("Nơi nhận:") on the left, the signature on the right.

    From the "Nơi nhận" line to the end of the page, left parts are read before right parts; a
    lone low-confidence mark in the block is the signature's scribble, not text, and is dropped.
    """
    start = next((i for i, line in enumerate(page.lines) if _folded(line.text).startswith("noi nhan")), None)
    if start is None or not page.width:
        return page
    centre = page.width / 2
    usual_gap = typical_gap(page)
    left: list[Line] = []
    right: list[Line] = []
    for line in page.lines[start:]:
        parts = [part for part in _parts(line, usual_gap) if not _is_scribble(part)]
        if not parts:
            continue
        if len(parts) == 1:
            x0, x1 = parts[0][0].box.x0, parts[0][-1].box.x1
            on_left = (x0 + x1) / 2 < centre
            (left if on_left else right).append(Line.from_words(parts[0], 1 if on_left else 2))
        else:
            left_words, right_words = _split_at_widest_gap(parts)
            left.append(Line.from_words(left_words, 1))
            right.append(Line.from_words(right_words, 2))
    page.lines = page.lines[:start] + left + right
    return page
