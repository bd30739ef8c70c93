"""A unit's index in two years and the change between them, stated in one sentence in whatever order.

Writers give a unit's move in many shapes: "Với +0,57 điểm phần trăm, Bộ Y tế vươn lên mức 79,81% từ 79,24%";
"từ 83,50% ở năm 2019, Chỉ số CCHC năm 2020 vươn lên 85,29%, tương ứng mức tăng 1,79 điểm phần trăm";
"UBND huyện Văn Lâm (82,79 điểm → 86,92 điểm; +4,13 điểm)"; "Năm 2022 đạt 78,60%, năm nay Bộ Xây dựng vươn
lên 81,11% – tăng 2,51 điểm phần trăm".  The frames read such a sentence piece by piece (a change with no
levels, a level with the wrong year).  This pass reads the three figures together, and only when the sentence
leaves no choice: one unit named, exactly two levels of an index and one change, and the print says which
level is the earlier one ("từ", an arrow, a year, "năm nay").  Otherwise nothing is claimed, so nothing can be
accused.
"""

from __future__ import annotations

import re

from parscan.extractors.claim_roles import TOKEN_RE, looks_tabular
from parscan.extractors.claim_shapes import ARROW, DocText
from parscan.extractors.claim_windows import SentenceContext
from parscan.schemas.records import Claim

# a figure printed as a change: after a word of change, or with its sign
_CHANGE_CUE_RE = re.compile(r"(?:\b(?:tang|giam|muc tang|muc giam|cai thien|tut|sut|giam nhe|tang nhe|nhich|"
                            r"tuong ung(?: voi)?(?: muc (?:tang|giam))?)(?: them| di| duoc| khoang)?"
                            r"|\b(?:chenh lech|chenh|bien dong|lam tot hon|lam kem hon|tot hon|kem hon))\s*$")
_DOWN_RE = re.compile(r"\b(?:giam|tut|sut|di xuong|xuong|lui|thap hon|kem hon)\b")
_UP_RE = re.compile(r"\b(?:tang|vuon len|len|cai thien|nhich|cao hon|di len|tot hon)\b")
# a level labelled by its year in words: "điểm năm nay 86,87%, năm ngoái 83,41%"
_PERIOD_BEFORE_RE = re.compile(r"\b(?P<words>nam nay|nam truoc|nam ngoai)\s*:?\s*(?:dat|la)?\s*$")
_PERIOD_RE = re.compile(r"\bnam (?:nay|truoc|ngoai)\b")
_MOVE_RE = re.compile(r"\b(?:tu|so voi)\s*(?:muc\s*)?⟨P\d+⟩")
_FROM_BEFORE_RE = re.compile(r"\b(?:tu|so voi)\s*(?:muc\s*)?$")  # "từ 79,24%", "so với 86,01%": the earlier level
_EARLIER_AFTER_RE = re.compile(r"\s*(?:\(\s*)?(?:cua|o|trong)?\s*(?:nam truoc|nam ngoai|cung ky)")
_YEAR_NEAR_RE = re.compile(r"nam\s*⟨Y(\d+)⟩\s*:?\s*(?:dat|la|chi dat)?\s*$")
_YEAR_AFTER_RE = re.compile(r"\s*(?:\(\s*)?(?:o |trong |vao |cua )?nam\s*⟨Y(\d+)⟩")
_BARE_YEAR_BRACKET_AFTER_RE = re.compile(r"\s*(?:diem(?: phan tram)?|%)?\s*\(\s*⟨Y(\d+)⟩\s*\)")  # "82,10 điểm (2021) → …"
_NOW_BEFORE_RE = re.compile(r"\b(?:nam nay|hien|hien nay|hien dat)\b[^⟨]{0,40}$")
# two years named, then their levels in the same order: "Chỉ số năm 2021 và năm 2022 của X lần lượt là 89,50% và
# 88,03%", "Điểm của X các năm 2021, 2022 theo thứ tự: 80,10% và 82,00%", "năm ngoái và năm nay … tương ứng là …"
_RESPECTIVE_YEARS_RE = re.compile(r"\bnam (?:⟨Y(?P<y1>\d+)⟩|(?P<w1>nay|ngoai|truoc))\s*(?:va|,|–|-)\s*"
                                  r"(?:nam\s*)?(?:⟨Y(?P<y2>\d+)⟩|(?P<w2>nay|ngoai|truoc)\b)(?:[^⟨;]|⟨Y\d+⟩){0,80}?"
                                  r"\b(?:lan luot|tuong ung|theo thu tu)\s*(?:la|:|dat|bang|o muc)?\s*:?\s*"
                                  r"⟨P(?P<a>\d+)⟩\s*(?:diem(?: phan tram)?|%)?\s*(?:va|,|;|–|-)\s*⟨P(?P<b>\d+)⟩")


