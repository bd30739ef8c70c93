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

from parscan.extractors.claim_shapes import ARROW, ASSESSED_RE, POPULATION_BEFORE_RE, UNIT_SCOPES, catalogue, clause_bounds, printed_band
from parscan.extractors.claim_shapes import fold_same_length
from parscan.schemas.records import Claim

if TYPE_CHECKING:  # the reader imports this module
    from parscan.extractors.claim_frames import _Reader

EXTREMES = "cao nhất − thấp nhất"
# the subject of a count of units that rose or fell that the text gives as all the rest ("các đơn vị còn lại (10)
# đều tăng"): with the other count it makes up every unit assessed, so a shortfall is wrong too (the audit)
REST_OF_UNITS = "đơn vị còn lại"
# the unit a comparison is made with when the text calls it only the first or the last ("kém đơn vị đứng đầu 15,90
# điểm"): `name_the_extremes` puts the name of the unit stated first (last) in its place
FIRST_UNIT, LAST_UNIT = "đơn vị đứng đầu", "đơn vị đứng cuối"
TOKEN_RE = re.compile(r"⟨([A-Z])(\d+)⟩")
# "Năm 2021 có 7, nay loại Tốt có 10": "nay" opening a clause is this year ("này" folds alike, but never opens one)
YEAR_MARK_RE = re.compile(r"⟨Y(\d+)⟩|\b(?:nam nay|nam truoc|nam ngoai|mot nam truoc|truoc do)\b|(?<=[,;] )nay\b(?= [a-z])")
EARLIER_BEFORE_RE = re.compile(rf"(?:{catalogue()['cues']['compared']}|so voi cung ky|hon|tu|(?<!con so )cua)"
                               r"\s*(?:nam\s*|ket qua nam\s*|ky\s*)?$")
# a year printed right after a figure is its year, unless another figure follows it ("86,37% (năm 2021: 83,72%)")
YEAR_AFTER_RE = re.compile(r"\s*(?:\(\s*)?(?:trong |cua |vao |o |o cot |tai cot |cot )?nam ⟨Y(\d+)⟩(?!\s*(?::|-|la\b|dat\b|co\b|⟨))")
_BOUND_YEAR_RE = re.compile(r"⟨[PCK]\d+⟩\s*(?:\(\s*)?(?:trong |cua |vao |o )?(?:nam\s*)?$")
_ITS_RESULT_RE = re.compile(r"\b(?:ket qua|diem so|con so nay|muc nay|gia tri nay|chi so nay|ty le nay|don vi nay|dia phuong nay|bo nay|so nay|"
                            r"huyen nay|tinh nay|con so (?:cua |trong |vao )?nam ⟨Y\d+⟩|con so tuong ung)")
# "Năm 2018: 84,84%", "…; năm 2023 đạt 88,40%": a clause that is a year and a figure, of the subject before it
_YEAR_COLON_RE = re.compile(r"^\s*(?:[-–•]\s*|\+\s*)?(?:cu the,?\s*)?(?:va\s*|con\s*|sang\s*|den\s*)?(?:nam )?⟨Y\d+⟩\s*(?::|–|-|dat|dat duoc|la|"
                            r"o muc|chi dat)\s*$")
# the same clause after an item mark ("b) năm 2021: …", "2. Năm 2022 đạt …") or a connective that ends on a comma
# ("Tiếp đó, năm 2022 đạt …", "Sau một năm, năm 2023 là …"), or with the year named by a word ("Năm ngoái: 83,10%",
# "năm trước là …"), or only a comma between the year and its figure ("…; năm 2021, 82,34%; …"): a year and a
# figure, of the subject before it
_LABELLED_YEAR_RE = re.compile(r"^\s*(?:[-–•+]\s*|[a-zđ]\)\s*|\(?(?:\d{1,2}|⟨[XC]\d+⟩)[.)]\s*)?(?:[a-z]+(?: [a-z]+){0,3},\s*)?"
                               r"(?:cu the,?\s*)?(?:va\s*|con\s*|sang\s*|den\s*|trong khi\s*|rieng\s*)?"
                               r"(?:(?:con so|so lieu|ket qua|gia tri|muc|diem so|cot)(?: tuong ung)?\s*(?:cua\s*)?)?"
                               r"(?:(?:nam )?⟨Y\d+⟩|nam (?:nay|ngoai|truoc|lien truoc|lien ke(?: truoc)?))\s*"
                               r"(?::|–|-|,|\||dat|dat duoc|la|o muc|chi dat|ghi nhan|ghi|co)\s*$")  # ("2022 | 83,58%")
_AROUND_AVERAGE_RE = re.compile(r"(?:tren|duoi|hon|vuot|thap hon|cao hon)\s*(?:so voi\s*)?(?:muc\s*|gia tri\s*|diem\s*)?"
                                r"(?:trung binh|binh quan)")
_LEVEL_KINDS = ("average", "value", "highest", "lowest")
_GAP_WORDS_RE = re.compile(r"khoang cach|chenh|(?<!cai )\bcach\b|bien do|cach biet|\bvenh\b|\blech\b|khoang trong|hieu so")


def names_extremes(folded: str) -> bool:
    """Does the (folded) text name both the first and the last ("giữa ngôi đầu và vị trí cuối")?"""
    return bool(role("extremes").search(folded))


_GAP_MOVED_RE = re.compile(r"\b(?:thu hep|noi rong|mo rong|rut ngan|tang|giam|nhich|doan|sut)\b")


def over_time(folded: str) -> bool:
    """Does the (folded) text speak of a change between years?  "năm nay" alone, in a sentence naming the first and
    the last and no move ("Cách biệt đầu – cuối năm nay là 15,90 điểm"), only dates the gap."""
    hits = {m.group(0) for m in role("temporal").finditer(folded)}
    if hits == {"nam nay"} and names_extremes(folded) and not _GAP_MOVED_RE.search(folded):
        return False
    return bool(hits)


# "một trong những đơn vị dẫn đầu", "thuộc nhóm các tỉnh đứng cuối", "nằm trong tốp cao nhất", "hai đơn vị cao
# nhất": one of a group at the top or the bottom, not the first or the last itself
# (not "Trong số các bộ, ngành, Bộ Tài chính cao nhất": among all of them, the first)
AMONG_RE = re.compile(r"\b(?:mot trong(?: so)?\s+(?:nhung|cac)|(?:thuoc|nam trong|lot vao|lot|o trong|trong|vao|o)\s+(?:nhom|top)"
                      r"|thuoc\s+(?:nhung|cac))\b[^;⟨.,]{0,40}$"  # (not "Ở nhóm cuối, A có điểm thấp nhất": the last of them)
                      # "… là hai đơn vị cao nhất", "các địa phương có điểm thấp nhất là …": more than one
                      r"|(?:\b(?:hai|ba|bon|nam|cac|nhung)|⟨C\d+⟩)\s+(?:don vi|dia phuong|bo|so|tinh|huyen|co quan|nganh|thanh pho)\b"
                      r"\s*(?:co\s+(?:diem\s+|diem so\s+|ket qua\s+|chi so\s+)?|dat\s+(?:diem\s+|ket qua\s+)?)?$")


def sole_extreme(kind: str, clause: str) -> re.Match | None:
    """The first cue of the first (kind "highest") or the last ("lowest") in a clause that names that unit alone, not
    one of a group at the top or the bottom."""
    return next((m for m in role(kind).finditer(clause) if not AMONG_RE.search(clause, 0, m.start())), None)


@lru_cache(maxsize=None)
def role(name: str) -> re.Pattern:
    """The catalogue's cue words of one role, as a pattern over folded text."""
    pattern = catalogue()["roles"][name]
    return re.compile(pattern if name in ("not_a_result", "extremes") else rf"\b(?:{pattern})\b")


_CELLS_IN_A_ROW_RE = re.compile(r"⟨[PCXKR]\d+⟩\s+⟨[PCXKR]\d+⟩\s+⟨[PCXKR]\d+⟩")


# a bar between a label and its one figure, the item closed after it: "2022 | 83,58%;", "chênh | +1,03 điểm."
_BAR_LABEL_RE = re.compile(r"\|\s*[+−-]?\s*⟨[PCX]\d+⟩[^⟨|;.–]{0,20}?(?:[;.]|\s[–-]\s|$)")


def _bar_labels(shape: str) -> bool:
    """Prose that labels each figure with a bar, items apart by semicolons ("Trung bình: 2022 | 82,55%; 2023 |
    83,58%; chênh | +1,03 điểm."; items apart by dashes too): every bar is a label's, none a table's cell border."""
    return bool(re.search(r";|\s[–-]\s", shape)) and len(_BAR_LABEL_RE.findall(shape)) == shape.count("|") >= 2


def looks_tabular(shape: str, mentions: list) -> bool:
    """Is this "sentence" the text of table rows (cells in a row: numbers with nothing but spaces between, or
    few words for its numbers)?  Its figures are the table's, read by the table stage."""
    scores = sum(1 for m in mentions if m.kind == "P")
    # a short sentence with three figures is still one when it brackets them or says how they differ:
    # "Tây Ninh (84,19%) và Vĩnh Long (81,30%) cách nhau 2,89 điểm phần trăm"
    worded = bool(re.search(r"\(\s*⟨P", shape) or role("difference").search(shape))
    return "|" in shape and not _bar_labels(shape) or bool(_CELLS_IN_A_ROW_RE.search(shape)) or (
        scores >= 3 and len(re.findall(r"[a-z]{2,}", shape)) < 2 * scores + 2 and not worded)


def clause_year(r: "_Reader", start: int, pos: int, end: int | None = None) -> int | None:
    """The year a figure at shape span [pos, end) speaks of: one printed right after it ("84,27% trong năm
    2023"), else the last year named before it in its clause ("năm 2022, con số bình quân là 82,40%"; "năm
    nay", "năm trước"), not one it is compared with ("so với năm 2021") nor one that belongs to an earlier
    figure ("Từ mức 82,74% năm 2021, …")."""
    if end is not None:
        after = YEAR_AFTER_RE.match(r.shape, end)
        if after:
            return int(r.s.mentions[int(after.group(1))].value)
    labelled = _YEAR_LABELS_FIGURE_RE.search(r.shape, max(start, pos - 45), pos)
    if labelled:
        return int(r.s.mentions[int(labelled.group(1) or labelled.group(2) or labelled.group(3))].value)
    year = None
    for m in YEAR_MARK_RE.finditer(r.shape, start, pos):
        if EARLIER_BEFORE_RE.search(r.shape[max(start, m.start() - 24): m.start()]) \
                or _BOUND_YEAR_RE.search(r.shape[max(start, m.start() - 30): m.start()]) and not re.match(r"\s*:[^()]*⟨Y", r.shape[m.end():]):
            continue  # (a year with a colon after it labels the figure that follows: "1,62% (năm 2022: 81,12%, …)")
        if m.group(1) is not None:
            year = int(r.s.mentions[int(m.group(1))].value)
        elif r.state.year is not None:
            year = (r.state.index_year or r.state.year) if m.group(0).endswith("nay") else (
                r.state.index_year - 1 if m.group(0) == "nam ngoai" and r.state.index_year else r.state.year - 1)
            # ("năm ngoái" is the year before the report's, whatever year the sentence before named: "Năm 2022, …
            # Năm ngoái, Sở X có 84,54%" in a report on 2023)
    return year


