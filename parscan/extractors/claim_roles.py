"""Scores the frame catalogue left unread, given a role by the words of their own clause.

The frames read constructions in the order writers usually put them.  Another writer puts the same
statement in another order ("91,18% là kết quả cao nhất, do Bộ Tài nguyên và Môi trường đạt được",
"Chỉ đạt 73,57 điểm, UBND quận Thanh Khê xếp chót bảng", "mức cải thiện tương ứng 1,76 điểm phần
trăm").  What a score *is* does not depend on that order: a score printed after a word of change or
distance, or in "điểm phần trăm", is a difference; a score in a clause naming the highest, the lowest or
the average is that level; a score in a clause naming one unit is that unit's.  Each role becomes a claim
of a kind the frames give, so the same checks apply.

A difference over time usually stands apart from the two levels it lies between ("Năm 2019, Bộ X đạt
89,34%; sang năm 2020, kết quả là 88,76%. Điểm số của bộ này vì thế giảm 0,58 điểm phần trăm"):
`link_differences` joins it, over the sentences of its paragraph, to the later level of the same subject,
so the check of a value against last year's value and the change sees all three.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from parscan.extractors.claim_shapes import catalogue
from parscan.schemas.records import Claim

if TYPE_CHECKING:  # the reader imports this module
    from parscan.extractors.claim_frames import _Reader

EXTREMES = "cao nhất − thấp nhất"
_TOKEN_RE = re.compile(r"⟨([A-Z])(\d+)⟩")
_YEAR_MARK_RE = re.compile(r"⟨Y(\d+)⟩|\bnam (?:nay|truoc|ngoai)\b")
_EARLIER_BEFORE_RE = re.compile(r"(?:so voi|so cung ky|hon|tu|dat canh|khi dat canh|cua)\s*(?:nam\s*|ket qua nam\s*|ky\s*)?$")
_AROUND_AVERAGE_RE = re.compile(r"(?:tren|duoi|hon|vuot|thap hon|cao hon)\s*(?:so voi\s*)?(?:muc\s*|gia tri\s*|diem\s*)?"
                                r"(?:trung binh|binh quan)")
_LEVEL_KINDS = ("average", "value", "highest", "lowest")
_GAP_WORDS_RE = re.compile(r"khoang cach|chenh|(?<!cai )\bcach\b|bien do|cach biet")


def names_extremes(folded: str) -> bool:
    """Does the (folded) text name both the first and the last ("giữa ngôi đầu và vị trí cuối")?"""
    return bool(_role("extremes").search(folded))


@lru_cache(maxsize=None)
def _role(name: str) -> re.Pattern:
    pattern = catalogue()["roles"][name]
    return re.compile(pattern if name in ("not_a_result", "extremes") else rf"\b(?:{pattern})\b")


def clause_year(r: "_Reader", start: int, pos: int) -> int | None:
    """The year a figure at `pos` speaks of: the last year named before it in its clause ("năm 2022, con số
    bình quân là 82,40%"; "năm nay", "năm trước"), not one it is compared with ("so với năm 2021")."""
    year = None
    for m in _YEAR_MARK_RE.finditer(r.shape, start, pos):
        if _EARLIER_BEFORE_RE.search(r.shape[max(start, m.start() - 24): m.start()]):
            continue
        if m.group(1) is not None:
            year = int(r.s.mentions[int(m.group(1))].value)
        elif r.state.year is not None:
            year = (r.state.index_year or r.state.year) if m.group(0).endswith("nay") else r.state.year - 1
    return year


def read_roles(r: "_Reader") -> None:
    """Give every score the frames left a role, and add its claim to the reader."""
    from parscan.extractors.claim_frames import _clause_bounds

    shape = r.shape
    scores = sum(1 for m in r.s.mentions if m.kind == "P")
    if "|" in shape or (scores >= 3 and len(re.findall(r"[a-z]{2,}", shape)) < 4 * scores):
        return  # table rows read as text: their cells are the table's figures, not statements
    for pos, c in r.claims:  # "Kết quả của Sơn La (78,09%) là thấp nhất": the unit's value is the extreme
        if c.frame == "unit_value" and c.kind == "value":
            clause = shape[slice(*_clause_bounds(shape, pos))]
            high, low = _role("highest").search(clause), _role("lowest").search(clause)
            if bool(high) != bool(low) and not _role("difference").search(clause):
                c.kind, c.frame = ("highest", "role_highest") if high else ("lowest", "role_lowest")
    tokens = [(m.start(), m.end(), m.group(1), int(m.group(2))) for m in _TOKEN_RE.finditer(shape)]
    for a, b, kind, i in tokens:
        if kind != "P" or i in r.used:
            continue
        mention = r.s.mentions[i]
        cs, ce = _clause_bounds(shape, a)
        seg_start = max([t[1] for t in tokens if cs <= t[0] and t[1] <= a and t[2] in "PCK"] + [cs])
        seg_end = min([t[0] for t in tokens if b <= t[0] < ce and t[2] in "PCK"] + [ce])
        before = shape[seg_start:a]
        clause = shape[cs:ce]
        near = before[-50:]
        if len(before) > 50:
            near = near[near.find(" ") + 1:]  # whole words only ("cải cách" is no "cách")
        differs = mention.unit == "điểm phần trăm" or bool(_role("difference").search(near))
        if differs and mention.value < 40 and not _role("not_a_result").search(near):
            _difference(r, a, b, i, cs, ce, near, clause)
        elif 40 <= mention.value <= 100 and not _role("not_a_result").search(before) \
                and not any(x <= a < y for x, y, _ in r._band_bounds(cs, ce)):
            _level(r, a, b, i, cs, ce, clause, (seg_start, seg_end))


def _unit_in_clause(r: "_Reader", cs: int, ce: int, a: int, b: int) -> str | None:
    return r.unit_name(cs, a) or r.unit_name(b, ce, prefer="first")


def _level(r: "_Reader", a: int, b: int, i: int, cs: int, ce: int, clause: str, segment: tuple[int, int]) -> None:
    mention = r.s.mentions[i]
    high, low = _role("highest").search(clause), _role("lowest").search(clause)
    average = _role("average").search(clause) and not _AROUND_AVERAGE_RE.search(clause)
    year = clause_year(r, cs, a) or r.state.year
    # the unit named before it with no other figure between; after it only for the first or the last
    # ("91,18% là kết quả cao nhất, do Bộ Tài nguyên và Môi trường đạt được")
    printed = r.printed(segment[0], a).rstrip(" ,")
    bare = re.search(r"(?:^|\s)[A-ZĐÀ-Ỹ][\wđ]*$", printed)  # "Duy Tiên 93.79": a name and a number, no words between
    unit = r.unit_name(segment[0], a) if not bare else None
    if unit is None and bool(high) != bool(low):
        unit = r.unit_name(b, segment[1], prefer="first")
    if bool(high) != bool(low):
        kind = "highest" if high else "lowest"
    elif average and not high and not low:
        kind = "average"
    elif unit and not high and not low:
        kind = "value"
    else:
        return
    r.used.add(i)
    r.add(a, cs, ce, kind=kind, frame=f"role_{kind}", year=year, value=mention.value,
          unit=mention.unit or "điểm", subject=unit if kind != "average" else r._subject(cs, a))


def _difference(r: "_Reader", a: int, b: int, i: int, cs: int, ce: int, near: str, clause: str) -> None:
    mention = r.s.mentions[i]
    cue = list(_role("difference").finditer(near))
    sign = None
    if cue:
        sign = -1.0 if _role("down").fullmatch(cue[-1].group(0)) or _role("down").match(cue[-1].group(0)) else 1.0
    sentence = r.shape
    values = [c for _, c in r.claims if c.kind in _LEVEL_KINDS and c.subject and c.kind == "value"]
    units = list(dict.fromkeys(c.subject for c in values))
    r.used.add(i)
    if _role("extremes").search(clause) or _role("extremes").search(sentence):
        r.add(a, cs, ce, kind="gap", frame="role_gap", value=mention.value, unit=mention.unit or "điểm",
              subject=EXTREMES)
        return
    near_start = a - len(near)
    other = None
    if cue and _role("comparative").fullmatch(cue[-1].group(0)) and re.match(
            r"\s*(?:so voi\s*)?[a-z]", near[cue[-1].end():]):
        other = r.unit_name(near_start + cue[-1].end(), a, prefer="first")
    if other is not None:  # "kém Bình Phước 0,52 điểm phần trăm": a comparison with the unit after the cue
        subject = r.unit_name(cs, near_start + cue[-1].start()) or r.state.last_unit
        if subject and subject != other:
            signed = mention.value * (sign or 1.0)
            r.add(a, cs, ce, kind="comparison", frame="role_comparison", subject=subject, other=other,
                  value=mention.value, change=signed, unit=mention.unit or "điểm")
            return
    temporal = _role("temporal").search(sentence)
    gap_words = _GAP_WORDS_RE.search(clause)
    if len(units) < 2 and gap_words:  # "… điểm – đó là khoảng cách giữa Bộ Nội vụ và Bộ Ngoại giao"
        units = list(dict.fromkeys(n for n in (r.unit_name(cs, ce, "first"), r.unit_name(cs, ce, "last")) if n))
    if len(units) >= 2 and not temporal:  # "Khoảng cách giữa A (85,88%) và B (85,19%) là 0,69 điểm"
        r.add(a, cs, ce, kind="gap", frame="role_gap", value=mention.value, unit=mention.unit or "điểm",
              subject=units[0], other=units[1])
        return
    if not temporal and gap_words:
        r.add(a, cs, ce, kind="gap", frame="role_gap", value=mention.value, unit=mention.unit or "điểm")
        return
    subject = _unit_in_clause(r, cs, ce, a, b)
    if subject is None and not _role("average").search(sentence):
        subject = r.state.last_unit
    r.add(a, cs, ce, kind="delta", frame="role_change", subject=subject, value=mention.value,
          change=None if sign is None else sign * mention.value, unit=mention.unit or "điểm")


def link_differences(claims: list[Claim], sentence_of: dict[int, int], paragraph_of: dict[int, int]) -> list[Claim]:
    """Join each difference over time the roles read to the later of the two levels it lies between (the same
    unit, or the average of the same units) in its paragraph; the joined difference is no claim of its own."""
    out: list[Claim] = []
    for c in claims:
        if c.frame != "role_change":
            out.append(c)
            continue
        para = paragraph_of.get(id(c))
        here = sentence_of.get(id(c), 0)
        levels = [o for o in claims if o.kind in _LEVEL_KINDS and o.value is not None and o.year is not None
                  and paragraph_of.get(id(o)) == para and abs(sentence_of.get(id(o), 0) - here) <= 2
                  and _same_subject(o, c)]
        years = sorted({o.year for o in levels}, reverse=True)  # type: ignore[arg-type]
        target = None
        if len(years) >= 2:
            latest = [o for o in levels if o.year == years[0]]
            earlier = [o for o in levels if o.year == years[1]]
            if len(latest) == 1 and len(earlier) == 1:
                target, before = latest[0], earlier[0]
                if target.change is None and target.previous_value is None:
                    sign = c.change / abs(c.change) if c.change else (1.0 if target.value >= before.value else -1.0)
                    target.change = sign * c.value  # type: ignore[operator]
                    target.previous_value, target.previous_year = before.value, before.year
                    _widen(target, c)
                    continue
        out.append(c)
    return out


def _same_subject(level: Claim, delta: Claim) -> bool:
    if delta.subject is None:
        return level.kind == "average" and level.scope == delta.scope
    return level.kind != "average" and level.subject == delta.subject


def _widen(target: Claim, joined: Claim) -> None:
    """The target's evidence spans the joined statement's lines too (same page), so a check cites both."""
    a, b = target.evidence, joined.evidence
    if a is None or b is None or a.page != b.page:
        return
    start = min(a.line_start or 0, b.line_start or 0)
    end = max(a.line_end or a.line_start or 0, b.line_end or b.line_start or 0)
    if (start, end) != (a.line_start, a.line_end):
        text = a.text if b.text in a.text else f"{a.text} … {b.text}"
        target.evidence = a.model_copy(update={"line_start": start, "line_end": end, "text": text})