def read_unit_changes(dt: DocText, contexts: list[SentenceContext]) -> list[tuple[int, Claim]]:
    """A unit's value with last year's value and the change, for each sentence that states all three."""
    out = []
    for k, ctx in enumerate(contexts):
        claim = _unit_change(dt, ctx, _asked_unit(contexts[k - 1], ctx) if k else None)
        if claim is not None:
            out.append((ctx.index, claim))
    return out


def _asked_unit(question: SentenceContext, answer: SentenceContext) -> str | None:
    """"Điểm số của Sở Nội vụ thay đổi thế nào? – Năm 2021 là …": the one unit the question before an answer that
    names none asked about."""
    if answer.named or not question.sentence.shape.rstrip().endswith("?") \
            or len({name for _, name in question.units}) != 1:
        return None
    return question.units[0][1]


def _unit_change(dt: DocText, ctx: SentenceContext, asked: str | None = None) -> Claim | None:
    shape, mentions = ctx.sentence.shape, ctx.sentence.mentions
    named = ctx.named or ([asked] if asked else [])
    if len(named) != 1 or "|" in shape or looks_tabular(shape, mentions) and not _MOVE_RE.search(shape):
        return None  # a table row read as text (unless it moves from one level to another in words)
    scores = [(m.start(), m.end(), int(m.group(2))) for m in TOKEN_RE.finditer(shape) if m.group(1) == "P"]
    changes = [s for s in scores if mentions[s[2]].printed[:1] in "+-−" or _CHANGE_CUE_RE.search(shape[max(0, s[0] - 40): s[0]])]
    levels = [s for s in scores if s not in changes]
    if len(changes) != 1 or len(levels) != 2 or any(not 40 <= mentions[i].value <= 100 for _, _, i in levels) \
            or abs(mentions[changes[0][2]].value) >= 40 or len({mentions[i].unit for _, _, i in levels}) != 1:
        return None
    order = _earlier_first(shape, levels, ctx)
    if order is None:
        return None
    (earlier, earlier_year), (later, later_year) = order
    before, now = mentions[earlier[2]].value, mentions[later[2]].value
    change = mentions[changes[0][2]]
    if now == before:
        return None
    cue = shape[max(0, changes[0][0] - 40): changes[0][0]]
    if change.printed[:1] in "+-−":
        stated = change.value
    elif _DOWN_RE.search(cue) or _DOWN_RE.search(shape) and not _UP_RE.search(shape):
        stated = -abs(change.value)
    elif _UP_RE.search(cue) or _UP_RE.search(shape) and not _DOWN_RE.search(shape):
        stated = abs(change.value)
    else:  # "tương ứng 1,79 điểm": the levels give the direction
        stated = abs(change.value) if now > before else -abs(change.value)
    spans = [m for m in (mentions[earlier[2]], mentions[later[2]], change)]
    start, end = min(m.start for m in spans), max(m.end for m in spans)
    return Claim(kind="value", frame="window_value", subject=named[0], value=now, previous_value=before,
                 change=stated, year=later_year, previous_year=earlier_year, unit=mentions[later[2]].unit or "điểm",
                 text=dt.text[start:end].strip(), evidence=dt.evidence(start, end))