# a year that labels the figure right after it, even one compared with: "so với năm 2021 (bình quân 83,27%)",
# "con số tương ứng của năm 2021 là 81,97%"
_YEAR_LABELS_FIGURE_RE = re.compile(r"(?:\bnam ⟨Y(\d+)⟩\s*\(\s*(?!(?:tang|giam|it|nhieu|cao|thap|hon|kem|bot|them|chenh)\b)"
                                    r"[a-z ]{0,25}|\bcua nam ⟨Y(\d+)⟩\s*(?:la|:)\s*"
                                    r"|\bso voi nam ⟨Y(\d+)⟩\s*,?\s*(?:khi|luc)(?: do)?\b[a-z ,]{0,30})$")


_IS_THE_RE = re.compile(r"\s*[,–-]?\s*(?:do\s+|day\s+)?(?:chinh\s+)?la\s+(?:muc\s+|con so\s+|khoang\s+)?")
# … or set off by a dash or a colon: "1,20% – mức chênh giữa …", "2,10 điểm: đó là chênh lệch giữa …"
_SET_OFF_NAME_RE = re.compile(r"\s*(?:diem(?: phan tram)?\s*)?[:–-]\s*(?:(?:do|day)\s+(?:chinh\s+)?la\s+)?")


# a climb that ends on the figure it reached: a level, not a difference ("vượt lên với 95,47 điểm", "vươn lên đạt …")
_CLIMBED_TO_RE = re.compile(r"\b(?:vuot|vuon|but|nhay|bat|tien|leo|nhich) len\s*(?:voi|dat duoc|dat|den|toi|o muc|muc)?\s*(?=⟨P)")
_SPAN_LABEL_RE = re.compile(r"(?::|\bla)\s*$")

# words that refer back to the unit the text spoke of last: "địa phương này", "đơn vị đó"
_REFERS_RE = re.compile(r"\b(?:dia phuong|don vi|bo|so|tinh|co quan|huyen|nganh|thanh pho) (?:nay|do)\b")


def read_roles(r: "_Reader") -> None:
    """Give every score the frames left a role, and add its claim to the reader."""

    shape = r.shape
    _piped_pair(r)
    if looks_tabular(shape, r.s.mentions) and not (r.prior_role and r.prior_role[0] == "compared"):
        return  # table rows read as text: their cells are the table's figures, not statements (the figures that
        # answer a question on two units are no row)
    first = {clause_bounds(shape, pos) for pos, c in r.claims if c.kind == "rank" and c.value == 1}
    values = [c for _, c in r.claims if c.frame == "unit_value" and c.kind == "value"]
    answer = next((m for m in TOKEN_RE.finditer(shape) if m.group(1) == "P" and int(m.group(2)) not in r.used), None)
    if r.prior_role == ("gap", None) and answer is not None and r.s.mentions[int(answer.group(2))].value < 40:
        # "Đầu bảng hơn cuối bảng bao nhiêu? Câu trả lời: 14,63%.": the answer is the extremes' gap
        i = int(answer.group(2))
        r.used.add(i)
        cs, ce = clause_bounds(shape, answer.start())
        r.add(answer.start(), cs, ce, kind="gap", frame="role_gap", value=r.s.mentions[i].value,
              unit=r.s.mentions[i].unit or "điểm", subject=EXTREMES)
    if r.prior_role and r.prior_role[0] == "compared" and answer is not None \
            and r.s.mentions[int(answer.group(2))].value < 40 and _ANSWER_OPENS_RE.match(shape[:answer.start()]):
        _answer_compared(r, answer)
    for pos, c in r.claims:  # "Kết quả của Sơn La (78,09%) là thấp nhất": the unit's value is the extreme
        if c.frame == "unit_value" and c.kind == "value":
            bounds = clause_bounds(shape, pos)
            clause = shape[slice(*bounds)]
            # "Quảng Ninh đạt 91,86%, xếp vị trí số 1": the first place is the highest
            high, low = sole_extreme("highest", clause) or bounds in first, sole_extreme("lowest", clause)
            at = pos - bounds[0]  # (a unit after a word of following, "theo sau là Bộ X (91,80%)", is not the extreme)
            high, low = (None if isinstance(cue, re.Match) and _FOLLOWED_BY_RE.search(clause, cue.end(), max(at, cue.end()))
                         else cue for cue in (high, low))
            if high and _another_place(r, c, bounds):
                high = None  # "… dẫn đầu với 93,16%, Quảng Ninh đứng thứ hai (92,17%)": second, not the first
            cue = high or low
            # (a difference word inside the extreme's own cue, "vượt qua tất cả", is no difference)
            rest = clause[:cue.start()] + " " + clause[cue.end():] if isinstance(cue, re.Match) else clause
            if c.subject:  # (nor is a word of the unit's own name: "Thừa Thiên Huế" is no "thua")
                rest = rest.replace(fold_same_length(c.subject).lower(), " ")
            rest = _CLIMBED_TO_RE.sub(" ", rest)  # (nor the climb to the figure itself: "vượt lên với 95,47 điểm")
            if bool(high) != bool(low) and not role("difference").search(rest):
                c.kind, c.frame = ("highest", "role_highest") if high else ("lowest", "role_lowest")
            elif not high and not low and r.prior_role and r.prior_role[1] == c.subject and _REFERS_RE.search(clause):
                c.kind, c.frame = r.prior_role[0], f"role_{r.prior_role[0]}"  # "… giành ngôi đầu. Địa phương này đạt …"
            elif not high and not low and r.prior_role and r.prior_role[1] is None and len(values) == 1:
                c.kind, c.frame = r.prior_role[0], f"role_{r.prior_role[0]}"  # "Ai đứng đầu? Câu trả lời là Nam Định, …"
    tokens = [(m.start(), m.end(), m.group(1), int(m.group(2))) for m in TOKEN_RE.finditer(shape)]
    _respectively(r, tokens)
    _pair_then_difference(r)
    _from_to(r)
    _risers(r, tokens)
    _totals(r, tokens)
    extremes = {c.value for _, c in r.claims if c.kind in ("highest", "lowest")}
    # "A vượt B – tỉnh xếp cuối bảng – 12,15 điểm (90,60% và 78,45%)": the two compared, not two extremes
    compared = {int(i) for m in PAIRED_VALUES_RE.finditer(shape) if role("comparative").search(shape, 0, m.start())
                for i in m.group("a", "b")}
    for a, b, kind, i in tokens:
        if kind != "P" or i in r.used or i in compared:
            continue
        mention = r.s.mentions[i]
        cs, ce = clause_bounds(shape, a)
        seg_start = max([t[1] for t in tokens if cs <= t[0] and t[1] <= a and t[2] in "PCK"] + [cs])
        seg_end = min([t[0] for t in tokens if b <= t[0] < ce and t[2] in "PCK"] + [ce])
        before = shape[seg_start:a]
        clause = shape[cs:ce]
        near = before[-50:]
        if len(before) > 50:
            near = near[near.find(" ") + 1:]  # whole words only ("cải cách" is no "cách")
        # "Mức chênh giữa điểm cao nhất (93,90) và điểm thấp nhất (71,42) là 22,48 điểm": the clause opens on its cue
        led = bool(_GAP_WORDS_RE.search(shape[cs: cs + 30])) and seg_end == ce and not any(
            kind_ == "P" and cs <= a_ < a and r.s.mentions[i_].value not in extremes
            for a_, _, kind_, i_ in tokens)  # no figure before but
        # the ones it is the gap between ("… cao nhất (93,90) và … thấp nhất (71,42) là 22,48")
        opened = shape.rfind("(", cs, a)
        if re.match(r"[^()]*\)", before) and opened >= 0:
            # the figure follows a bracket its segment opened in ("bỏ xa đơn vị thấp nhất (X, 71,42 điểm) tới 22,48"):
            # the cue is in the words before the bracket, where the compared thing is named too ("thấp hơn giá trị
            # trung bình năm 2021 (91,13 điểm) là 0,43"); `near` stays a slice of the shape ending at the figure
            near = shape[max(cs, opened - 60): a]
            if opened - 60 > cs:
                near = near[near.find(" ") + 1:]  # whole words only ("thấp hơn", not "ap hơn")
        elif opened >= 0 and _NAME_IN_BRACKETS_RE.fullmatch(shape[opened:a].strip()) and r.unit_names(opened, a):
            # "kém đơn vị dẫn đầu (Sở Văn hóa, Thể thao và Du lịch) 22,84 điểm": a unit named in brackets right before
            # the figure; the cue is in the words before the bracket, the bracket tells who that is
            near = shape[max(cs, opened - 60): a]
            if opened - 60 > cs:
                near = near[near.find(" ") + 1:]
        dashed = _DASHED_LEVEL_RE.search(shape, cs, a)
        if dashed and dashed.end() == a and not re.search(r"[()]", shape[dashed.start(): a]):
            # "A vượt B – đơn vị đạt 82,71 điểm – 8,05 điểm": a level set off between dashes, as in brackets; the cue
            # is in the words before the first dash
            near = shape[max(cs, dashed.start() - 60): a]
            if dashed.start() - 60 > cs:
                near = near[near.find(" ") + 1:]
        # "6,73% là khoảng cách giữa …": the figure opens its clause and the words right after it say what it is
        named_after = seg_start == cs and bool(_IS_THE_RE.match(shape, b) or _SET_OFF_NAME_RE.match(shape, b)) and bool(
            role("difference").search(shape[b: b + 40])) and not role("average").search(shape[b: b + 40])
        # "nhỉnh hơn mức 83,07% của năm liền trước là 1,52%": the comparative stands before the figure compared with
        after_compared = bool(re.search(r"\bla\s*$", before)) and bool(role("comparative").search(shape[cs:a]))
        # "Từ đỉnh (A) xuống đáy (B): 13,70%": the words before the colon name the first and the last, the figure
        # after it is what lies between them
        spans = bool(_SPAN_LABEL_RE.search(shape, cs, a)) and bool(role("extremes").search(shape[cs:a]))
        differs = mention.unit == "điểm phần trăm" or bool(role("difference").search(near)) or led or named_after \
            or after_compared or spans
        # (a label that names both extremes makes the figure their gap even where it calls it a "thang điểm": "Độ rộng
        # của thang điểm (cao nhất – thấp nhất): 16,30%" is the scale the units span, not a scale's maximum)
        if differs and mention.value < 40 and (not role("not_a_result").search(near) or _name_then_hon(r, seg_start, a)
                                               or spans):
            _difference(r, a, b, i, cs, ce, near, clause)
        elif 40 <= mention.value <= 100 and (not role("not_a_result").search(before) and not any(
                x <= a < y for x, y, _ in r._band_bounds(cs, ce)) or _owned_mark(r, b, clause)):
            _level(r, a, b, i, cs, ce, clause, (seg_start, seg_end))
    _paired_gaps(r)




def _owned_mark(r: "_Reader", b: int, clause: str) -> bool:
    """"Chẳng tỉnh nào vượt được mốc 92,40% của Hải Dương", "không bộ nào xuống dưới mức 77,60% mà Bộ Y tế đạt": a mark
    that no unit passed (or fell below) is the first's (the last's) level when the unit it belongs to is named right
    after it; a mark with no owner stays a threshold ("không tỉnh nào vượt mốc 95%")."""
    cues = [m for kind in ("highest", "lowest") for m in role(kind).finditer(clause)]
    if not any(re.search(r"\b(?:nao|khong ai)\b", m.group(0)) for m in cues):
        return False
    owner = _OWNER_AFTER_MARK_RE.match(r.shape, b)
    return bool(owner) and bool([name for k, name in r._named(owner.end(), owner.end() + 80) if k == 0])


