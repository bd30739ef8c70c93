"""Numbers in OCR text repaired where the line itself proves the damage, never on a guess.

A degraded scan loses the tail of a decimal comma, so `83,03` comes out `83.03`. Vietnamese documents
write decimals with a comma and group thousands by three digits with a point (`1.580 phiếu`), so a point
followed by one or two digits is no thousands group: it is a decimal separator. Whether it is the
document's own convention (tables printed with decimal points exist: `83.03` is then right) or a
misread comma, the line decides: a line whose other figures carry a decimal comma does not print its
decimals with a point as well. So there such a point is read as the comma it was; and in a document
whose figures are read with a decimal comma at least as often as with a point (a comma document whose
scan lost some commas' tails: `writes_decimal_commas`), in every line.

What must not change: a criterion code (`2.4 Tác động ...`, `tiêu chí 3.2`) is not a decimal, so a
token in a code's place is neither rewritten nor counted as evidence; and every rewrite must keep the
value that `numbers.read_number` (the one parser of printed numbers) reads, so the audit's figures are
the same before and after: only the separator's glyph is restored, never a digit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from parscan.normalizers.numbers import read_number
from parscan.normalizers.vietnamese import skeleton, split_edges

# a decimal figure as printed: at most three digits before the separator (a larger whole part would be
# grouped), one or two after it (three would be a thousands group), an optional percent sign
_POINT_DECIMAL = re.compile(r"^\d{1,3}\.\d{1,2}%?$")
_COMMA_DECIMAL = re.compile(r"^\d{1,3},\d{1,2}%?$")
_LIST_MARKS = {"-", "+", "•", "*"}
# words after which a number is an outline code or a numbered part, not a figure ("tiêu chí 2.4", "mục
# 1.2", "khoản 3.1", "Bảng 2.1", "Phụ lục 1.2"), compared without marks (legacy OCR loses them; "lúc"
# shares "luc" with lục and keeps a time "lúc 14.30" as read too)
_CODE_CUES = {"chi", "muc", "khoan", "phan", "dieu", "chuong", "bang", "bieu", "hinh", "luc"}
_DECIMAL_HINT = re.compile(r"\d[.,]\d")
# a document writes decimal commas when at least DOCUMENT_COMMAS of its figures are read so, and
# DOCUMENT_RATIO times as many as with a point: a degraded scan of a comma document reads a third to over
# half of its commas as points (the tuning documents: 113 commas to 2 points at best, 17 to 24 at worst),
# one printed with points reads a comma only where OCR errs or where it prints both. Chosen on the tuning
# documents repaired as files (seeds 20000+, `eng` degraded: ratio 2 88.44 %, 1 88.63 %, 0.5 88.76 %):
# 1, a majority, for the margin it keeps to documents that print decimals both ways
DOCUMENT_COMMAS = 3
DOCUMENT_RATIO = 1.0


def _code_place(cores: list[str], index: int) -> bool:
    """Is the token at `index` where an outline code stands: the line's first token (after a list
    mark), or right after a word that announces a code?"""
    first = 1 if cores and cores[0] in _LIST_MARKS else 0
    if index <= first:
        return True
    return skeleton(cores[index - 1]) in _CODE_CUES


def decimal_separators(lines: Iterable[str]) -> tuple[int, int]:
    """How many figures of `lines` are read with a decimal comma, and how many with a decimal point
    (codes' places left out): the evidence of the document's convention."""
    commas = points = 0
    for line in lines:
        if not _DECIMAL_HINT.search(line):
            continue
        cores = [split_edges(token)[1] for token in line.split()]
        for i, core in enumerate(cores):
            if _COMMA_DECIMAL.match(core) and not _code_place(cores, i):
                commas += 1
            elif _POINT_DECIMAL.match(core) and not _code_place(cores, i):
                points += 1
    return commas, points


def writes_decimal_commas(commas: int, points: int) -> bool:
    """Does a document whose figures were read with `commas` decimal commas and `points` decimal
    points print its decimals with a comma?"""
    return commas >= DOCUMENT_COMMAS and commas >= DOCUMENT_RATIO * points


def restore_decimal_commas(tokens: list[str], *, comma_document: bool = False) -> list[str]:
    """The line's tokens with each decimal point read for a comma restored (see the module doc);
    the same list when neither the line nor the document (`comma_document`) gives evidence. Edge
    punctuation (`(đạt 90.46%),`) is kept."""
    if not any("." in token for token in tokens):  # most lines: nothing to restore (cheap test first)
        return tokens
    cores = [split_edges(token)[1] for token in tokens]
    if not comma_document and not any(_COMMA_DECIMAL.match(core) and not _code_place(cores, i)
                                      for i, core in enumerate(cores)):
        return tokens
    out = list(tokens)
    for i, core in enumerate(cores):
        if not _POINT_DECIMAL.match(core) or _code_place(cores, i):
            continue
        comma = core.replace(".", ",")
        before, after = read_number(core).value, read_number(comma).value
        if before is not None and before == after:  # the separator's glyph only, never the value
            lead, _, tail = split_edges(tokens[i])
            out[i] = f"{lead}{comma}{tail}"
    return out