def _earlier_first(shape: str, levels: list[tuple[int, int, int]], ctx: SentenceContext):
    """The two levels as ((span, year), (span, year)), the earlier first, when the print says which is which."""
    now_year = ctx.this_year or ctx.year
    respective = _respective_years(shape, levels, ctx)
    if respective is not None:
        return respective
    years = [_year(shape, s, ctx) for s in levels]
    if None not in years and years[0] != years[1]:
        pairs = sorted(zip(levels, years), key=lambda p: p[1])  # type: ignore[arg-type]
        return pairs[0], pairs[1]
    own = [_clause_year(shape, s, ctx) for s in levels]
    if None not in own and own[0] != own[1] and all(y in (None, o) for y, o in zip(years, own)):
        # each level's own clause names its period (and no year printed beside a level says otherwise)
        pairs = sorted(zip(levels, own), key=lambda p: p[1])  # type: ignore[arg-type]
        return pairs[0], pairs[1]
    if now_year is None:
        return None
    a, b = levels
    if re.fullmatch(rf"\s*(?:diem|%)?\s*{ARROW}\s*", shape[a[1]: b[0]]):
        first_earlier = True  # "(82,79 điểm → 86,92 điểm)"
    elif _FROM_BEFORE_RE.search(shape[max(0, a[0] - 12): a[0]]) or _EARLIER_AFTER_RE.match(shape, a[1]):
        first_earlier = True
    elif _FROM_BEFORE_RE.search(shape[max(0, b[0] - 12): b[0]]) or _EARLIER_AFTER_RE.match(shape, b[1]):
        first_earlier = False
    elif _NOW_BEFORE_RE.search(shape[: b[0]]) and not _NOW_BEFORE_RE.search(shape[: a[0]]):
        first_earlier = True  # "Năm 2022 đạt 78,60%, năm nay … vươn lên 81,11%"
    elif years.count(None) == 1:  # one level's year printed: before the year reported on, it is the earlier one
        known = years[0] if years[0] is not None else years[1]
        if known == now_year:
            first_earlier = years[1] is not None
        elif known < now_year:  # type: ignore[operator]
            first_earlier = years[0] is not None
        else:
            return None
    else:
        return None
    earlier, later = (0, 1) if first_earlier else (1, 0)
    later_year = years[later] or now_year
    earlier_year = years[earlier] or later_year - 1
    if earlier_year >= later_year:
        return None
    return (levels[earlier], earlier_year), (levels[later], later_year)


def _respective_years(shape: str, levels: list[tuple[int, int, int]], ctx: SentenceContext):
    """The two levels with the two years named before them in the same order ("năm 2021 và năm 2022 … lần lượt là
    X và Z"), the earlier first; None when the sentence does not pair them so, or names one year twice."""
    m = _RESPECTIVE_YEARS_RE.search(shape)
    if m is None or [int(m.group("a")), int(m.group("b"))] != [i for _, _, i in levels]:
        return None
    mentions, now = ctx.sentence.mentions, ctx.this_year or ctx.year

    def year(n: str) -> int | None:  # a printed year, or "năm nay / năm ngoái / năm trước" from the report's year
        if m.group(f"y{n}") is not None:
            return int(mentions[int(m.group(f"y{n}"))].value)
        return None if now is None else now - (m.group(f"w{n}") != "nay")

    y1, y2 = year("1"), year("2")
    if y1 is None or y2 is None or y1 == y2:
        return None
    pairs = sorted(zip(levels, (y1, y2)), key=lambda p: p[1])
    return pairs[0], pairs[1]


def _year(shape: str, span: tuple[int, int, int], ctx: SentenceContext) -> int | None:
    """The year printed right before ("Năm 2020: 89,51%") or right after ("83,50% ở năm 2019") a level."""
    mentions = ctx.sentence.mentions
    before = _YEAR_NEAR_RE.search(shape[max(0, span[0] - 25): span[0]])
    if before:
        return int(mentions[int(before.group(1))].value)
    after = _YEAR_AFTER_RE.match(shape, span[1]) or _BARE_YEAR_BRACKET_AFTER_RE.match(shape, span[1])
    if after:
        return int(mentions[int(after.group(1))].value)
    period = _PERIOD_BEFORE_RE.search(shape[max(0, span[0] - 20): span[0]])
    now = ctx.this_year or ctx.year
    if period and now is not None:
        return now if period.group("words") == "nam nay" else now - 1
    return None


def _clause_year(shape: str, span: tuple[int, int, int], ctx: SentenceContext) -> int | None:
    """The year of a level from the one period word of its own clause ("83,76% là điểm của Bộ X năm nay; năm ngoái
    bộ này có 82,73%"), None when its clause has none or several."""
    own = {m.group(0) for m in _PERIOD_RE.finditer(_own_clause(shape, span))}
    now = ctx.this_year or ctx.year
    if len(own) != 1 or now is None:
        return None
    return now if own == {"nam nay"} else now - 1


def _own_clause(shape: str, span: tuple[int, int, int]) -> str:
    """The clause of a level (between semicolons), cut at the figures beside it, so that a period word in it
    ("năm nay", "năm ngoái") is this level's and no other's."""
    start, end = shape.rfind(";", 0, span[0]) + 1, shape.find(";", span[1])
    end = len(shape) if end < 0 else end
    before = [t.end() for t in TOKEN_RE.finditer(shape, start, span[0])]
    after = [t.start() for t in TOKEN_RE.finditer(shape, span[1], end)]
    return shape[max([start, *before]): min([end, *after])]