# "… mốc 92,40% của Hải Dương", "… mức 77,60% mà Bộ Y tế đạt được", "… con số 91,00 điểm do Sở Tư pháp giành được"
_OWNER_AFTER_MARK_RE = re.compile(r"\s*(?:diem(?: phan tram)?\s*)?(?:cua|thuoc ve|ma|do)\s+")


def _name_then_hon(r: "_Reader", a: int, b: int) -> bool:
    """"…; Bộ Tư pháp hơn 1,70 điểm phần trăm": "hơn" right after a unit's name compares; it bounds no threshold
    ("đạt hơn 80%")."""
    printed = r.printed(a, b).rstrip()
    name = r.unit_name(a, b)
    if name is None or not printed.lower().endswith(" hơn"):
        return False
    return printed[:-4].rstrip().lower().endswith(name.split()[-1].lower())


# a figure followed by the unit it belongs to: "96,48% của Bình Thuận", "80,10 điểm thuộc về Sở Y tế"
# two levels after a colon that follows two units' names: "A với B: 95,10% và 78,20%"
_PAIRED_LEVELS_RE = re.compile(r":\s*⟨P(\d+)⟩\s*(?:va|,|;|so voi|–|-)\s*⟨P(\d+)⟩")
# "Điểm số của A và B năm nay là 85,26% và 79,89%": two units' levels after "là", in the order they were named
RESPECTIVE_LEVELS_RE = re.compile(r"\bla\s*⟨P(\d+)⟩\s*va\s*⟨P(\d+)⟩")
_OF_UNIT_RE = re.compile(r"\s*(?:cua|thuoc ve)\s+")
# "Mức 85,20% mà Sở Tư pháp đạt được", "số điểm 79,40 mà Cao Bằng giành": the unit of the relative clause reached it
_REACHED_BY_RE = re.compile(r"\s*(?:diem(?: phan tram)?\s*|%\s*)?ma\s+")


# the titles of a unit's head, folded: who speaks for the unit around a quotation
_HEADS = "giam doc|bo truong|chu tich|truong ban|chanh van phong|chanh thanh tra"
_HEAD_WORDS = r"\b(?:pho )?(?:thu truong|" + _HEADS + r")\b"  # a head's title, a deputy's too
_SPEAKERS_RE = re.compile(r"\b(?:chung toi|chung ta|(?:don vi|tinh|bo|so|nganh|huyen|dia phuong|co quan) (?:toi|minh))\b")


def _in_a_heads_quote(r: "_Reader", a: int) -> bool:
    """Is the figure at `a` inside a quotation that a unit's head opens ("Giám đốc Sở Nội vụ cho biết: “Điểm trung bình
    của khối huyện … thấp hơn khối sở 0,40 điểm”"), speaking of no unit before it and not of the speakers themselves?
    Then the unit named before the quotation is whose head speaks, not whose figure it is."""
    opened = max(r.shape.rfind("“", 0, a), r.shape.rfind('"', 0, a))
    if opened < 0 or "”" in r.shape[opened:a] or r.shape.count('"', opened, a) > 1:
        return False
    return bool(_HEAD_SPEAKS_RE.search(r.shape[:opened])) and not _SPEAKERS_RE.search(r.shape, opened, a) \
        and not r.unit_names(opened, a)


# a head's words before the quotation they open, wherever the clause starts ("Trao đổi với phóng viên, Giám đốc Sở X
# cho biết: “")
_HEAD_SPEAKS_RE = re.compile(_HEAD_WORDS + r"[^.;:“”\"]{2,90}?:\s*$")


def _quoted_speaker(r: "_Reader", a: int) -> str | None:
    """"“Năm nay chúng tôi đạt 81,68 điểm …”, đại diện UBND huyện Kim Bảng chia sẻ": a figure the speakers give of
    themselves inside a quotation is the unit the words after the quotation name (exactly one); with none named
    after it, the unit of the head who speaks before it ("Giám đốc Sở Y tế cho biết: “… chúng tôi …”")."""
    opened, closed = r.shape.rfind("“", 0, a), r.shape.find("”", a)
    if opened < 0 or closed < 0 or r.shape.rfind("”", 0, a) > opened:
        return None
    if not _SPEAKERS_RE.search(r.shape, opened, closed) and not _head_quotes_own_result(r, opened, closed):
        return None
    end = r.shape.find(".", closed)
    names = r.unit_names(closed + 1, end if end > 0 else len(r.shape))
    if not names and _SPEAKERS_RE.search(r.shape, opened, closed):
        lead = r.shape[:opened]
        head = _HEAD_BEFORE_QUOTE_RE.search(lead)
        names = r.unit_names(head.start(), opened) if head else []
    return names[0] if len(names) == 1 else None


def _quote_opened(r: "_Reader", pos: int) -> int:
    """Where the quotation a position stands in begins (after its opening mark), else 0: "Thứ trưởng Bộ Nội vụ nhấn
    mạnh: “Điểm trung bình …; năm 2021, con số này là 84,35%.”" speaks of the average, not of the speaker's unit."""
    opened = r.shape.rfind("“", 0, pos)
    return opened + 1 if opened >= 0 and r.shape.rfind("”", 0, pos) < opened else 0


def _quote_closed(r: "_Reader", pos: int) -> int | None:
    """Where the quotation a position stands in closes, else None: the unit named after the closing mark ("…, con số
    này là 84,35%”, Thứ trưởng Bộ Nội vụ nói") is the speaker's, not the figure's."""
    opened = r.shape.rfind("“", 0, pos)
    if opened < 0 or r.shape.rfind("”", 0, pos) > opened:
        return None
    closed = r.shape.find("”", pos)
    return closed if closed >= 0 else None


# the head of a unit who speaks before a quotation: "Giám đốc Sở Tư pháp cho biết: “", "Chủ tịch UBND huyện X nói: “"
_HEAD_BEFORE_QUOTE_RE = re.compile(r"(?:^|[.;]\s*)[^.;:“”]{0,20}?" + _HEAD_WORDS + r"[^.;:“”]{2,90}?:\s*$")


# the head of a unit, named right after a quotation: "…”, Giám đốc Sở Tư pháp nói", "…” – Bộ trưởng Bộ X cho biết"
_HEAD_AFTER_QUOTE_RE = re.compile(r"\s*[,–-]?\s*(?:ong |ba )?(?:pho )?(?:" + _HEADS + r")\b")
_OTHER_TOPIC_RE = re.compile(r"\b(?:trung binh|binh quan|cao nhat|thap nhat|dan dau|cuoi bang|toan tinh|ca nuoc|"
                             r"cac (?:so|huyen|don vi|dia phuong|bo|tinh))\b")


def _head_quotes_own_result(r: "_Reader", opened: int, closed: int) -> bool:
    """"“Kết quả 79,97% năm nay, giảm 0,71 điểm …”, Giám đốc Sở Nội vụ nói": a quotation that names no unit and no
    other figure (an average, an extreme, all the units) and is followed by one unit's head speaks of that unit."""
    inside = r.shape[opened:closed]
    return bool(_HEAD_AFTER_QUOTE_RE.match(r.shape, closed + 1)) and not _OTHER_TOPIC_RE.search(inside) \
        and not r.unit_names(opened, closed) and not role("highest").search(inside) and not role("lowest").search(inside)


_NEW_LEVEL_RE = re.compile(r"[,;]?\s*\b(?:len|xuong|xuong con|chi con|len muc|xuong muc)\s*$")
_NAMED_AVERAGE_RE = re.compile(r"^\W*(?:(?:do|day) (?:chinh )?la|la)\b[^.;⟨]{0,40}?\b(?:trung binh|binh quan)\b"
                               r"|^\W*[a-z ]{0,25}?\b(?:trung binh|binh quan)\b[^.;⟨]{0,20}?\b(?:tang|giam)\b")
_MORE_LEVELS_RE = re.compile(r"^(?:\s*(?:diem)?\s*[;,]?\s*(?:va\s*)?(?:nam )?⟨Y\d+⟩\s*(?::|–|-|la|dat)\s*⟨P\d+⟩)*\s*(?:diem)?")
_LEVEL_ONLY_RE = re.compile(r"^\W*(?:nam )?⟨Y\d+⟩\s*(?::|–|-|la|dat)\s*⟨P\d+⟩\s*(?:diem)?\W*$")


# a sentence that opens on two years' levels and nothing else, closed by a colon or a dash: "Năm 2021 81,40%, năm
# 2022 83,10%: Sở Tư pháp …", "80,10 (2021) và 82,00 (2022) – UBND huyện X …"
_DATED_LEVEL = r"(?:(?:nam\s*)?⟨Y\d+⟩\s*[:–-]?\s*⟨P\d+⟩\s*(?:diem(?: phan tram)?|%)?|⟨P\d+⟩\s*(?:diem(?: phan tram)?|%)?\s*\(\s*(?:nam\s*)?⟨Y\d+⟩\s*\))"
_OPENING_LEVELS_RE = re.compile(rf"^\W*{_DATED_LEVEL}(?:\s*(?:,|;|va)\s*{_DATED_LEVEL})+\s*[:–-]\s*")


def _owner_after_opening_levels(r: "_Reader", a: int) -> str | None:
    """The unit the words after a sentence's opening run of dated levels name first: whose levels they are."""
    m = _OPENING_LEVELS_RE.match(r.shape)
    if m is None or a >= m.end():
        return None
    names = r.unit_names(m.end(), clause_bounds(r.shape, m.end())[1])
    return names[0] if names else None


def _named_average_after(r: "_Reader", b: int) -> bool:
    """Is the year's level ending at `b` named the average only after it and the years' levels that follow it: in its
    sentence ("Năm 2021: 82,83%; năm 2022: 84,61% – đó là giá trị trung bình …") or in the sentence after a run of
    year-and-level sentences ("Năm 2021: 81,76%. Năm 2022: 83,74%. Đó là diễn biến của giá trị trung bình …")?"""
    rest = r.shape[b:][_MORE_LEVELS_RE.match(r.shape[b:]).end():]
    if rest.strip(" .;,"):
        return bool(_NAMED_AVERAGE_RE.search(rest))
    k = next((j for j, sentence in enumerate(r.dt.sentences) if sentence is r.s), None)
    for following in r.dt.sentences[k + 1: k + 3] if k is not None else []:
        if _NAMED_AVERAGE_RE.search(following.shape):
            return True
        if not _LEVEL_ONLY_RE.match(following.shape):
            return False
    return False


def _another_place(r: "_Reader", c: Claim, bounds: tuple[int, int]) -> bool:
    """Does the unit's own part of the clause (from the figure before its own) give it a place other than the
    first ("Quảng Ninh đứng thứ hai (92,17%)", "Bắc Ninh hạng 3 với 91,03%", "về nhì")?"""
    token = r._token_of(c.value, *bounds)
    if token is None:
        return False
    before = [m for m in TOKEN_RE.finditer(r.shape, bounds[0], token[0]) if m.group(1) == "P"]
    own = r.shape[before[-1].end() if before else bounds[0]: token[0]]
    places = [r.s.mentions[int(m.group(2))].value for m in TOKEN_RE.finditer(own) if m.group(1) == "K"]
    return any(v != 1 for v in places) or _RUNNER_UP_RE.search(own) is not None


_RUNNER_UP_RE = re.compile(r"\b(?:ve nhi|a quan|ve ba|ve thu|thu (?:hai|nhi|ba|tu|nam|sau|bay|tam|chin|muoi))\b")

# a name introduced by the words before it ("… là Điện Biên", "… thuộc về Sở Y tế", "… gọi tên Bộ Tư pháp"): no table
# row
_NAME_INTRODUCED_RE = re.compile(r"(?:^|\s)(?:là|chính là|thuộc về|gọi tên|về tay)\s+[^\W\d][^,;:.()\d]{1,60}$")
# what comes after the first or before the last: "theo sau là", "tiếp theo là", "kế đến", "xếp sau là", "liền sau"
_FOLLOWED_BY_RE = re.compile(r"\b(?:theo sau|tiep theo|tiep den|ke den|ke tiep|xep sau|dung sau|lien sau|sau do|"
                             r"ngay sau|lien truoc|xep tren|dung tren|ngay tren)\b")


def _level(r: "_Reader", a: int, b: int, i: int, cs: int, ce: int, clause: str, segment: tuple[int, int]) -> None:
    mention = r.s.mentions[i]
    high, low = sole_extreme("highest", clause), sole_extreme("lowest", clause)
    # "… giữ vị trí quán quân với 92,95%, theo sau là Bộ Tư pháp (91,80%)": a figure after a word of following comes
    # after the first (or before the last), not it
    high, low = (None if cue and _FOLLOWED_BY_RE.search(clause, cue.end(), a - cs) else cue for cue in (high, low))
    average = role("average").search(clause) and not _AROUND_AVERAGE_RE.search(clause)
    year = clause_year(r, cs, a, b) or r.state.year
    # the unit named before it with no other figure between; after it only for the first or the last
    # ("91,18% là kết quả cao nhất, do Bộ Tài nguyên và Môi trường đạt được")
    printed = r.printed(segment[0], a).rstrip(" ,")
    last = printed.split()[-1] if printed.split() else ""
    bare = last[:1].isupper()  # "Duy Tiên 93.79": a name and a number, no words between
    if bare and r.unit_name(segment[0], a) and (_OWNED_ITEM_RE.match(printed) or re.match(r"\s*[,;]\s", printed)
                                                 and _LABELLED_LIST_RE.match(r.printed(cs, a))):
        # … but not an item of prose that names its owner ("…; của Quảng Bình, 83,29%", "Điểm số: UBND huyện Phong Điền
        # 91,04%, …"): the words before the name say whose figure follows
        bare = False
    if bare and (high or low) and _NAME_INTRODUCED_RE.search(printed) and r.unit_name(segment[0], a):
        bare = False  # "Chễm chệ ở vị trí đầu bảng là Điện Biên, 90,04%": a name the words of an extreme introduce
    unit = r.unit_name(segment[0], a) if not bare else None
    paired = next((p for p in _PAIRED_LEVELS_RE.finditer(r.shape) if str(i) in p.groups()), None) \
        or next((p for p in RESPECTIVE_LEVELS_RE.finditer(r.shape) if str(i) in p.groups()), None)
    if paired:  # "Đối chiếu Sở Nội vụ với Sở Y tế: 95,10% và 78,20%": the two units' levels, in their order
        names = list(dict.fromkeys(r.unit_names(clause_bounds(r.shape, paired.start())[0], paired.start())))
        unit = names[paired.groups().index(str(i))] if len(names) == 2 else unit
    if unit is None and r.prior_role and r.prior_role[0] == "asked" and "⟨P" not in r.shape[:a] \
            and not r.unit_names(0, a):
        unit = r.prior_role[1]  # "Bộ Tài chính năm nay được bao nhiêu điểm? 86,40%, …": the answer is its level
    if unit is None and not bare:
        unit = _quoted_speaker(r, a)
    if unit is None and r.prior_role == ("average", None) and "⟨P" not in r.shape[:a] and not r.unit_names(0, a):
        average = True  # "Mặt bằng chung năm 2022 thế nào? 84,04%, …": the answer to a question on the average
    if unit is None and not bare and _NEW_LEVEL_RE.search(r.shape[segment[0]:a]) and role("difference").search(r.shape[cs:a]):
        unit = r.unit_name(cs, a)  # "Bắc Giang tăng 2,42% so với năm 2021, lên 81,10%": where the unit's change took it
    if unit is None and not bare and not average and _YEAR_COLON_RE.search(r.shape[cs:a]) and _named_average_after(r, b):
        average = True  # "Năm 2021: 82,83%; năm 2022: 84,61% – đó là giá trị trung bình …": named after its levels
    of = _OF_UNIT_RE.match(r.shape, b)
    if of:  # "Điểm số 96,48% của Bình Thuận hơn …": the unit named right after "của" owns the figure
        owner = [name for k, name in r._named(of.end(), min(segment[1], of.end() + 80)) if k == 0]
        unit = owner[0] if owner else unit
    reached = _REACHED_BY_RE.match(r.shape, b)
    if unit is None and reached:
        owner = [name for k, name in r._named(reached.end(), min(segment[1], reached.end() + 80)) if k == 0]
        unit = owner[0] if owner else unit
    if unit is None and bool(high) != bool(low):
        unit = r.unit_name(b, segment[1], prefer="first")
    helps = _HELPS_RE.match(r.shape, b)
    if unit is None and helps:  # "Điểm số 90,76 giúp UBND quận Kiến An vượt …": the unit it lifts is its owner
        owner = [name for k, name in r._named(helps.end(), min(segment[1], helps.end() + 80)) if k == 0]
        unit = owner[0] if owner else None
    if unit is None and not average and not high and not low \
            and (apart := _extreme_named_apart(r, cs, a, year)) is not None:  # (no unit named: "Với" is no name)
        (high, low), unit = apart  # "Xếp cuối là Sở Y tế; điểm đạt được 75,10", "Dẫn đầu: Sở Tư pháp. Điểm số: 91,00."
    if unit is None and not bare and not average and not high and not low:
        unit = _owner_after_opening_levels(r, a)
    if unit is None and not bare and not average and not high and not low and (
            _ITS_RESULT_RE.search(clause) or _YEAR_COLON_RE.search(r.shape[cs:a])
            or _YEAR_COLON_RE.search(r.shape[segment[0]:a].lstrip(" ,"))
            or _LABELLED_YEAR_RE.search(r.shape[cs:a])
            or _LABELLED_YEAR_RE.search(r.shape[segment[0]:a].lstrip(" ,"))) \
            and not r.unit_names(b, _quote_closed(r, a) or segment[1]):  # (not the speaker named after a quotation)
        # (a unit named after the figure in its clause is whom it speaks of: "Điểm số 87,55% giúp Lào Cai vượt …"
        # borrows no unit from the sentences before)
        # "sang năm 2020, kết quả là 88,76%", "Năm 2018: 84,84%", "con số này năm 2022 là 82,90%": the same figure
        # of what the sentence spoke of last (a unit, or the average)
        spoken = [c for _, c in sorted(r.claims, key=lambda pc: pc[0]) if c.kind in _LEVEL_KINDS]
        earlier = r.unit_name(_quote_opened(r, cs), cs)  # "Long An tăng 0,97% …; kết quả năm 2019 đạt 85,13%": named
        # before, here (inside a quotation, after its opening mark: the head's unit before it is the speaker's)
        spoke_of_average = spoken[-1].kind == "average" if spoken else r.state.last_level == "average"
        if spoke_of_average and not earlier:  # "Năm 2022, … trung bình là 83,10%. Năm 2023, con số này là …"
            average = True
        else:
            named = [c.subject for c in spoken if c.subject and c.kind != "average"]
            unit = earlier or (named[-1] if named else r.referred_unit(cs))
            if earlier and unit == earlier:
                high, low = _extreme_named_before(r, cs, year) or (high, low)
    if unit is None and not bare and not average and not high and not low and YEAR_AFTER_RE.match(r.shape, b):
        # "Sở Xây dựng: 79,60% năm 2022 và 83,90% năm 2023": a series of one subject's figures, each with its year
        spoken = [c for _, c in sorted(r.claims, key=lambda pc: pc[0]) if c.kind in _LEVEL_KINDS]
        if spoken and spoken[-1].year not in (None, year):
            average = spoken[-1].kind == "average"
            unit = None if average else spoken[-1].subject
    if not high and not low and not average and r.prior_role and r.prior_role[1] is None \
            and r.prior_role[0] in ("highest", "lowest") and "⟨P" not in r.shape[:a] \
            and (unit := unit or r.unit_name(segment[0], a)):
        # "Hỏi: Ai xếp cuối? Đáp: Sở Y tế, 75,40 điểm.": the one unit and figure answering a question on an extreme
        # (a bare name before the figure, "Đáp: Cao Bằng, 75,28%", is the answer's, not a table row's)
        high, low = r.prior_role[0] == "highest", r.prior_role[0] == "lowest"
    if unit is None and any(cue and re.search(r"\b(?:khong|nao)\b", cue.group(0)) for cue in (high, low)
                            if isinstance(cue, re.Match)):
        return  # "Không có đơn vị nào vượt qua mức 95 điểm": a mark no unit reached, no unit's level
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


# a bracket that holds a name only (no figure, no further bracket)
# (and the small word a difference may follow: "(Sở Y tế) tới 11,20 điểm")
_NAME_IN_BRACKETS_RE = re.compile(r"\(\s*[^()⟨;.]{2,80}?\s*\)(?:\s*(?:toi|la|khoang|den|dung|gan|hon))?")
# the words an item of prose opens on before the unit whose figure follows: "của …", "còn …", a label and its colon
_OWNED_ITEM_RE = re.compile(r"^\W*(?:(?:của|còn|và|riêng|với)\s|[^\W\d][^:;.]{0,30}:\s)")
# … and the next items of a list a label opens: "Điểm số: Hải Dương 88,20%, Long An 83,10%"
_LABELLED_LIST_RE = re.compile(r"^\W*[^\W\d][^:;.\d]{0,30}:\s")
_HELPS_RE = re.compile(r"\s*(?:diem(?: so)?\s*|%\s*)?(?:da\s*)?(?:giup|dua|mang lai cho)\s+")
# a level between two dashes right before a figure: "… – đơn vị đạt 82,71 điểm – ", "… – 73,22 điểm – "
_DASHED_LEVEL_RE = re.compile(r"\s[–-]\s[^–⟨;]{0,30}⟨P\d+⟩\s*(?:diem(?: phan tram)?|%)?\s*[–-]\s*")
# how much a gap changed: "khoảng cách … đã thu hẹp 1,20 điểm" ("thu hẹp còn 22,48" is the gap itself)
GAP_CHANGED_BY_RE = re.compile(r"\b(?:thu hep|noi rong|mo rong|rut ngan|tang|giam|nhich)(?:\s+(?:them|di|duoc|bot|lai))?\s*$")
# a subtraction spelled out: "lấy (điểm của) A trừ (đi) (điểm của) B"
# units next to each other in the ranking ("hai bộ liền kề", "hai đơn vị kế nhau"; not "năm liền kề", last year)
NEIGHBOURS_RE = re.compile(r"(?<!nam )(?<!ky )\b(?:lien ke|ke nhau|ke tiep nhau|lien tiep nhau)\b")
_MINUS_RE = re.compile(r"\blay\b[^;⟨]{2,90}?(?P<minus>\btru(?: di)?\b)[^;⟨]{2,90}?⟨P")


# "… 85,68% so với 83,41%, hơn kém 2,27%", "…: 91,55 điểm so với 79,65 điểm, tức 11,90 điểm": two levels, then
# the difference between them
_PAIR_THEN_DIFFERENCE_RE = re.compile(r"⟨P(?P<a>\d+)⟩\s*(?:so voi|va|/)\s*⟨P(?P<b>\d+)⟩\s*[,;–-]?\s*(?:tuc la|tuc|nghia la|"
                                      r"hay|hon kem|chenh lech|chenh nhau|chenh|cach nhau|cach biet)\s*(?:la\s*)?⟨P(?P<d>\d+)⟩")
# the words an answer may open with before its figure: "Đáp:", "Câu trả lời là", "Đó là", "Chỉ", "Khoảng"
_ANSWER_OPENS_RE = re.compile(r"^\W*(?:(?:hoi|dap|tra loi|cau tra loi|do la|day la|chi|khoang|gan|hon|la|co)\b\W*)*$")
# the levels that follow an answer on two units: "2,27% – 85,68% so với 83,41%"
_ANSWER_PAIR_RE = re.compile(r"\s*(?:%|diem(?: phan tram)?)?\s*[,;:(–-]?\s*(?:(?:tuc la|tuc|cu the la|cu the|voi)\s*:?\s*)?⟨P(?P<a>\d+)⟩\s*(?:so voi|va|/|-|–)\s*⟨P(?P<b>\d+)⟩")


# two units' levels and their difference in cells set apart by bars: "A 88,27% | B 81,51% | chênh 6,76%"
_PIPED_PAIR_RE = re.compile(r"^\W*(?P<n1>[^|⟨]{2,80}?)\s*[:–-]?\s*⟨P(?P<a>\d+)⟩\s*(?:diem(?: phan tram)?|%)?\s*\|\s*"
                            r"(?P<n2>[^|⟨]{2,80}?)\s*[:–-]?\s*⟨P(?P<b>\d+)⟩\s*(?:diem(?: phan tram)?|%)?\s*\|\s*"
                            r"(?:chenh lech|chenh|hon kem|cach biet|khoang cach)\s*:?\s*⟨P(?P<d>\d+)⟩"
                            r"\s*(?:diem(?: phan tram)?|%)?\W*$")


def _piped_pair(r: "_Reader") -> None:
    """"So sánh nhanh / Bộ X 88,27% | Bộ Y 81,51% | chênh 6,76%": a line of three cells, two units' levels and the
    gap between them (no direction: "chênh"), read as a gap of the two named units before the table-row rule drops
    it (a row of a real table names one unit)."""
    m = _PIPED_PAIR_RE.match(r.shape)
    if m is None or {int(m.group(g)) for g in ("a", "b", "d")} & r.used:
        return
    names = [r.unit_name(m.start(g), m.end(g), "first") for g in ("n1", "n2")]
    a, b, d = (int(m.group(g)) for g in ("a", "b", "d"))
    if not all(names) or names[0] == names[1] or r.s.mentions[d].value >= 40 \
            or not all(40 <= r.s.mentions[k].value <= 100 for k in (a, b)):
        return
    _compared(r, d, 0, len(r.shape), names[0], names[1], None, (a, b))


def _compared(r: "_Reader", i: int, cs: int, ce: int, subject: str, other: str, sign: float | None,
              levels: tuple[int, int] | None) -> None:
    """A difference of two named units, with their two levels where the sentence prints them: a comparison where
    the words give its direction, a gap between the two where they do not ("hơn kém", "chênh")."""
    mention = r.s.mentions[i]
    between = [r.s.mentions[k].value for k in levels] if levels else []
    r.used.update([i, *(levels or ())])
    for name, k in zip((subject, other), levels or ()):  # each level is its unit's, in the order they were named
        r.add(r.shape.find(f"⟨P{k}⟩"), cs, ce, kind="value", frame="role_value", subject=name,
              value=r.s.mentions[k].value, unit=r.s.mentions[k].unit or "điểm")
    if sign is None:
        r.add(r.shape.find(f"⟨P{i}⟩"), cs, ce, kind="gap", frame="role_gap", value=mention.value, subject=subject,
              other=other, between=between, unit=mention.unit or "điểm")
    else:
        r.add(r.shape.find(f"⟨P{i}⟩"), cs, ce, kind="comparison", frame="role_comparison", value=mention.value,
              change=sign * mention.value, subject=subject, other=other, between=between, unit=mention.unit or "điểm")


def _answer_compared(r: "_Reader", answer: re.Match) -> None:
    """"A hơn B bao nhiêu? 2,27% – 85,68% so với 83,41%.": the answer's first figure is the difference the
    question asked for (the reader kept the two units, in their order, and the direction of the comparative)."""
    subject, other, sign = r.prior_role[1]
    pair = _ANSWER_PAIR_RE.match(r.shape, answer.end())
    levels = (int(pair.group("a")), int(pair.group("b"))) if pair else None
    if levels and any(k in r.used for k in levels):
        levels = None
    cs, ce = clause_bounds(r.shape, answer.start())
    _compared(r, int(answer.group(2)), cs, ce, subject, other, sign, levels)


def _pair_then_difference(r: "_Reader") -> None:
    """Two units named, their two levels, then the difference between them: "Cuộc so kè A – B: 85,68% so với
    83,41%, hơn kém 2,27%"; "Điểm của A vượt B: 91,55 so với 79,65 điểm, tức 11,90 điểm"."""
    for m in _PAIR_THEN_DIFFERENCE_RE.finditer(r.shape):
        a, b, d = (int(m.group(g)) for g in ("a", "b", "d"))
        if {a, b, d} & r.used or r.s.mentions[d].value >= 40 \
                or not all(40 <= r.s.mentions[k].value <= 100 for k in (a, b)):
            continue
        cs, ce = clause_bounds(r.shape, m.start())
        names = r.unit_names(cs, m.start())
        if len(names) != 2:
            continue
        lead = r.shape[cs: m.start()]
        cue = list(role("comparative").finditer(lead))
        sign = None if not cue or _GAP_WORDS_RE.search(cue[-1].group(0)) or re.search(r"\bhon kem\b", r.shape[m.start(): m.end()]) \
            else -1.0 if role("down").search(cue[-1].group(0)) else 1.0
        _compared(r, d, cs, ce, names[0], names[1], sign, (a, b))


# two units' levels set against each other ("đấu", "đối", ", so với"; the second one's owner may follow it: "85,86%,
# so với 85,11% của Bộ X"), then the difference between them, as a comparative ("– hơn 0,75%", "nhỉnh hơn …") or
# as a noun ("phần hơn 6,39% thuộc về …", "mức chênh …")
_LEVELS_SET_AGAINST_RE = re.compile(
    r"⟨P(?P<a>\d+)⟩\s*,?\s*(?:so voi|dau voi|dau|doi voi|doi|doi lai|va|voi|/)\s*⟨P(?P<b>\d+)⟩"
    r"(?:\s*(?:cua|thuoc ve)\s+[^⟨;.()]{2,80}?)?\s*[,;:–-]?\s*(?:[^⟨;.()]{0,40}?\s)??"
    r"(?P<cue>tuc la|tuc|nghia la|hay|hon kem|chenh lech|chenh nhau|chenh|cach nhau|cach biet|"
    r"(?:phan|muc|khoang|so diem) (?:hon|chenh(?: lech)?|cach biet|vuot troi)|(?:nhieu|cao|nhinh) hon|thap hon|kem hon|kem|"
    r"thua|\bhon)\s*(?:la\s*|toi\s*|khoang\s*)?⟨P(?P<d>\d+)⟩")
_NOUN_OF_DIFFERENCE_RE = re.compile(r"^(?:tuc la|tuc|nghia la|hay|hon kem|chenh lech|chenh nhau|chenh|cach nhau|cach biet|"
                                    r"(?:phan|muc|khoang|so diem) .*)$")


def read_levels_set_against(r: "_Reader") -> None:
    """Two units named, their two levels set against each other, then the difference: "So kè A – B: 90,09% đấu
    83,70%, phần hơn 6,39% thuộc về A"; "A với 85,86%, so với 85,11% của B – hơn 0,75%".  Read before the frames,
    which would take the first level for the unit named last before it and the difference for a change of one unit.
    The levels are the two units' in the order they are named; a comparative gives the first one's direction, a noun
    of difference none (a gap between the two)."""
    for m in _LEVELS_SET_AGAINST_RE.finditer(r.shape):
        a, b, d = (int(m.group(g)) for g in ("a", "b", "d"))
        if {a, b, d} & r.used or _PAIR_THEN_DIFFERENCE_RE.match(r.shape, m.start()) \
                or r.s.mentions[d].value >= 40 \
                or not all(40 <= r.s.mentions[k].value <= 100 for k in (a, b)):
            continue
        cs, ce = clause_bounds(r.shape, m.start())
        names = r.unit_names(cs, m.start("d"))
        if len(names) != 2 or r.unit_names(m.start("a"), m.start("b")):
            continue  # (a unit named between the two levels owns the first: "A 85,86%, B 85,11%" is two statements)
        cue = m.group("cue")
        sign = None if _NOUN_OF_DIFFERENCE_RE.match(cue) else -1.0 if role("down").search(cue) else 1.0
        _compared(r, d, cs, ce, names[0], names[1], sign, (a, b))


def _extreme_named_before(r: "_Reader", cs: int, year: int | None) -> tuple[bool, bool] | None:
    """(highest, lowest) when the clause before `cs` names the first or the last and states no figure of its own,
    of the same year: "Đứng cuối bảng là Sở Y tế; điểm số đạt 73,15%" (the result after the semicolon is the
    extreme's)."""
    if cs < 2:
        return None
    start, _ = clause_bounds(r.shape, cs - 2)
    before = r.shape[start: cs]
    if re.search(r"⟨[PCKR]\d+⟩", before) or r.shape[cs - 1: cs] != ";" and not before.rstrip().endswith(";"):
        return None
    years = {int(r.s.mentions[int(t)].value) for t in re.findall(r"⟨Y(\d+)⟩", before)}
    high, low = bool(role("highest").search(before)), bool(role("lowest").search(before))
    words = before
    for name in r.unit_names(start, cs):  # (a word of a unit's own name is no difference: "Thừa Thiên Huế" is no "thua")
        words = words.replace(fold_same_length(name).lower(), " ")
    if high == low or years - {year} or role("difference").search(words):
        return None
    return high, low


def _extreme_named_apart(r: "_Reader", cs: int, a: int, year: int | None) -> tuple[tuple[bool, bool], str] | None:
    """((highest, lowest), unit) when the first (or the last) and its one unit are named, with no figure, in the clause
    just before this one (closed by a semicolon) or in the sentence just before this one, and the figure at `a` opens
    its clause naming no unit of its own: the figure is that extreme's level ("Xếp hạng thấp nhất là Kiên Giang;
    điểm đạt được 73,03%", "Đơn vị dẫn đầu: Sở Tư pháp. Điểm số: 91,00 điểm.", "Đứng cuối bảng là Bộ Y tế. Với
    77,60%, …")."""
    if re.search(r"⟨[PCKR]\d+⟩", r.shape[cs:a]) or r.unit_names(cs, clause_bounds(r.shape, a)[1]):
        return None
    before = _extreme_named_before(r, cs, year)
    if before is not None:
        names = r.unit_names(clause_bounds(r.shape, cs - 2)[0], cs)
        return (before, names[0]) if len(names) == 1 else None
    if r.prior_role and r.prior_role[0] in ("highest", "lowest") and r.prior_role[1] \
            and not re.search(r"⟨[PCKR]\d+⟩", r.shape[:a]):
        return (r.prior_role[0] == "highest", r.prior_role[0] == "lowest"), r.prior_role[1]
    return None


def _difference(r: "_Reader", a: int, b: int, i: int, cs: int, ce: int, near: str, clause: str) -> None:
    mention = r.s.mentions[i]
    cue = list(role("difference").finditer(near))
    sign = None
    if cue and not _GAP_WORDS_RE.search(cue[-1].group(0)):  # "chênh 0,12%": a size, not a direction
        # (searched in place, not in the cue's own words: "hạ" is a fall only before a figure or "xuống")
        down = role("down").search(near, cue[-1].start())
        sign = -1.0 if down and down.start() < cue[-1].end() else 1.0
    sentence = r.shape
    units = list(dict.fromkeys(c.subject for _, c in r.claims if c.kind == "value" and c.subject))
    r.used.add(i)
    if _GAP_WORDS_RE.search(near) and GAP_CHANGED_BY_RE.search(near):
        # "khoảng cách này đã thu hẹp 1,20 điểm": a change of a gap, no unit's change and no gap to check
        r.add(a, cs, ce, kind="other", frame="role_change", value=mention.value, unit=mention.unit or "điểm")
        return
    if _GAP_WORDS_RE.search(clause) and NEIGHBOURS_RE.search(clause):
        # "mức chênh lớn nhất giữa hai bộ liền kề": a gap between neighbours the text does not name, no gap to check
        r.add(a, cs, ce, kind="other", frame="role_gap", value=mention.value, unit=mention.unit or "điểm")
        return
    if role("extremes").search(clause) or role("extremes").search(sentence):
        r.add(a, cs, ce, kind="gap", frame="role_gap", value=mention.value, unit=mention.unit or "điểm",
              subject=EXTREMES)
        return
    near_start = a - len(near)
    minus = _MINUS_RE.search(clause)
    if minus:  # "Lấy điểm của A trừ đi điểm của B, được 14,04": A − B, whichever unit the text named first
        subject = r.unit_name(cs + minus.start(), cs + minus.start("minus"), prefer="first")
        other = r.unit_name(cs + minus.end("minus"), a, prefer="first")
        if subject and other and subject != other:
            r.add(a, cs, ce, kind="comparison", frame="role_comparison", subject=subject, other=other,
                  value=mention.value, change=mention.value, unit=mention.unit or "điểm")
            return
    if _passive_comparison(r, a, i, cs, ce, near):
        return
    if _compared_with_an_extreme(r, a, i, cs, ce, near):
        return
    other = None
    if cue and role("comparative").fullmatch(cue[-1].group(0)) and re.match(
            r"\s*(?:so voi\s*)?[a-z]", near[cue[-1].end():]):
        other = r.unit_name(near_start + cue[-1].end(), a, prefer="first")
    if other is not None:  # "kém Bình Phước 0,52 điểm phần trăm": a comparison with the unit after the cue
        lead = r.printed(cs, near_start + cue[-1].start())
        # a unit the clause names but the registry does not know is no reason to borrow the last one spoken of
        # "Cao hơn Nghệ An 1,00%, Quảng Trị đạt 83,93%": a comparison stated before its subject, named next
        following = [t.start() for t in TOKEN_RE.finditer(r.shape, b) if t.group(1) in "PK"]
        after = r.unit_name(b, following[0], prefer="first") if following and not lead.strip() else None
        if _SPEAKERS_RE.search(r.shape, cs, near_start + cue[-1].start()):
            # "“Chúng tôi đạt 83,43%, hơn Bộ Ngoại giao (82,80%) 0,63%”, Bộ trưởng Bộ X nói": the speakers' own unit,
            # named after the quotation; never the unit the sentences before spoke of
            subject = _quoted_speaker(r, a)
            if subject is None or subject == other:
                return
        else:
            subject = r.unit_name(cs, near_start + cue[-1].start()) or (after if after != other else None) or (
                r.referred_unit(cs) if not re.search(r"\b(?:Sở|Bộ|UBND|Ủy ban|Thanh tra|Văn phòng|Ban)\b", lead) else None)
        if subject and subject != other:
            signed = mention.value * (sign or 1.0)
            r.add(a, cs, ce, kind="comparison", frame="role_comparison", subject=subject, other=other,
                  value=mention.value, change=signed, unit=mention.unit or "điểm")
            return
    temporal = role("temporal").search(sentence)
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
    if _in_a_heads_quote(r, a):  # the one unit named is the speaker's, not the figure's: no one's change to check
        r.add(a, cs, ce, kind="other", frame="role_change", value=mention.value, unit=mention.unit or "điểm")
        return
    subject = r.unit_name(cs, a) or r.unit_name(b, ce, prefer="first")
    if subject is None and not role("average").search(sentence) and not _spoke_of_average(r, cs):
        subject = r.referred_unit(cs)
    signed = None if sign is None else sign * mention.value
    r.add(a, cs, ce, kind="delta", frame="role_change", subject=subject, value=mention.value if signed is None else signed,
          change=signed, unit=mention.unit or "điểm")


# a comparison told in the passive: "B bị A bỏ xa 13,45%", "Sở Y tế để Sở Tư pháp vượt tới 2,10 điểm", "… bị A bỏ lại
# phía sau …": A (after "bị / để") is the higher
_PASSIVE_RE = re.compile(r"\b(?:bi|de)\s+(?P<agent>[^⟨;,]{2,80}?)\s+(?:bo xa|bo lai|bo cach|vuot qua|vuot mat|vuot|qua mat)"
                         r"\s*(?:phia sau\s*)?(?:toi|den|khoang|gan|hon|voi khoang cach|mot khoang)?\s*$")


def _passive_comparison(r: "_Reader", a: int, i: int, cs: int, ce: int, near: str) -> bool:
    """"Đứng cuối, Đồng Tháp bị Cà Mau bỏ xa 13,45%": the unit after "bị" is above the one before it by the figure (the
    reader had given the figure to the higher unit as its change)."""
    passive = _PASSIVE_RE.search(near)
    if passive is None:
        return False
    near_start = a - len(near)
    agent = r.unit_name(near_start + passive.start("agent"), near_start + passive.end("agent"), prefer="first")
    patient = r.unit_name(cs, near_start + passive.start())
    if not agent or not patient or agent == patient:
        return False
    mention = r.s.mentions[i]
    r.add(a, cs, ce, kind="comparison", frame="role_comparison", subject=agent, other=patient, value=mention.value,
          change=mention.value, unit=mention.unit or "điểm")
    return True


def _spoke_of_average(r: "_Reader", cs: int) -> bool:
    """"Điểm trung bình năm 2022 đạt 84,10 điểm. Con số này thấp hơn năm 2021 0,40 điểm.", "– Bình quân 2021: …
    – Bình quân 2020: … – Tăng: 0,75%": a difference that names no unit, after levels of which the last was the
    average (in its sentence, else the sentences before) and no unit named before it in its sentence, is the
    average's; the unit spoken of before the average is not borrowed."""
    if r.unit_name(0, cs):
        return False
    spoken = [c for _, c in sorted(r.claims, key=lambda pc: pc[0]) if c.kind in _LEVEL_KINDS]
    return spoken[-1].kind == "average" if spoken else r.state.last_level == "average"


_UNIT_NOUN = r"(?:(?:don vi|dia phuong|bo|so|tinh|huyen|co quan|nganh|thanh pho)\s+)?(?:(?:dang|da)\s+)?"
# a comparative, then the first or the last named by its place only: "kém (bộ) đứng đầu", "hơn đơn vị xếp cuối",
# "so với tỉnh dẫn đầu, … thấp hơn"
_AN_EXTREME_COMPARED_RE = re.compile(
    r"\b(?P<cue>so voi|kem hon|kem|thua|thap hon|cao hon|nhinh hon|hon|vuot|bo xa|xep sau|dung sau|xep tren|dung tren)\s+"
    + _UNIT_NOUN + r"(?:(?P<first>dung dau|dan dau|xep dau|cao nhat|dau bang|xep thu nhat|dung thu nhat)"
    r"|(?P<last>dung cuoi|xep cuoi|thap nhat|cuoi bang|bet bang|xep chot))\b(?!\s*(?:la|:)\s*[A-Za-z]*\s*\S)")


def _compared_with_an_extreme(r: "_Reader", a: int, i: int, cs: int, ce: int, near: str) -> bool:
    """"Sở Y tế kém đơn vị đứng đầu tới 15,90 điểm", "So với bộ xếp cuối, Bộ Tư pháp cao hơn 13,70%": a unit compared
    with the first (or the last) that the text names only by its place; the comparison is read with a stand-in that
    `name_the_extremes` replaces by the unit the document states to be first (last)."""
    m = _AN_EXTREME_COMPARED_RE.search(near)
    bracketed = m is not None and _NAME_IN_BRACKETS_RE.fullmatch(near[m.end():].strip()) is not None
    if m is None or r.unit_name(a - len(near) + m.end(), a, prefer="first") and not re.match(r"\s*,", near[m.end():]) \
            and not bracketed:
        return False  # ("kém đơn vị dẫn đầu là Quảng Ninh …": the first is named, the plain comparison reads it)
    near_start = a - len(near)
    subject = r.unit_name(cs, near_start + m.start()) or (
        None if bracketed else r.unit_name(near_start + m.end(), a, prefer="first"))
    if subject is None:
        return False
    rest = near[:m.start()] + " " + near[m.end():] if m.group("cue") == "so voi" else m.group("cue")
    cue = list(role("comparative").finditer(rest))
    if not cue:
        return False
    mention = r.s.mentions[i]
    sign = -1.0 if role("down").search(cue[-1].group(0)) else 1.0
    r.used.add(i)
    # "kém đơn vị dẫn đầu (Sở X) 22,84 điểm": the unit in brackets is the one compared with, named
    named = r.unit_name(near_start + m.end(), a, prefer="first") if bracketed else None
    r.add(a, cs, ce, kind="comparison", frame="role_comparison", subject=subject,
          other=named or (FIRST_UNIT if m.group("first") else LAST_UNIT), value=mention.value,
          change=sign * mention.value, unit=mention.unit or "điểm")
    return True


def name_the_extremes(claims: list[Claim]) -> list[Claim]:
    """Put in place of the first (the last) a comparison named only by its place the unit the document states to be
    the first (the last) of the same year; with none, or two, stated, the stand-in stays and nothing is checked."""
    for c in claims:
        if c.kind != "comparison" or c.other not in (FIRST_UNIT, LAST_UNIT):
            continue
        kind, opposite = ("highest", "lowest") if c.other == FIRST_UNIT else ("lowest", "highest")
        same_year = [o for o in claims if o.kind in (kind, opposite) and (o.year == c.year or None in (o.year, c.year))]
        named = {o.subject for o in same_year if o.kind == kind and o.subject and o.subject != EXTREMES}
        if len(named) == 1 and c.subject not in named:
            c.other = named.pop()
        elif not named and {o.subject for o in same_year if o.kind == opposite} == {c.subject}:
            # "Sở Nội vụ kém đơn vị đứng đầu 23,71 điểm", Sở Nội vụ stated the last and the first stated unnamed:
            # the gap between the first and the last
            c.kind, c.subject, c.other, c.value, c.change = "gap", EXTREMES, None, abs(c.value or 0.0), None
    return claims


def pair_bare_gaps(claims: list[Claim], sentence_of: dict[int, int], paragraph_of: dict[int, int]) -> None:
    """"Quảng Ninh: 88,10%. Cà Mau: 80,05%. Chênh 8,05 điểm.": a gap that names neither its units nor the extremes,
    stated right after two sentences of its paragraph that each give one unit's level and nothing else, lies
    between those two units (the first and the last only when they are the ones named)."""
    for c in claims:
        if c.kind != "gap" or c.frame not in ("gap", "role_gap") or c.subject is not None or c.other is not None \
                or c.between:
            continue
        here, para = sentence_of.get(id(c)), paragraph_of.get(id(c))
        if here is None:
            continue
        pair = []
        for k in (here - 2, here - 1):
            said = [o for o in claims if sentence_of.get(id(o)) == k and paragraph_of.get(id(o)) == para]
            if len(said) != 1 or said[0].kind not in ("value", "highest", "lowest") or not said[0].subject \
                    or said[0].value is None or said[0].year != c.year:
                break
            pair.append(said[0])
        if len(pair) == 2 and pair[0].subject != pair[1].subject:
            c.subject, c.other = pair[0].subject, pair[1].subject
            _widen(c, pair[0])


def link_differences(claims: list[Claim], sentence_of: dict[int, int], paragraph_of: dict[int, int]) -> list[Claim]:
    """Join each difference over time the roles read to the later of the two levels it lies between (the same
    unit, or the average of the same units) in its paragraph; the joined difference is no claim of its own."""
    out: list[Claim] = []
    _later_year_owns_change(claims, sentence_of, paragraph_of)
    for c in claims:
        if not (c.kind == "delta" and c.frame in ("role_change", "change")) and not _change_called_gap(c):
            out.append(c)
            continue
        para = paragraph_of.get(id(c))
        here = sentence_of.get(id(c), 0)
        if c.kind == "gap":  # one subject's two years in the same sentence
            levels = [o for o in claims if o.kind in _LEVEL_KINDS and o.value is not None and o.year is not None
                      and sentence_of.get(id(o)) == here and paragraph_of.get(id(o)) == para]
            if not levels:
                levels = _averages_just_before(c, claims, sentence_of, paragraph_of)
            if len({(o.kind == "average", o.subject if o.kind != "average" else None) for o in levels}) != 1:
                out.append(c)
                continue
        else:
            levels = [o for o in claims if o.kind in _LEVEL_KINDS and o.value is not None and o.year is not None
                      and paragraph_of.get(id(o)) == para and abs(sentence_of.get(id(o), 0) - here) <= 2
                      and _same_subject(o, c)]
            if c.subject is None and len({o.year for o in levels}) < 2:
                # "Năm 2017, Chỉ số CCHC bình quân là 80,17%; năm nay mức bình quân tăng 2,23 điểm phần trăm." on one
                # line, "Chỉ số CCHC bình quân năm 2018 … đạt 82,40%." opening the next: the average's other year
                levels += [o for o in claims if o.kind == "average" and o.value is not None and o.year is not None
                           and paragraph_of.get(id(o)) != para and abs(sentence_of.get(id(o), 0) - here) == 1
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
                    target.change = sign * abs(c.value)  # type: ignore[operator, arg-type]
                    target.previous_value, target.previous_year = before.value, before.year
                    _widen(target, c)
                    _widen(target, before)  # the check cites last year's level too ("• 2022: 81,38%" a line above)
                    continue
        if target is None and c.previous_value is not None and years:
            # "… đạt 84,20%, cải thiện 1,30 điểm so với mức 82,90% của năm 2022": the change carries last year's value
            latest = [o for o in levels if o.year == years[0] and o.change is None and o.previous_value is None]
            if len(latest) == 1 and (c.previous_year is None or c.previous_year < years[0]):
                target = latest[0]
                sign = c.change / abs(c.change) if c.change else (1.0 if target.value >= c.previous_value else -1.0)  # type: ignore[operator]
                target.change = sign * abs(c.value)  # type: ignore[operator, arg-type]
                target.previous_value, target.previous_year = c.previous_value, c.previous_year
                _widen(target, c)
                continue
        if target is None:
            lone = [o for o in levels if o.previous_value is not None and o.change is None and o.year == years[0]] \
                if years else []
            if len(lone) == 1:  # "bình quân đạt 84,48 điểm, đặt cạnh 83,02 điểm của năm trước là thêm 1,46 điểm"
                target = lone[0]
                sign = c.change / abs(c.change) if c.change else (1.0 if target.value >= target.previous_value else -1.0)  # type: ignore[operator]
                target.change = sign * abs(c.value)  # type: ignore[operator, arg-type]
                _widen(target, c)
                continue
        out.append(c)
    return out


def _later_year_owns_change(claims: list[Claim], sentence_of: dict[int, int], paragraph_of: dict[int, int]) -> None:
    """"Con số năm ngoái của bộ này là 81,95%, nghĩa là đã tăng 0,97 điểm": a change read with last year's figure
    belongs to this year's figure of the same subject nearby."""
    for c in claims:
        if c.kind not in _LEVEL_KINDS or c.change is None or c.previous_value is not None or c.year is None:
            continue
        later = [o for o in claims if o is not c and o.kind in _LEVEL_KINDS and o.change is None and o.year == c.year + 1
                 and paragraph_of.get(id(o)) == paragraph_of.get(id(c))
                 and abs(sentence_of.get(id(o), 0) - sentence_of.get(id(c), 0)) <= 2
                 and (o.subject == c.subject if c.kind != "average" else o.kind == "average" and o.scope == c.scope)]
        if len(later) == 1:
            target = later[0]
            target.change, target.previous_value, target.previous_year = c.change, c.value, c.year
            c.change = None
            _widen(target, c)


def _averages_just_before(c: Claim, claims: list[Claim], sentence_of: dict[int, int],
                          paragraph_of: dict[int, int]) -> list[Claim]:
    """"Điểm bình quân năm nay: 84,28%. Năm ngoái: 83,10%. Chênh lệch: 1,18 điểm." - a difference naming no units,
    in a sentence of its own right after the averages of two years (and no other level) in its paragraph: those
    two averages are what it lies between.  Anything else before it (a unit's level, a third year) leaves it a gap."""
    here, para = sentence_of.get(id(c), 0), paragraph_of.get(id(c))
    before = [o for o in claims if o.kind in _LEVEL_KINDS and o.value is not None and o.year is not None
              and paragraph_of.get(id(o)) == para and 0 < here - sentence_of.get(id(o), -9) <= 2]
    if len(before) == 2 and all(o.kind == "average" and not o.field for o in before) \
            and len({o.year for o in before}) == 2 and len({o.scope for o in before}) == 1:
        return before
    return []


def _change_called_gap(c: Claim) -> bool:
    """"… nhích lên 84,27% trong năm 2022, chênh lệch 1,53 điểm phần trăm": a gap naming no two units and not the
    first and the last, beside one subject's two years, is that subject's change (joined only if such levels are
    found)."""
    from parscan.normalizers.names import fold

    return c.kind == "gap" and c.frame in ("gap", "role_gap") and c.other is None and c.subject != EXTREMES \
        and not names_extremes(fold(c.text)) and not re.search(r"cao nhat|thap nhat|dan dau|cuoi", fold(c.text))


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


_RESPECTIVELY_RE = re.compile(r"\blan luot\b\s*(?:la|:|bang|dat|co|o muc)?\s*")
_SUBSET_WORDS_RE = re.compile(r"\b(?:tang|giam(?! doc)|cao hon|thap hon|(?:tren|duoi) (?:⟨|muc|trung binh|nguong)|vuot|xep loai|"
                              r"thuoc nhom|nhom|loai|cai thien|di len|di lui|trong do|chiem|con lai)\b")


def _respectively(r: "_Reader", tokens: list[tuple[int, int, str, int]]) -> None:
    """"Số địa phương ở nhóm A, nhóm B và nhóm C lần lượt là 2, 54 và 7"; "Số bộ tăng và giảm điểm … lần lượt
    là 13 và 4": the figures after "lần lượt" belong, in order, to the classes or directions named before it."""

    for m in _RESPECTIVELY_RE.finditer(r.shape):
        cs, _ = clause_bounds(r.shape, m.start())
        run = re.match(r"(?:⟨[CX](\d+)⟩\s*(?:,|;|va)?\s*)+", r.shape[m.end():])
        if not run:
            _respective_values(r, m, cs)
            _respective_years(r, m, cs)
            continue
        figures = [int(i) for i in re.findall(r"⟨[CX](\d+)⟩", run.group(0))]
        if len(figures) < 2 or any(i in r.used for i in figures):
            continue
        labels = r._labels(cs, m.start())
        head = r.shape[cs: m.start()]
        directions = [d for d in re.findall(r"\b(tang|giam)\b", head)]
        if len(labels) == len(figures):
            for (pos, label, family), i in zip(labels, figures):
                r.used.add(i)
                r.add(pos, cs, m.end() + run.end(), kind="count", frame="band_count", value=r.s.mentions[i].value,
                      unit="đơn vị", band=printed_band(label, family), subject=label)
        elif len(figures) == 2 and directions[:2] == ["tang", "giam"]:
            for name, band, i in (("rose", "tăng", figures[0]), ("fell", "giảm", figures[1])):
                r.used.add(i)
                r.add(m.start(), cs, m.end() + run.end(), kind="count", frame=name, value=r.s.mentions[i].value,
                      unit="đơn vị", band=band, subject=f"đơn vị {band} điểm")


def _respective_values(r: "_Reader", m: re.Match, cs: int) -> None:
    """"Bộ Tư pháp và Bộ Y tế đạt lần lượt 92,10% và 88,60%": each unit named before "lần lượt" has the score in
    the same place after it."""
    values = re.match(r"(?:⟨P(\d+)⟩\s*(?:,|;|va)?\s*)+", r.shape[m.end():])
    names = r.unit_names(cs, m.start())
    if not values or len(names) < 2:
        return
    scores = [int(i) for i in re.findall(r"⟨P(\d+)⟩", values.group(0))]
    if len(scores) != len(names) or any(i in r.used for i in scores):
        return
    for name, i in zip(names, scores):
        r.used.add(i)
        mention = r.s.mentions[i]
        r.add(m.start(), cs, m.end() + values.end(), kind="value", frame="role_value", subject=name,
              value=mention.value, unit=mention.unit or "điểm")


def _respective_years(r: "_Reader", m: re.Match, cs: int) -> None:
    """"Giá trị trung bình năm 2022 và năm 2021 lần lượt là 86,40% và 85,10%": each year named before "lần lượt" has
    the average in the same place after it (the frames gave the first the last year named)."""
    values = re.match(r"(?:⟨P(\d+)⟩\s*(?:,|;|va)?\s*)+", r.shape[m.end():])
    years = [int(r.s.mentions[int(y)].value) for y in re.findall(r"⟨Y(\d+)⟩", r.shape[cs: m.start()])]
    if not values or len(years) < 2 or len(set(years)) != len(years) or r.unit_names(cs, m.start()) \
            or not role("average").search(r.shape, cs, m.start()):
        return
    scores = [int(i) for i in re.findall(r"⟨P(\d+)⟩", values.group(0))]
    if len(scores) != len(years):
        return
    for year, i in zip(years, scores):
        mention = r.s.mentions[i]
        if i in r.used:
            for _, c in r.claims:
                if c.kind == "average" and c.value == mention.value:
                    c.year = year
            continue
        r.used.add(i)
        r.add(m.start(), cs, m.end() + values.end(), kind="average", frame="role_average", year=year,
              value=mention.value, unit=mention.unit or "điểm", subject=r._subject(cs, m.start()))


# the nouns of one kind of the units assessed: the cities (under the centre among the provinces, or of a province
# among its districts), the ministry-level agencies among the ministries
_PART_NOUNS = ("thanh pho", "co quan ngang bo")


def _totals(r: "_Reader", tokens: list[tuple[int, int, str, int]]) -> None:
    """"Có 17 bộ, cơ quan ngang bộ được xác định Chỉ số CCHC trong năm 2020": a count of units in a clause about
    who was assessed, with nothing that makes them a part (a class, a bound, a rise or fall), is the whole."""

    for a, b, kind, i in tokens:
        mention = r.s.mentions[i]
        if kind not in "CR" or i in r.used or mention.scope not in UNIT_SCOPES or mention.noun is None:
            continue  # a count, or a ratio of the units assessed ("18/26 đơn vị tăng điểm")
        if mention.noun in _PART_NOUNS:
            continue  # "thành phố trực thuộc Trung ương – 5", "cơ quan ngang bộ: 4": one kind among the units assessed
        cs, ce = clause_bounds(r.shape, a)
        clause = r.shape[cs:ce]
        others = [t for t in tokens if cs <= t[0] < ce and t[3] != i and t[2] in "CPRK"]
        if not ASSESSED_RE.search(clause) or others or _SUBSET_WORDS_RE.search(clause) \
                or r._labels(cs, ce) or r._band_bounds(cs, ce):
            continue
        r.used.add(i)
        r.totals.add(i)
        r.add(a, cs, ce, kind="total", frame="role_total", value=mention.value, unit="đơn vị", scope=mention.scope,
              subject=mention.noun)


# (not "tăng cường" (to strengthen), "giám đốc" (a director), "giám sát", "giám định")
_RISE_RE = re.compile(r"\b(?:tang(?! cuong)|cai thien|cao hon|tot hon|tot len|di len|tien bo|nhich len|khoi sac|nang (?:len|cao|diem|hang|thu hang|duoc (?:diem|ket qua|chi so|thu hang|hang))|but pha|kha hon|kha len|"
                      r"vuon len|thang hang|len hang|nhay vot|thang tien)\b")
_FALL_RE = re.compile(r"\b(?:giam(?! doc| sat| dinh)|sut|sut giam|sa sut|thap hon|kem hon|kem di|di lui|thut lui|lui|di xuong|tut|tut hang|"
                      r"xuong hang|hut)\b")
# (… and "đơn vị giảm hạng nhiều nhất …": the one unit that moved most, whatever number OCR left after it)
_NOT_A_RISE_RE = re.compile(r"trung binh|binh quan|\bmuc\b|nguong|ke hoach|muc tieu|chi tieu|\b(?:nhieu|manh|sau|it) nhat\b")


def _risers(r: "_Reader", tokens: list[tuple[int, int, str, int]]) -> None:
    """"41 địa phương cải thiện điểm số, trong khi 22 địa phương sụt giảm", "Tăng điểm: 41 địa phương": a count of
    units with a word of rise or fall beside it (and no other figure between) counts the units that rose or fell
    since the year before.  A word of change right before the count ("tăng 3 đơn vị") makes it a change instead."""

    for k, (a, b, kind, i) in enumerate(tokens):
        mention = r.s.mentions[i]
        if kind not in "CR" or i in r.used or mention.scope not in UNIT_SCOPES or mention.noun is None:
            continue  # a count, or a ratio of the units assessed ("18/26 đơn vị tăng điểm")
        if mention.noun in _PART_NOUNS:
            continue  # "thành phố trực thuộc Trung ương – 5", "cơ quan ngang bộ: 4": one kind among the units assessed
        cs, ce = clause_bounds(r.shape, a)
        # (a year is no figure between a count and its words: "Số bộ có điểm cao hơn năm 2021 là 13")
        prev_end = max([t[1] for t in tokens[:k] if t[1] > cs and t[2] != "Y"] + [cs])
        next_start = min([t[0] for t in tokens[k + 1:] if t[0] < ce] + [ce])
        after = r.shape[b: next_start].lstrip()
        if mention.noun and after.startswith(mention.noun):
            after = after[len(mention.noun):]  # "41 tỉnh, thành phố tăng …": past the noun and its comma
        stop = re.search(r"[,;]", after)
        after = after[: stop.start()] if stop else after
        before = r.shape[prev_end: a]
        if re.search(r"(?:tang|giam|them|bot|it hon|nhieu hon)\s*$", before):
            continue  # "tăng 3 đơn vị": a change of a count
        if POPULATION_BEFORE_RE.search(before):
            continue  # "Trong 26 đơn vị, số đơn vị cải thiện …": the units assessed
        if re.search(r"\bnhat\s*(?:la\s*)?$", before):
            continue  # "đơn vị giảm hạng nhiều nhất (là) 13 …": the one that moved most (a misread "là"), no count
        if next_start < ce and re.search(r"\b(?:tang|giam|them|bot)(?: them| di)?\s*$", after):
            continue  # "54 địa phương (tăng 16)": the count's own change follows, not units that rose
        words = after if _RISE_RE.search(after) or _FALL_RE.search(after) else before[-40:]
        rise, fall = _RISE_RE.search(words), _FALL_RE.search(words)
        if bool(rise) == bool(fall) or _NOT_A_RISE_RE.search(words) or r._labels(prev_end, next_start) \
                or r._band_bounds(prev_end, next_start):
            continue
        if re.search(r"\b(?:cao|thap|kem|tot) hon\b", words) and role("average").search(r.shape):
            continue  # "… cao hơn mức trung bình; 31 địa phương còn lại thấp hơn": below the average, not a fall
        band = "tăng" if rise else "giảm"
        r.used.add(i)
        r.add(a, cs, ce, kind="count", frame="rose" if rise else "fell", value=mention.value, unit="đơn vị", band=band,
              subject=f"đơn vị {band} điểm", denominator=mention.denominator)


_FROM_TO_RE = re.compile(r"\btu\s*(?:muc\s*)?⟨P(?P<a>\d+)⟩(?P<mid>[^⟨;]{0,30}?)(?:⟨Y\d+⟩[^⟨;.]{0,50}?)?\b(?:len|xuong|con|den|toi)"
                         r"\s*(?:dat\s*|muc\s*|toi\s*)?⟨P(?P<b>\d+)⟩")
# "90,03% (năm 2022) → 90,92% (năm 2023)": the same, printed with an arrow
_ARROW_VALUES_RE = re.compile(rf"⟨P(?P<a>\d+)⟩(?P<mid>[^⟨;]{{0,20}}?)(?:⟨Y\d+⟩[^⟨;.]{{0,10}}?)?{ARROW}\s*(?:dat\s*)?"
                              r"⟨P(?P<b>\d+)⟩")
PAIRED_VALUES_RE = re.compile(r"[(:]\s*⟨P(?P<a>\d+)⟩\s*(?:so voi|va|-|–|/)\s*⟨P(?P<b>\d+)⟩")


def _from_to(r: "_Reader") -> None:
    """"tăng 2,10 điểm, từ 86,40 điểm năm 2022 lên 88,50 điểm năm 2023": the figure after "lên"/"xuống" is this
    year's, the one after "từ" last year's, of the unit (or the average) the clause speaks of."""

    for m in [*_FROM_TO_RE.finditer(r.shape), *_ARROW_VALUES_RE.finditer(r.shape)]:
        a, b = int(m.group("a")), int(m.group("b"))
        if a in r.used or b in r.used:
            continue
        before, now = r.s.mentions[a], r.s.mentions[b]
        if not (40 <= before.value <= 100 and 40 <= now.value <= 100):
            continue
        cs, ce = clause_bounds(r.shape, m.start())
        sentence = r.shape
        unit = r.unit_name(cs, m.start()) or r.unit_name(m.end(), ce, prefer="first") or r.unit_name(m.start(), m.end())
        average = (role("average").search(sentence) or r.prior_role == ("average", None)) and unit is None
        # ("Điểm bình quân năm nay tăng bao nhiêu? Tăng 1,50 điểm, từ 82,00% lên 83,50%": the answer is the average's)
        if unit is None and not average:
            unit = r.referred_unit(cs) if _ITS_RESULT_RE.search(sentence) else None
        if unit is None and not average:
            continue
        years = [int(r.s.mentions[int(y)].value) for y in re.findall(r"⟨Y(\d+)⟩", m.group(0))]
        year = clause_year(r, cs, m.start("b"), m.end()) or r.state.year
        if years and year == years[0] and YEAR_AFTER_RE.match(r.shape, r.shape.find("⟩", m.start("a")) + 1) \
                and r.state.year and r.state.year > years[0]:
            year = r.state.year  # "Từ 86,40% năm 2022, … đã vươn lên 88,50%": the year printed is the first figure's
        previous_year = years[0] if years and years[0] != year else (year - 1 if year else None)
        r.used.update([a, b])
        r.add(m.start("b"), cs, ce, kind="average" if average else "value", frame="role_from_to", year=year,
              subject=None if average else unit, value=now.value, unit=now.unit or "điểm",
              previous_value=before.value, previous_year=previous_year)


def _paired_gaps(r: "_Reader") -> None:
    """A gap between two units whose values the sentence states: "Sở Y tế (88,50 điểm) và Sở Tư pháp (86,40 điểm)
    chênh nhau 2,10 điểm"; "chênh lệch giữa A và B là 2,10 điểm (88,50 so với 86,40 điểm)"."""
    gaps = [c for _, c in r.claims if c.kind == "gap" and c.other is None and c.subject != EXTREMES]
    values = [c for _, c in sorted(r.claims, key=lambda pc: pc[0]) if c.kind == "value" and c.subject]
    if names_extremes(r.shape):
        # "A dẫn đầu với 91,20%, B xếp cuối với 79,40%; khoảng cách giữa hai địa phương là 11,80%": the two are
        # the first and the last, each named with its value
        values = [c for _, c in sorted(r.claims, key=lambda pc: pc[0]) if c.kind in ("highest", "lowest") and c.subject]
        if sorted(c.kind for c in values) != ["highest", "lowest"]:
            values = []
    units = list(dict.fromkeys(c.subject for c in values))
    for gap in gaps:
        if len(units) == 2:
            gap.subject, gap.other = units
    pair = [c for _, c in r.claims if c.kind in ("gap", "comparison") and c.other and c.subject]
    extremes = [c for _, c in r.claims if c.kind == "gap" and c.subject == EXTREMES]
    for m in PAIRED_VALUES_RE.finditer(r.shape):
        a, b = int(m.group("a")), int(m.group("b"))
        if a in r.used or b in r.used:
            continue
        if not pair and len(extremes) == 1:  # "… thu hẹp còn 22,48 điểm (93,90 so với 71,42)": the first and the last
            r.used.update([a, b])
            for kind, i in (("highest", a), ("lowest", b)):
                r.add(m.start(), m.start(), m.end(), kind=kind, frame=f"role_{kind}", value=r.s.mentions[i].value,
                      unit=r.s.mentions[i].unit or "điểm")
            continue
        if len(pair) != 1:
            continue
        for name, i in ((pair[0].subject, a), (pair[0].other, b)):
            r.used.add(i)
            mention = r.s.mentions[i]
            r.add(m.start(), m.start(), m.end(), kind="value", frame="role_value", subject=name, value=mention.value,
                  unit=mention.unit or "điểm")
