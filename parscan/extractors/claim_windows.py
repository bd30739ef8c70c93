"""Relations a paragraph states across its clauses and sentences, whatever their order.

Writers state one fact in pieces: "Xếp loại Tốt năm 2020 có 13 đơn vị, ít hơn năm trước một đơn vị. Năm
2019, con số này là 14."; "Năm 2016, Thanh tra tỉnh đứng thứ 10; năm nay, đơn vị này ở vị trí 18/29, tụt 8
bậc"; "10.760 phiếu của … và 8.010 phiếu của … đã được thu về, nâng tổng số phiếu khảo sát lên 18.770".
The frames read such pieces one at a time and cannot join them.  This pass looks at the figures of a few
neighbouring sentences of one paragraph at once:

* a **change** (a count or a number of places after a word of change: "ít hơn … một đơn vị", "tụt 8 bậc")
  and the **two levels** of the same thing it lies between (the counts of the same class or group, or the
  ranks of the same unit) in two different years;
* a **total** (after "tổng cộng", "tổng số … lên", "cộng lại") and the **parts** of the same kind of thing
  stated beside it.

A relation is only formed when the paragraph leaves no choice: one change, exactly two levels with two
different years; one total and every other figure of its kind a part.  Otherwise nothing is claimed, so
nothing can be accused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parscan.extractors.claim_roles import EARLIER_BEFORE_RE, TOKEN_RE, YEAR_AFTER_RE, YEAR_MARK_RE, looks_tabular, role
from parscan.extractors.claim_shapes import (ARROW, PERIOD_LABEL_RE, UNIT_SCOPES, DocText, Mention, Sentence, _noun_after,
                                             count_nouns)
from parscan.schemas.records import Claim

_CHANGE_BEFORE_RE = re.compile(
    r"\b(?P<cue>tang them|tang|giam di|giam|it hon|nhieu hon|thap hon|cao hon|bot di|bot|vang di|vang|them|tien|lui|"
    r"it di|nhieu len|dong hon|thu hep|mo rong them|mo rong|"
    r"tut doc|tut|cai thien|vuon len|nhay vot|but pha|(?<!tro )len|(?<!tro )xuong|thua|kem|sut|mat di|mat|vuot|voi di|hon)\b"
    r"(?P<gap>\s*(?:(?:so voi|hon)\s*)?(?:nam truoc|nam ngoai|cung ky|nam ⟨Y\d+⟩)?\s*(?:[(\[]\s*⟨[XC]\d+⟩[a-z ,]{0,20}[)\]]\s*)?"
    r"(?:them|di|duoc|la|toi|den)?\s*(?:(?<=muc tang|muc giam)\s*:\s*)?)$")
# ("trở lên / trở xuống" close a bound: "đạt từ 80% trở lên năm 2017 là 52" states no change)
# a change printed without its direction ("…, trong khi năm 2018 là 12; chênh lệch 3 đơn vị"): the two levels give it


def _changed_by(shape: str, pos: int, mention: Mention) -> bool:
    """Whether the count printed at `pos` is a change ("tăng 3", "giảm đi 2") rather than a part.  A bare "hơn"
    that made the count a lower bound ("… các cấp (hơn 22.000 phiếu)") is no change."""
    cue = _CHANGE_BEFORE_RE.search(shape[max(0, pos - 30): pos])
    return cue is not None and not (cue.group("cue") == "hon" and mention.bound == "at_least")


_UNSIGNED_CHANGE_BEFORE_RE = re.compile(r"\b(?:chenh lech|chenh|khac biet|tuong ung(?: voi)?|tuong duong(?: voi)?)\s*(?:la|:|khoang)?\s*$")
_DOWN = {"giam di", "giam", "it hon", "thap hon", "bot di", "bot", "vang di", "vang", "lui", "tut doc", "tut", "xuong",
         "thua", "kem", "sut", "mat di", "mat"}
_DOWN |= {"it di", "thu hep", "thua di", "voi di"}  # "nhóm C ít đi 8", "thu hẹp 9 địa phương": fewer than the year before
_LEVEL_BEFORE_RE = re.compile(r"(?:\bcon|\bchi con|\bxuong con|\bgiam con|\blen toi|(?<!nhieu )\blen|\bxuong|\bden|\btoi)\s*$")
# a count with nothing after it: "… là 8", "năm 2017 (21)", "so với năm 2022 (8)"
_BARE_LEVEL_BEFORE_RE = re.compile(r"(?:\bla|\bcon|\bco|:|\bchi con|\bcon lai|\bghi nhan|⟨Y\d+⟩\s*\(|⟨Y\d+⟩\s*[–-]|\bso voi(?: con so| muc)?"
                                   r"|\b(?:nam ngoai|nam truoc|cung ky)\s*\()\s*$")  # ("nhiều hơn năm ngoái (9) 2 bộ")
_COUNT_TALK_RE = re.compile(r"con so nay|\bcon so la\b|so luong nay|so don vi|\bso luong\b(?! phieu)|so dia phuong|so bo|nhom [a-d1-4]\b|xep loai|\bloai\b")
_YEAR_RIGHT_BEFORE_RE = re.compile(r"⟨Y(\d+)⟩\s*(?:\(|\[|:|la|co|dat|o|,|–|-)?\s*(?:\w+\s*){0,2}$")
_COMPARED_YEAR_RE = re.compile(r"\bso voi (?:nam )?⟨Y(\d+)⟩[^⟨;]{0,25}$")
# "so với vị trí 7", "từ hạng 18": a figure something is compared with (not "Đầu tư", "Tư pháp": folded "tu" too)
_COMPARED_RE = re.compile(r"\b(?:so voi|dat canh)\b[^⟨;]{0,22}$|\btu\s*(?:vi tri|hang|thu hang|muc|con so)?\s*(?:thu\s*)?$")
_ROSE_FELL_RE = re.compile(r"\b(?:tang|giam(?! doc)|cai thien|di len|di lui|tut|sut)\b")  # ("Giám đốc" is no fall)
# what may follow a total to open its breakdown: "26 đơn vị (… 18 sở …" (a bracket with figures in it, not a label:
# "2.312 (lãnh đạo, công chức); 1.405 (người dân)" are parts), "…, gồm", "…, trong đó", "…: 18 sở …", "… là 26, với …",
# "…; chia theo loại hình: …"
_BREAKDOWN_RE = re.compile(r"\s*(?:(?:[a-z ,]|⟨Y\d+⟩){0,40}?)\s*(?:[;,]\s*(?:chia|phan|xet) theo [a-z ]{2,30}?)?\s*"
                           r"(?:\((?!\s*(?:nam\s*)?(?:⟨Y|nay|truoc))(?=[^()]*⟨[PCX])|:|"
                           r"[,;]?\s*(?:gom|bao gom|trong do|trong so do|cu the|voi)\b"
                           # "63 tỉnh, thành phố – 58 tỉnh và 5 thành phố … – đã được đánh giá": the parts set off by dashes
                           r"|\s[–—](?=\s*⟨C\d+⟩[^–—]{2,80}?⟨C\d+⟩[^–—⟨]{2,60}?\s[–—]\s))")
# read on the printed text: folded, "cấp sở 13.834 phiếu" would look like "số 8"
_NAME_NUMBER_RE = re.compile(r"\b(?:quận|phường|khu phố|tổ dân phố|ấp|khối|lô|số)\s*$", re.IGNORECASE)
_TOTAL_CUE_RE = re.compile(r"(?:tong cong(?: la| co|:)?|dua tren|tong so(?:[^⟨;]|⟨Y\d+⟩){0,50}?(?:len|la|:|\()|tinh chung|(?<!trong )(?<!tren )tong so|cong lai(?: co| la)?|"
                           r"nang tong so[^⟨;]{0,40}?len|tong (?:la|:)|^\W*(?:cong|tat ca|toan bo|gop lai)\s*(?:la|:))\s*$")
# (… and a short closing line that opens on its sum: "Cộng: 3.870 phiếu.", "Tất cả: 19 bộ, ngành.")
# a part of a total stated before it: "… chiếm 19.000 phiếu", "… lần lượt là 19.257 và 28.179"
_PART_CUE_RE = re.compile(r"(?:\bchiem(?: khoang| gan| hon| tren)?|\blan luot(?: la| dat| co| gom)?|\bcon lai(?: la| co)?)\s*$")
_LIST_ON_RE = re.compile(r"(?:,|\bva)\s*$")
# "giảm từ 15 xuống 11": a count's level last year and this year, in one phrase
_FROM_TO_RE = re.compile(r"\btu\s*⟨[XC](\d+)⟩(?:[^⟨;]|⟨Y\d+⟩){0,40}?\b(?:xuong con|xuong|len thanh|len|con|thanh|da co|hien co)"
                         r"\s*⟨[XC](\d+)⟩")
# "Nhóm B: 38 → 54 địa phương": the same, printed with an arrow
ARROW_RE = re.compile(rf"⟨[XC](?P<a>\d+)⟩\s*{ARROW}\s*⟨[XC](?P<b>\d+)⟩")
# "… (4 so với 6)", "…: 4 so với 2": two years' counts of one class side by side, this year's first
_VERSUS_RE = re.compile(r"(?:\(|:)\s*⟨[XC](?P<now>\d+)⟩\s*(?:[a-z ,]{0,20}?)?(?:\(\s*(?:nam\s*)?⟨Y\d+⟩\s*\)\s*)?\bso voi\s*⟨[XC](?P<then>\d+)⟩")
# "sự gia tăng của nhóm B: 3 bộ, ngành, từ 9 (năm 2017) thành 12": the change, then the from-to it spans
_CHANGE_THEN_FROM_RE = re.compile(r"⟨[XC](\d+)⟩[^⟨;]{0,20}?[,:–]\s*tu\s*⟨[XC]\d+⟩$")  # (or a colon, a dash: "… là 2 bộ: từ 4 …")
_TOO_FAR = 1  # sentences either side of the change that may hold its levels


@dataclass
class SentenceContext:
    """What the frame reader left of one sentence: the numbers it used, the year and paragraph it is in."""

    index: int
    sentence: Sentence
    used: set[int]
    year: int | None
    paragraph: int
    this_year: int | None  # the year the document reports on: "năm nay"
    bands: list[tuple[int, str]]  # (shape position, printed label) of the class and group labels
    units: list[tuple[int, str]]  # (shape position, registry name) of the units named
    band_of: dict[int, str]  # mention index -> the label printed right after its count ("Ba địa phương lọt vào nhóm A")
    totals: set[int]  # mention indices the frames read as the number of units assessed (a breakdown may follow them)
    named: list[str]  # the units the sentence names, each once (only for a sentence with three scores or more)
    answers_how_many: bool = False  # the sentence answers a question before it that asked how many of one class


@dataclass
class _Figure:
    ctx: SentenceContext
    pos: int
    mention: Mention
    family: str  # units, rank, ballots
    change: float | None = None  # signed where a cue gives the direction
    year: int | None = None
    marked: bool = False  # the year is printed or named ("năm nay", "năm trước"), not assumed
    unsigned: bool = False  # a change whose direction the print does not give
    band: str | None = None
    unit: str | None = None


def read_windows(dt: DocText, contexts: list[SentenceContext]) -> list[tuple[int, Claim]]:
    """Claims for the changes and totals whose terms stand in separate clauses or sentences, each with the
    index of the sentence it was read in."""
    _answers(contexts)
    blocks = _headed_items(contexts)
    ranked = {i for i, head in blocks.items() if _RANK_TALK_RE.search(contexts[head].sentence.shape)}
    # (or an item states a move: "Sở Nội vụ:\n+ Năm 2022: 7/29\n+ Năm 2021: 10\n+ Tăng 3 bậc")
    moved = {head for i, head in blocks.items() if _MOVE_RE.search(contexts[i].sentence.shape)
             or _ITEM_MOVE_RE.search(contexts[i].sentence.shape)}
    ranked |= {i for i, head in blocks.items() if head in moved}
    figures = [f for ctx in contexts for f in _figures(ctx, "rank" if ctx.index in ranked else
                                                       "count" if ctx.index in blocks and ctx.bands else None)]
    _carry_bands(figures)
    out: list[tuple[int, Claim]] = []
    changes: list[tuple[int, Claim]] = []
    for f in figures:
        if f.change is None:
            continue
        claim = _change_claim(dt, f, figures, blocks)
        if claim is None and (_CONCLUSION_RE.match(f.ctx.sentence.shape) or _BARE_CHANGE_SENTENCE_RE.match(f.ctx.sentence.shape)):
            claim = _change_claim(dt, f, figures, blocks, reach_back=True)  # only where the two sentences before
            # it leave no other reading
        if claim is None and f.family == "units":
            claim = _change_alone(dt, f, figures)
        if claim is not None:
            changes.append((f.ctx.index, claim))
    # two changes read between the same two figures: which one the text meant is not known, so neither is kept
    key = lambda c: (c.kind, c.subject, c.value, c.previous_value, c.year, c.previous_year)  # noqa: E731
    seen = [key(c) for _, c in changes]
    out += [(i, c) for i, c in changes if seen.count(key(c)) == 1]
    for k, ctx in enumerate(contexts):
        before = contexts[k - 1] if k and contexts[k - 1].paragraph == ctx.paragraph else None
        claim = _total_claim(dt, ctx, before)
        if claim is None:
            claim = _kinds_and_their_sum(dt, ctx) or _part_and_the_rest(dt, ctx) or _kinds_respectively(dt, ctx) \
                or _added_kinds_and_sum(dt, ctx) or _shares_of_a_whole(dt, ctx) or _ballots_and_their_sum(dt, ctx)
        if claim is None and before is not None:
            claim = _breakdown_after(dt, before, ctx) or _answered_breakdown(dt, before, ctx)
        if claim is not None:
            out.append((ctx.index, claim))
    out += _ballots_sentence_by_sentence(dt, contexts)
    out += _kinds_sentence_by_sentence(dt, contexts)
    out += _whole_stated_apart(dt, contexts, {i for i, c in out if c.parts}, [c.parts for _, c in out if c.parts])
    return out


# a sentence about the make-up of the units assessed: "Về cơ cấu, tỉnh có 58, …", "Phân theo loại hình, …"
# ("Về đối tượng: …", "Theo đối tượng xếp hạng, …": who was assessed; not "Đối tượng được khen thưởng: …")
_MAKE_UP_RE = re.compile(r"\b(?:co cau|thanh phan|loai hinh|phan theo|chia theo|xet theo|phan loai theo|"
                         r"(?:ve|theo) doi tuong(?: duoc)?(?: danh gia| xep hang| cham diem)?\s*[:,])")
# the one count of ballots a sentence gives as all of them: "Tổng số phiếu … là 19.722", "Số phiếu khảo sát hợp lệ …:"
_BALLOTS_WHOLE_RE = re.compile(r"(?:\btong so(?: phieu)?|\btong cong|\bso phieu(?: khao sat| dieu tra| hop le| thu ve)+)"
                               r"(?:[^⟨;]|⟨Y\d+⟩){0,60}?(?:\bla|:|\bdat|\bco)?\s*$")
# a line that is nothing but a count of ballots, as a heading is: "2.791 phiếu khảo sát", "Hơn 57.000 phiếu hợp lệ"
_BALLOTS_HEADING_RE = re.compile(r"^\W*(?:[a-z]+\s+)?⟨C\d+⟩\s*phieu(?:\s+(?:khao sat|dieu tra|hop le|thu ve|danh gia|xa hoi hoc))*\s*[.:]?\s*$")
_SENT_RE = re.compile(r"\b(?:phat ra|phat hanh|gui di|gui toi|gui den)\b")
_EARLIER_ROUND_RE = re.compile(r"\b(?:nam (?:truoc|ngoai|lien truoc|lien ke)|dot truoc|ky truoc|lan truoc|cung ky)\b")
# … or the one count of ballots a sentence that names no one who answered qualifies by the survey after it: "Năm nay
# có 19.906 phiếu khảo sát hợp lệ.", "Hội đồng nhận về 2.300 ý kiến điều tra xã hội học."
_BALLOTS_QUALIFIED_RE = re.compile(r"⟨C\d+⟩\s*(?:phieu|luot y kien|y kien)(?:\s+(?:khao sat|dieu tra|hop le|thu ve|danh gia|"
                                   r"xa hoi hoc|tra loi))+\b")


def _whole_stated_apart(dt: DocText, contexts: list[SentenceContext], done: set[int],
                        summed: list[list[float]]) -> list[tuple[int, Claim]]:
    """The whole stated in one place and its parts in another, often another paragraph ("Tổng số địa phương được
    đánh giá … là 63. … Về cơ cấu, tỉnh có 58, thành phố trực thuộc Trung ương có 5."; "Phiếu khảo sát được thu về
    từ lãnh đạo, quản lý (7.163 phiếu) và người dân, tổ chức (12.559 phiếu). … Tổng số phiếu … là 19.722.").  The
    parts: a sentence with no total of its own whose every count is of another kind of unit and that says it tells
    the make-up, or whose every count is ballots of a group of respondents it names; the whole: the one value the
    document gives for all the units assessed, or for all the ballots (not those sent out, unless the parts are)."""
    unit_wholes = {ctx.sentence.mentions[i].value for ctx in contexts for i in ctx.totals if not _kinds_read_as_wholes(ctx)}
    ballot_wholes: dict[float, Mention] = {}
    for ctx in contexts:
        count = _ballot_count(ctx)
        at = ctx.sentence.shape.find("⟨")
        if count is not None and (_BALLOTS_WHOLE_RE.search(ctx.sentence.shape, 0, max(at, 0))
                                  or _BALLOTS_HEADING_RE.match(ctx.sentence.shape)
                                  or _BALLOTS_QUALIFIED_RE.search(ctx.sentence.shape)
                                  and not role("respondents").search(ctx.sentence.shape)):
            ballot_wholes[count.value] = count
    out: list[tuple[int, Claim]] = []
    for ctx in contexts:
        shape, mentions = ctx.sentence.shape, ctx.sentence.mentions
        figures = [(p, i, kind) for p, i, kind in _tokens(shape) if kind != "Y"]
        own = _kinds_read_as_wholes(ctx)
        if ctx.index in done or len(figures) < 2 or ctx.bands or (ctx.totals and not own) or _MOVED_RE.search(shape) \
                or any(kind != "C" or (i in ctx.used and not own) for _, i, kind in figures) or looks_tabular(shape, mentions) \
                or _SUM_LAST_RE.search(shape) or any(_changed_by(shape, p, mentions[i]) for p, i, _ in figures):
            continue
        parts = [mentions[i] for _, i, _ in figures]
        if [p.value for p in parts] in summed:
            continue  # a closing line summed them already ("… 2.450. Tổng cộng: 3.760 phiếu.")
        if all(p.scope == "ballots" for p in parts):
            if len(role("respondents").findall(shape)) < len(parts) or len(ballot_wholes) != 1:
                continue
            total = next(iter(ballot_wholes.values()))
            whole_ctx = next(c for c in contexts if _ballot_count(c) is total)
            if _SENT_RE.search(whole_ctx.sentence.shape) and not _SENT_RE.search(shape):
                continue  # the ballots sent out are more than those that came back
            if whole_ctx.year != ctx.year or _EARLIER_ROUND_RE.search(whole_ctx.sentence.shape) and not _EARLIER_ROUND_RE.search(shape):
                continue  # the ballots of another year or round ("Năm ngoái có 1.200 phiếu hợp lệ") are no whole of these
            value, family = total.value, "ballots"
        elif all(p.scope in UNIT_SCOPES and p.noun for p in parts) and len({p.noun for p in parts}) == len(parts) \
                and (_MAKE_UP_RE.search(shape) or _shares_of_the_whole(shape, figures)) and len(unit_wholes) == 1:
            value, family = next(iter(unit_wholes)), "units"
        else:
            continue
        if any(p.value >= value for p in parts):
            continue
        whole = next(c for c in contexts if (c.totals and family == "units") or (
            family == "ballots" and (b := _ballot_count(c)) is not None and b.value == value))
        stated = whole.sentence.mentions[min(whole.totals)] if family == "units" else _ballot_count(whole)
        first, last = min(stated.start, parts[0].start), max(stated.end, parts[-1].end)  # type: ignore[union-attr]
        out.append((ctx.index, Claim(
            kind="survey_count" if family == "ballots" else "total", frame="window_total", value=value,
            parts=[p.value for p in parts], unit="phiếu" if family == "ballots" else "đơn vị", year=ctx.year,
            approximate=any(p.approximate for p in parts), subject=parts[0].noun if family == "ballots" else None,
            text=dt.text[parts[0].start:parts[-1].end].strip(), evidence=dt.evidence(first, last))))
    return out


def _shares_of_the_whole(shape: str, figures: list[tuple[int, int, str]]) -> bool:
    """"Sở, ban, ngành chiếm 17, UBND cấp huyện chiếm 8": every count is what its kind takes of something, said with
    "chiếm" (or "lần lượt", "còn lại"): the make-up of the whole the document states elsewhere."""
    return _parts_follow(shape, figures) and "chiem" in shape


def _kinds_read_as_wholes(ctx: SentenceContext) -> bool:
    """A make-up sentence whose every count the frames took for a whole of its own kind ("Ghi chú về đối tượng: UBND
    cấp huyện – 9; sở, ban, ngành – 18": each clause speaks of who was assessed): its counts are parts."""
    figures = [(p, i, kind) for p, i, kind in _tokens(ctx.sentence.shape) if kind != "Y"]
    nouns = {ctx.sentence.mentions[i].noun for _, i, _ in figures}
    return len(figures) >= 2 and all(kind == "C" and (i in ctx.totals or i not in ctx.used) for _, i, kind in figures) \
        and any(i in ctx.totals for _, i, _ in figures) \
        and None not in nouns and len(nouns) == len(figures) and _MAKE_UP_RE.search(ctx.sentence.shape) is not None


def _ballot_count(ctx: SentenceContext) -> Mention | None:
    """The one count of ballots a sentence states (a year aside), else None."""
    tokens = [(p, i, kind) for p, i, kind in _tokens(ctx.sentence.shape) if kind != "Y"]
    if len(tokens) != 1 or looks_tabular(ctx.sentence.shape, ctx.sentence.mentions):
        return None
    mention = ctx.sentence.mentions[tokens[0][1]]
    return mention if mention.scope == "ballots" and _countable(tokens[0][2], mention) else None


_RETURNED_RE = re.compile(r"\b(?:thu ve|thu lai|nhan ve|gui ve|hop le)\b")


def _returned_parts(parts: list[SentenceContext], total: SentenceContext) -> bool:
    """Parts that name only the ballots that came back ("số phiếu thu về là 2.009"), under a total that names no
    ballots sent out: the returned ballots by who answered, not two stages of the survey."""
    return not _SENT_RE.search(total.sentence.shape) and all(
        not role("ballot_stages").search(_RETURNED_RE.sub(" ", c.sentence.shape)) for c in parts)


def _ballots_sentence_by_sentence(dt: DocText, contexts: list[SentenceContext]) -> list[tuple[int, Claim]]:
    """"Lãnh đạo, quản lý trả lời 19.257 phiếu. Người dân, tổ chức trả lời 28.179 phiếu. Tổng cộng có 47.436
    phiếu hợp lệ.": a survey's total and its parts, one sentence each.  A run of neighbouring sentences of one
    paragraph, each stating one count of ballots: the parts name who answered and no stage of the survey (sent,
    returned, valid); the total, first or last, names no one who answered.  Anything else, no relation."""
    out: list[tuple[int, Claim]] = []
    k = 0
    while k < len(contexts):
        run = []
        while k + len(run) < len(contexts) and _ballot_count(contexts[k + len(run)]) is not None and (
                not run or contexts[k + len(run)].paragraph == run[0].paragraph
                or _SUM_WORDS_RE.match(contexts[k + len(run)].sentence.shape)):  # (a line that sums the items above
            # it, after an item that closed on a full stop: "b) Người dân, tổ chức: 1.177 phiếu." / "Tổng cộng: …")
            run.append(contexts[k + len(run)])
        k += max(1, len(run))
        if len(run) < 3:
            continue
        named = [bool(role("respondents").search(c.sentence.shape)) for c in run]
        if named.count(False) != 1 or named[1:-1].count(False):
            continue  # not one total at an end of the run
        total_ctx = run[named.index(False)]
        part_ctxs = [c for c in run if c is not total_ctx]
        if any(role("ballot_stages").search(c.sentence.shape) for c in part_ctxs) and not _returned_parts(part_ctxs, total_ctx):
            continue
        total = _ballot_count(total_ctx)
        parts = [_ballot_count(c) for c in part_ctxs]
        if total is None or any(p is None or p.value >= total.value for p in parts):
            continue
        first, last = run[0], run[-1]
        start, end = _ballot_count(first).start, _ballot_count(last).end  # type: ignore[union-attr]
        out.append((total_ctx.index, Claim(
            kind="survey_count", frame="window_total", value=total.value, parts=[p.value for p in parts],  # type: ignore[union-attr]
            unit="phiếu", year=total_ctx.year, approximate=total.approximate or any(p.approximate for p in parts),  # type: ignore[union-attr]
            bound=total.bound, subject=total.noun, text=dt.text[first.sentence.start:last.sentence.end].strip(),
            evidence=dt.evidence(start, end))))
    return out


# a sentence that is one kind of unit and its count ("Tỉnh: 58.", "Sở, ban, ngành – 19.", "Bộ là 16."), or the sum of
# the ones before it ("Tổng số địa phương: 63.", "Cộng: 27 đơn vị.")
_KIND_COUNT_SENTENCE_RE = re.compile(r"^\W*(?P<kind>[a-z ,]{2,50}?)\s*(?::|\s[-–]|\bla|\bco)\s*⟨C(?P<count>\d+)⟩(?P<tail>[a-z ,]{0,40}?)[.;]?\s*$")
_SUM_WORDS_RE = re.compile(r"^\W*(?:tong so|tong cong|cong|tat ca|ca thay)\b")


def _kinds_sentence_by_sentence(dt: DocText, contexts: list[SentenceContext]) -> list[tuple[int, Claim]]:
    """"Tỉnh: 58. Thành phố trực thuộc Trung ương: 5. Tổng số địa phương: 63.": each kind of unit and its count a
    sentence of its own, the sum the sentence after them (or before them) in the same paragraph.  Each part names a
    kind (its own count noun, none a generic one, no two alike) and nothing else; the sum opens on a word that sums."""
    def kind_count(ctx: SentenceContext) -> Mention | None:
        m = _KIND_COUNT_SENTENCE_RE.match(ctx.sentence.shape)
        if m is None or ctx.bands or int(m.group("count")) in ctx.used and int(m.group("count")) not in ctx.totals \
                or re.match(r"\s*[•*+–-]", ctx.sentence.text):
            return None  # (bulleted items under a heading are read as the heading's items)
        mention = ctx.sentence.mentions[int(m.group("count"))]
        tail = m.group("tail").strip()
        return mention if mention.noun and mention.noun not in _GENERIC_NOUNS and mention.scope in UNIT_SCOPES \
            and tail in ("", mention.noun) else None

    def sum_count(ctx: SentenceContext) -> Mention | None:
        m = _KIND_COUNT_SENTENCE_RE.match(ctx.sentence.shape)
        if m is None or not _SUM_WORDS_RE.match(ctx.sentence.shape) or ctx.bands:
            return None
        return ctx.sentence.mentions[int(m.group("count"))]

    out: list[tuple[int, Claim]] = []
    k = 0
    while k < len(contexts):
        run = []
        while k + len(run) < len(contexts) and kind_count(contexts[k + len(run)]) is not None \
                and sum_count(contexts[k + len(run)]) is None and (not run or contexts[k + len(run)].paragraph == run[0].paragraph):
            run.append(contexts[k + len(run)])
        if len(run) >= 2:
            after = contexts[k + len(run)] if k + len(run) < len(contexts) else None
            before = contexts[k - 1] if k else None
            whole_ctx = next((c for c in (after, before) if c is not None and c.paragraph == run[0].paragraph
                              and sum_count(c) is not None), None)
            parts = [kind_count(c) for c in run]
            total = sum_count(whole_ctx) if whole_ctx is not None else None
            if total is not None and all(p is not None for p in parts) and len({p.noun for p in parts}) == len(parts) \
                    and all(p.value < total.value for p in parts):  # type: ignore[union-attr]
                first = min([total, *parts], key=lambda m: m.start)  # type: ignore[arg-type,return-value]
                last = max([total, *parts], key=lambda m: m.end)  # type: ignore[arg-type,return-value]
                out.append((whole_ctx.index, Claim(  # type: ignore[union-attr]
                    kind="total", frame="window_total", value=total.value, parts=[p.value for p in parts],  # type: ignore[union-attr]
                    unit="đơn vị", year=whole_ctx.year, subject=total.noun,  # type: ignore[union-attr]
                    text=dt.text[first.start:last.end].strip(), evidence=dt.evidence(first.start, last.end))))
        k += max(1, len(run))
    return out


_NEW_LEVEL_RE = re.compile(r"(?:,|\b(?:tang|giam|nang|di|them|tut|sut|rot|roi)\b[^⟨;]{0,12}?)\s*(?:len|chi con|con|xuong con|xuong)\s*$")
# "… so với năm 2021, hiện có 8": "hiện" marks this year's count, whatever year was named before ("nay" would be
# "này" folded: "con số này là 14")
_NOW_RE = re.compile(r"\bhien(?: nay| tai)?\s*(?:da\s*)?(?:co|la|dat|con|chi con|xep|xep thu|dung thu|o vi tri)\s*$")
# "(khi đó xếp 8)": a figure of the year the sentence compares with
_THEN_RE = re.compile(r"\(\s*(?:khi do|luc do|khi ay|luc ay)\b[^⟨()]{0,15}$")


def _year_past_noun(ctx: SentenceContext, end: int) -> re.Match | None:
    """"2 địa phương (năm 2021)", "15 bộ, ngành năm 2022": the year printed after the count's noun is the count's."""
    token = TOKEN_RE.search(ctx.sentence.shape, max(0, end - 8), end + 1)
    noun = ctx.sentence.mentions[int(token.group(2))].noun if token and token.end() == end else None
    if not noun or not ctx.sentence.shape.startswith(" " + noun, end):
        return None
    return YEAR_AFTER_RE.match(ctx.sentence.shape, end + 1 + len(noun))


_YEAR_WORDS_AFTER_RE = re.compile(r"\s*(?:\(\s*)?(?:trong |cua |vao )?(nam nay|nam ngoai|nam truoc)\b(?!\s*(?::\s*[-+−]?⟨|-|–|la\b|dat\b|co\b|⟨))")


# a year after a count and its noun, then a colon with no figure right after it (the colon opens what is said of them)
_YEAR_LABEL_AFTER_RE = re.compile(r"\s*(?:trong |cua |vao )?nam ⟨Y(\d+)⟩\s*:(?!\s*[-+−]?⟨)")


def _past_own_noun(ctx: SentenceContext, end: int) -> int:
    """Where the noun printed right after the count ending at `end` ends (`end` when it has none)."""
    shape = ctx.sentence.shape
    token = TOKEN_RE.search(shape, max(0, end - 8), end + 1)
    noun = ctx.sentence.mentions[int(token.group(2))].noun if token and token.end() == end else None
    return end + 1 + len(noun) if noun and shape.startswith(" " + noun, end) else end


def _year_words_after(ctx: SentenceContext, end: int) -> re.Match | None:
    """"39 địa phương năm ngoái", "52 (năm nay)": this year or last named right after the count (or its noun)."""
    return _YEAR_WORDS_AFTER_RE.match(ctx.sentence.shape, _past_own_noun(ctx, end))


def _year_of(ctx: SentenceContext, pos: int, end: int) -> tuple[int | None, bool]:
    """The year of the figure at shape span [pos, end): one printed right after it ("vị trí 7 năm 2019") or
    right before it ("năm 2019 (hạng 4)"), else the last one its clause (or sentence) names; a figure that
    something is compared with ("so với vị trí 7") is last year's."""
    shape, year = ctx.sentence.shape, None
    after = YEAR_AFTER_RE.match(shape, end) or _year_past_noun(ctx, end)
    if after:
        return int(ctx.sentence.mentions[int(after.group(1))].value), True
    labelled = _YEAR_LABEL_AFTER_RE.match(shape, end) or _YEAR_LABEL_AFTER_RE.match(shape, _past_own_noun(ctx, end))
    if labelled:  # "40 địa phương năm 2021, 46 địa phương năm 2022: nhóm B có thêm 6": the year after it, a colon next
        return int(ctx.sentence.mentions[int(labelled.group(1))].value), True
    words = _year_words_after(ctx, end)
    if words and ctx.year is not None:  # "39 địa phương năm ngoái, 52 địa phương năm nay: …"
        return ((ctx.this_year or ctx.year) - (0 if words.group(1) == "nam nay" else 1)), True
    if _NOW_RE.search(shape[max(0, pos - 20): pos]) and ctx.year is not None:
        return ctx.this_year or ctx.year, True
    if _THEN_RE.search(shape, max(0, pos - 30), pos) and ctx.year is not None:
        return (ctx.this_year or ctx.year) - 1, True
    right_before = _YEAR_RIGHT_BEFORE_RE.search(shape[max(0, pos - 25): pos])
    if right_before:
        return int(ctx.sentence.mentions[int(right_before.group(1))].value), True
    if _NEW_LEVEL_RE.search(shape[max(0, pos - 20): pos]) and ctx.year is not None:
        return ctx.year, True  # "tăng 10 so với năm trước, lên 51": where the count went, this year
    compared = _COMPARED_YEAR_RE.search(shape[max(0, pos - 45): pos])
    if compared:  # "giảm 5 địa phương so với năm 2022 khi có tới 9 địa phương": that year's figure
        return int(ctx.sentence.mentions[int(compared.group(1))].value), True
    if _COMPARED_RE.search(shape[max(0, pos - 30): pos]) and ctx.year is not None:
        return (ctx.this_year or ctx.year) - 1, True
    start = max(shape.rfind(";", 0, pos), 0)
    for scope_start in (start, 0):
        for m in YEAR_MARK_RE.finditer(shape, scope_start, pos):
            if EARLIER_BEFORE_RE.search(shape[max(0, m.start() - 24): m.start()]) or _bracketed(shape, m.start(), pos):
                continue
            if m.group(1) is not None:
                year = int(ctx.sentence.mentions[int(m.group(1))].value)
            elif ctx.year is not None:
                year = (ctx.this_year or ctx.year) if m.group(0).endswith("nay") else ctx.year - 1
        if year is not None:
            return year, True
    return ctx.year, False


def _bracketed(shape: str, at: int, pos: int) -> bool:
    """Is the year at `at` inside brackets closed before `pos` ("Từ hạng 18 (năm 2022), … hạng 12")? It is the
    bracketed figure's year, not the following ones'."""
    return shape.rfind("(", 0, at) > shape.rfind(")", 0, at) and 0 <= shape.find(")", at) < pos


def _figures(ctx: SentenceContext, item: str | None = None) -> list[_Figure]:
    """The counts and ranks of a sentence, each with its change (if it is one), year, class and unit; `item`: the
    sentence is an item under a heading about a unit's rank ("- Năm 2018: 7;" is that rank) or a class's count
    ("- Giảm: 7." is its change)."""
    shape = ctx.sentence.shape
    if looks_tabular(shape, ctx.sentence.mentions):
        return []
    out = []
    earlier, later = set(), set()
    implied: dict[int, float] = {}  # "tăng từ 3 … lên 5 …, tức 2 địa phương": a change whose direction the from-to gave
    unsigned: set[int] = set()  # a count printed just before a from-to: the change between its two levels
    respective: dict[int, int] = {}  # mention index -> the year a "lần lượt" gives it
    if _COUNT_TALK_RE.search(shape) or ctx.bands:
        for m in _LAST_YEARS_BRACKET_RE.finditer(shape):  # "nhiều hơn năm ngoái (9) 2 bộ": last year's count
            earlier.add(int(m.group(1)))
        for m in [*_FROM_TO_RE.finditer(shape), *ARROW_RE.finditer(shape)]:
            earlier.add(int(m.group(1)))
            later.add(int(m.group(2)))
            down = bool(re.search(r"\b(?:giam|xuong|bot|sut)\b", shape[max(0, m.start() - 12): m.end()]))
            after = re.match(r"(?:[^⟨;.]|⟨Y\d+⟩){0,30}?,\s*(?:tuc la|tuc|la|duoc|hay|tuong ung(?: voi)?|tuong duong(?: voi)?)"
                             r"\s*⟨[XC](\d+)⟩", shape[m.end():])
            if after:
                implied[int(after.group(1))] = -1.0 if down else 1.0
            before = _CHANGE_THEN_FROM_RE.search(shape, 0, shape.find("⟩", m.start()) + 1)
            if before and m.group(0).startswith("tu") and int(before.group(1)) not in earlier | later:
                unsigned.add(int(before.group(1)))  # "sự gia tăng của nhóm B: 3 bộ, ngành, từ 9 … thành 12"
        for m in _RESPECTIVE_COUNTS_RE.finditer(shape):  # "năm 2021 và năm 2022 lần lượt là 2 và 5": in that order
            for k, y in (("k1", "y1"), ("k2", "y2")):
                respective[int(m.group(k))] = int(ctx.sentence.mentions[int(m.group(y))].value)
        for m in _VERSUS_RE.finditer(shape):  # "ít hơn hai đơn vị (4 so với 6)": this year's count, then last year's
            later.add(int(m.group("now")))
            earlier.add(int(m.group("then")))
    for m in TOKEN_RE.finditer(shape):
        kind, i = m.group(1), int(m.group(2))
        mention = ctx.sentence.mentions[i]
        before = shape[max(0, m.start() - 40): m.start()]
        unbracketed = _unbracketed(shape, before, m.end())
        family = None
        if kind == "K" or _rank_level(shape, kind, mention, m.start(), before) \
                or item == "rank" and (kind in "XR" or kind == "C" and mention.noun is None) \
                and _ITEM_YEAR_BEFORE_RE.search(before):  # ("• Năm ngoái: 9": a bare number, shaped as a count)
            family = "rank"
        elif kind == "C" and mention.scope == "rank":
            family = "rank_move"
        elif kind == "C" and mention.scope in UNIT_SCOPES:
            family = "units"
        elif _bare(mention, before) and mention.value == int(mention.value) and mention.value < 1000 and (
                _BARE_LEVEL_BEFORE_RE.search(before) or _CHANGE_BEFORE_RE.search(unbracketed) or i in earlier or i in later
                or _SQUARE_LEVEL_BEFORE_RE.search(before) or YEAR_AFTER_RE.match(shape, m.end()) or i in respective
                or _signed_then_compared(mention, shape, m.end()) or _signed_change(mention, before)
                or _signed_in_brackets(mention, shape, m.start(), m.end()) is not None
                or _ELLIPTICAL_LEVEL_BEFORE_RE.search(before) and re.match(r"\s*(?:[.;]|$)", shape[m.end():])
                or ctx.answers_how_many and _HOW_MANY_ANSWER_RE.match(shape, 0, m.start()) and re.match(r"\s*[,.;]", shape[m.end():])
                or not before.strip() and _CHANGE_NAMED_AFTER_RE.match(shape, m.end())) \
                and (_COUNT_TALK_RE.search(shape) or ctx.bands or _BARE_CHANGE_SENTENCE_RE.match(shape)):
            family = "units"
        if family is None:
            continue
        f = _Figure(ctx, m.start(), mention, "rank" if family == "rank_move" else family)
        cue = _CHANGE_BEFORE_RE.search(unbracketed) or (_ITEM_CHANGE_BEFORE_RE.search(before) if item in ("count", "rank") else None)
        if cue is None and family == "units" and not before.strip():  # "Sáu là số địa phương thuộc nhóm B tăng thêm …"
            cue = _CHANGE_NAMED_AFTER_RE.match(shape, m.end())
        if family == "rank_move":
            if cue is None:
                continue  # a number of places with no direction
            f.change = -mention.value if cue.group("cue") in _DOWN else mention.value
        elif family == "units" and cue and not _LEVEL_BEFORE_RE.search(before):
            f.change = -mention.value if cue.group("cue") in _DOWN else mention.value
        elif family == "units" and i in implied:
            f.change = implied[i] * mention.value
        elif family == "units" and (kind == "C" and _UNSIGNED_CHANGE_BEFORE_RE.search(before) or i in unsigned):
            f.change, f.unsigned = mention.value, True
        elif family == "units" and (sign := _signed_in_brackets(mention, shape, m.start(), m.end())) is not None:
            f.change = sign * abs(mention.value)  # "loại Khá: 9 → 12 (+3)": the change in brackets after the later count
        elif family == "units" and (_signed_change(mention, before) or _signed_then_compared(mention, shape, m.end())):
            # "(năm 2021: 6; chênh lệch: +3)", "Mức thay đổi: -2": the sign printed gives the direction
            f.change = -abs(mention.value) if mention.printed.lstrip()[:1] in "-−–" else abs(mention.value)
        f.year, f.marked = _year_of(ctx, m.start(), m.end())
        if i in respective:
            f.year, f.marked = respective[i], True
        if (i in earlier or i in later) and family == "units" and ctx.year is not None:
            now = ctx.this_year or ctx.year
            f.year, f.marked, f.change = (now - 1 if i in earlier else now), True, None
        f.band = ctx.band_of.get(i) or _nearest(ctx.bands, m.start(), shape)
        if f.band is None and (f.change is not None or _REFERS_BACK_RE.search(shape, *_clause(shape, m.start()))):
            # "Năm 2022 có 21 địa phương thuộc nhóm C; năm 2023 con số này là 8, tức ít hơn 13": the clause
            # speaks of the class its sentence named before it
            f.band = next((name for at, name in reversed(ctx.bands) if at < m.start()), None)
        if f.band is None and family == "units" and len({name for _, name in ctx.bands}) == 1 \
                and ctx.bands[0][0] < m.start() and _YEAR_ONLY_CLAUSE_RE.match(shape, _clause(shape, m.start())[0], m.start()):
            # "Nhóm C | năm 2022: 8 | năm 2021: 12": a clause that is only a year and a count, in a row about one class
            f.band = ctx.bands[0][1]
        f.unit = _nearest(ctx.units, m.start(), shape)
        out.append(f)
    return out


# "…, nhóm C có 5 bộ, ngành; năm nay, 4.": a clause that is only a year (or "this/last year"), a comma and a count
_ELLIPTICAL_LEVEL_BEFORE_RE = re.compile(r"(?:^|[;,])\s*(?:nam nay|nam ngoai|nam truoc|cung ky|nam ⟨Y\d+⟩)\s*,\s*$")
_BRACKET_AFTER_COUNT_RE = re.compile(r"⟨[XC]\d+⟩\s*\(\s*(?P<sign>[-−+]?)\s*$")


def _signed_in_brackets(mention: Mention, shape: str, start: int, end: int) -> float | None:
    """The direction of a signed count alone in brackets right after another count ("9 → 12 (+3)", "từ 14 → 11
    (−3)"): +1 or −1; None where no sign is printed or the bracket holds more."""
    m = _BRACKET_AFTER_COUNT_RE.search(shape, max(0, start - 30), start)
    if m is None or not re.match(r"\s*\)", shape[end:]):
        return None
    sign = m.group("sign") or mention.printed.lstrip()[:1]
    return -1.0 if sign in "-−" and sign else 1.0 if sign == "+" else None


_YEAR_ONLY_CLAUSE_RE = re.compile(r"[;\s]*(?:nam\s*)?(?:⟨Y\d+⟩|nay|ngoai|truoc)\s*(?::|[–-]|co|la)?\s*$")


def _unbracketed(shape: str, before: str, end: int) -> str:
    """A figure alone in brackets right after its word of change is read as if printed after the word: "giảm [1]",
    "tăng thêm (2)"; the words before it otherwise (not "nhiều hơn năm ngoái (11)": last year's count, bracketed)."""
    m = re.search(r"[\[(]\s*$", before)
    if m is None or not re.match(r"\s*[\])]", shape[end:]):
        return before
    cue = _CHANGE_BEFORE_RE.search(before[:m.start()])
    return before[:m.start()] if cue and cue.group("gap").strip() in ("", "them", "di") else before


def _signed_change(mention: Mention, before: str) -> bool:
    """A bare count printed with its sign after a word of difference, a colon or opening a clause ("chênh lệch: +3",
    "thay đổi: -1", "…; +4")."""
    return mention.printed.lstrip()[:1] in "+-−" and bool(_SIGNED_CHANGE_BEFORE_RE.search(before))


# a sentence that opens on a count and names it as a change of a class's count: "Ba là số bộ thuộc nhóm B tăng thêm"
_CHANGE_NAMED_AFTER_RE = re.compile(r"\s*(?:chinh\s+)?la\s+so\s+(?:luong\s+)?(?:dia phuong|don vi|bo|so|tinh|huyen|co quan)\b"
                                    r"[^⟨;]{0,40}?\b(?P<cue>tang them|tang|giam di|giam|bot di|bot|it di)\b")


def _signed_then_compared(mention: Mention, shape: str, end: int) -> bool:
    """A bare count printed with its sign and then compared with a year ("9 đơn vị (-3 so với năm trước)")."""
    return mention.printed.lstrip()[:1] in "+-−" and bool(_COMPARED_AFTER_RE.match(shape, end))


_COMPARED_AFTER_RE = re.compile(r"\s*(?:don vi|dia phuong|bo|tinh|so|huyen|co quan)?\s*so voi\s*(?:nam|cung ky|ky truoc)\b")
_SIGNED_CHANGE_BEFORE_RE = re.compile(r"(?:\b(?:chenh lech|chenh|thay doi|bien dong|tang giam|tang/giam)\s*(?:la|:)?|:|;)\s*$")
# a count in square brackets after its year or its class: "năm 2022 [14]", "nhóm A [3]"
_SQUARE_LEVEL_BEFORE_RE = re.compile(r"(?:⟨Y\d+⟩|\bnam nay|\bnam truoc|\bnam ngoai|\bnhom [a-d]|\bloai [a-z ]{2,12}?)\s*\[\s*$")
_REFERS_BACK_RE = re.compile(r"con so nay|so luong nay|con so do|con so tuong ung")
# "hạng năm trước: 11": a rank labelled by its year
_RANK_LABEL_BEFORE_RE = re.compile(r"\b(?:hang|vi tri|thu hang|xep hang)\s*(?:nam ⟨Y\d+⟩|nam truoc|nam ngoai)\s*:\s*$")
# "Thứ hạng năm 2022 của X là 9/17; năm 2021 là 4": a later clause that names only its year speaks of the same rank
_ELLIPTICAL_RANK_BEFORE_RE = re.compile(r"(?:[;,]|\bthi)\s*(?:nam ⟨Y\d+⟩|nam truoc|nam ngoai|nam nay)\s*(?:la|:|[–-])\s*$")
# "Thứ hạng của X: 2 (năm 2021) và 4/17 (năm 2022)": the second of two ranks
_SECOND_RANK_BEFORE_RE = re.compile(r"⟨K\d+⟩\s*(?:\(\s*(?:nam\s*)?⟨Y\d+⟩\s*\))?\s*(?:va|,)\s*$")
# (an item may name the move as a noun, by any word of direction: "– Mức tụt: 4 bậc", "• Bước tiến: 3 bậc")
_ITEM_CUES = r"(?:(?:muc|buoc|do)\s+)?(?P<cue>tang|giam|tut|lui|tien|thang|sut|len|xuong)"
_ITEM_CHANGE_BEFORE_RE = re.compile(r"^\s*[-–+•]\s*" + _ITEM_CUES + r"\s*(?:them|di)?\s*:\s*$")
_ITEM_YEAR_BEFORE_RE = re.compile(r"^\s*[-–+•]\s*(?:nam ⟨Y\d+⟩|nam truoc|nam ngoai|nam nay)\s*:\s*$")
_RANK_TALK_RE = re.compile(r"\b(?:thu hang|xep hang|vi tri|hang)\b")
_ITEM_MOVE_RE = re.compile(r"^\s*[-–+•]\s*" + _ITEM_CUES + r"\s*(?:them|di)?\s*:\s*⟨C\d+⟩\s*(?:bac|hang)\b")
_MOVE_RE = re.compile(r"\b(?:tang|giam|len|xuong|tut|leo|lui|roi|thang|cai thien)\s*,?\s*⟨C\d+⟩\s*(?:bac|hang)\b")


def _rank_level(shape: str, kind: str, mention: Mention, pos: int, before: str) -> bool:
    """A rank the shape did not mark as one: labelled by its year ("hạng năm trước: 11"), named only by its year in
    a later clause of a sentence about a rank ("…; năm 2021 là 4"), the second of two ranks ("2 (năm 2021) và
    4/17"), or a ratio in brackets right after the unit whose move the clause states ("Bộ X (14/19) tăng 4 bậc")."""
    if mention.value != int(mention.value) or mention.value > 200:
        return False
    if kind == "C" and mention.scope == "rank" or kind == "X":
        if _RANK_LABEL_BEFORE_RE.search(before):
            return True
    if kind not in "XR":
        return False
    if _ELLIPTICAL_RANK_BEFORE_RE.search(before) and "⟨K" in shape[:pos]:
        return True
    if _SECOND_RANK_BEFORE_RE.search(before):
        return True
    end = shape.find(";", pos)
    return kind == "R" and before.rstrip().endswith("(") and bool(_MOVE_RE.search(shape, pos, end if end >= 0 else len(shape)))


def _bare(mention: Mention, before: str) -> bool:
    """A number with no noun of its own: an unlabelled one, or a count labelled only by its year ("năm nay là 3",
    "cùng kỳ: 5")."""
    return mention.kind == "X" or mention.kind == "C" and mention.noun is None and bool(PERIOD_LABEL_RE.search(before))


def _clause(shape: str, pos: int) -> tuple[int, int]:
    """The shape span of the clause (between semicolons) that holds `pos`."""
    end = shape.find(";", pos)
    return max(shape.rfind(";", 0, pos), 0), end if end >= 0 else len(shape)


def _nearest(items: list[tuple[int, str]], pos: int, shape: str) -> str | None:
    """The label or unit named last before `pos` in its clause, else the first one after it."""
    start, end = _clause(shape, pos)
    before = [name for at, name in items if start <= at <= pos]  # a unit is recorded at its figure's place
    if before:
        return before[-1]
    after = [name for at, name in items if pos < at < end]
    return after[0] if after else None


_THIS_UNIT_RE = re.compile(r"\b(?:bo|don vi|dia phuong|tinh|so|huyen|co quan) nay\b")


def _referred(change: _Figure, near: list[_Figure]) -> str | None:
    """"… Bộ Giao thông vận tải năm 2018 là 11/17. Đặt cạnh vị trí thứ 9 …, bộ này đã lùi hai bậc": the unit
    "bộ này" names is the last one named before it."""
    if not _THIS_UNIT_RE.search(change.ctx.sentence.shape):
        return None
    before = [f for f in near if f.unit and (f.ctx.index, f.pos) < (change.ctx.index, change.pos)]
    return max(before, key=lambda f: (f.ctx.index, f.pos)).unit if before else None


def _one_per_fact(levels: list[_Figure], change: _Figure) -> list[_Figure]:
    """The same count of the same year stated twice ("13 bộ thuộc nhóm B. … tăng 3, lên 13 bộ") is one level:
    the statement nearest the change."""
    nearest: dict[tuple, _Figure] = {}
    for f in sorted(levels, key=lambda f: (abs(f.ctx.index - change.ctx.index), abs(f.pos - change.pos))):
        nearest.setdefault((f.mention.value, f.year), f)
    return [f for f in levels if nearest[(f.mention.value, f.year)] is f]


_ELLIPTICAL_RE = re.compile(r"^\W*(?:nam ⟨Y\d+⟩|nam truoc|nam ngoai)\s*(?:,|:)?\s*(?:co|la|ghi nhan)?\s*"
                            r"⟨C\d+⟩[^⟨;.]{0,40}?[.;]?\s*$")


def _elliptical(f: _Figure) -> bool:
    """"Năm 2020, có 41 địa phương.", "Năm 2017: 18 địa phương.": a sentence that is only a year and a count,
    whose class the sentence before it named."""
    shape = f.ctx.sentence.shape
    return f.mention.kind == "C" and not f.ctx.bands and bool(_ELLIPTICAL_RE.match(shape)) \
        and not re.search(r"danh gia|xep hang|xac dinh|tham gia|tong", shape)


_ITEM_RE = re.compile(r"^\s*[-–+•]\s*")
# a heading line with no colon ("Thứ hạng Sở Nội vụ" above "– Năm nay: 7/29"): it ends on a word, no stop
_TITLE_LINE_RE = re.compile(r"\w\s*$")


def _headed_items(contexts: list[SentenceContext]) -> dict[int, int]:
    """"Số địa phương thuộc nhóm C:\n- Năm 2022: 14;\n- Năm 2023: 7;\n- Giảm: 7.": items under a heading that names
    one class (or one unit) and no figure speak of it, and are one statement however many lines they take. Returns
    the index of each such item's heading (contexts are indexed by sentence)."""
    heads: dict[int, int] = {}
    for k, ctx in enumerate(contexts):
        shape = ctx.sentence.shape
        if not (shape.rstrip().endswith(":") or _TITLE_LINE_RE.search(shape)) or "⟨" in shape.replace("⟨Y", "") \
                or len({n for _, n in ctx.bands}) + len({n for _, n in ctx.units} | set(ctx.named)) != 1:
            continue
        for item in contexts[k + 1:]:
            if not _ITEM_RE.match(item.sentence.shape) or item.bands or item.units:
                break
            heads[item.index] = ctx.index
            item.bands = [(0, name) for _, name in ctx.bands[:1]]
            item.units = [(0, name) for _, name in ctx.units[:1]]
    return heads


_LAST_YEARS_BRACKET_RE = re.compile(r"\b(?:nam ngoai|nam truoc|cung ky(?: nam truoc)?)\s*\(\s*⟨[XC](\d+)⟩\s*\)")
_HOW_MANY_RE = re.compile(r"\b(?:bao nhieu|may)\b")
# the bare count an answer opens on: "– 11, nhiều hơn …", "Đáp: 5."
_HOW_MANY_ANSWER_RE = re.compile(r"^\W*(?:(?:dap|tra loi)\s*:?\s*)?$")
_ANSWER_TURN_RE = re.compile(r"^\s*(?:[-–—]|\W*(?:dap|tra loi)\b)")


def _answers(contexts: list[SentenceContext]) -> None:
    """"Hỏi: Loại Tốt thay đổi ra sao? Đáp: từ 23 lên 28 đơn vị, tăng 5.": a sentence that answers the question
    before it, naming no class or unit of its own, speaks of the one class or unit the question named."""
    for before, ctx in zip(contexts, contexts[1:]):
        if before.paragraph != ctx.paragraph and not _ANSWER_TURN_RE.match(ctx.sentence.shape) \
                or not before.sentence.shape.rstrip().endswith("?"):
            continue  # (a reply on its own line, "– Từ 46 lên 57 …", answers the question on the line before)
        if not ctx.bands and len({name for _, name in before.bands}) == 1:
            ctx.bands = [(0, before.bands[0][1])]
            # "* Nhóm B năm nay có bao nhiêu bộ? – 11, nhiều hơn …": the count the answer opens on is the one asked
            ctx.answers_how_many = bool(_HOW_MANY_RE.search(before.sentence.shape))
        if not ctx.units and len({name for _, name in before.units}) == 1:
            ctx.units = [(0, before.units[0][1])]


def _carry_bands(figures: list[_Figure]) -> None:
    """"Năm 2021: 21 đơn vị xếp loại Khá. Năm 2022: 15 đơn vị.": a sentence that is only a year and a count speaks
    of the class the sentence before it named, when that sentence named exactly one."""
    for f in figures:
        if f.band is None and f.family == "units" and _elliptical(f):
            before = {g.band for g in figures if g.ctx.index == f.ctx.index - 1 and g.ctx.paragraph == f.ctx.paragraph
                      and g.family == "units"}
            f.band = before.pop() if len(before) == 1 else None


def _past_elliptical(f: _Figure, ctx: SentenceContext, figures: list[_Figure]) -> bool:
    """Is `f` two sentences before `ctx` with only a year-and-count sentence between ("Năm 2021: 21 đơn vị xếp loại
    Khá. Năm 2022: 15 đơn vị. Mức giảm: 6 đơn vị.")? Its levels are then as near as the next sentence's."""
    between = [g for g in figures if g.ctx.index == ctx.index - 1 and g.ctx.paragraph == ctx.paragraph]
    return f.ctx.index == ctx.index - 2 and f.ctx.paragraph == ctx.paragraph and bool(between) \
        and all(_elliptical(g) for g in between)


# a sentence that is only a year and a rank: "Năm 2021: hạng 20.", "Năm nay: thứ 14/63."
_ELLIPTICAL_RANK_RE = re.compile(r"^\W*(?:nam ⟨Y\d+⟩|nam truoc|nam ngoai|nam nay)\s*(?::|,|la)?\s*(?:xep\s*|dung\s*)?"
                                 r"(?:thu hang\s*|hang\s*|vi tri\s*)?(?:thu\s*)?⟨[KXR]\d+⟩\s*[.;]?\s*$")


def _elliptical_run_after(f: _Figure, ctx: SentenceContext, figures: list[_Figure]) -> bool:
    """Is `f` in the second of two sentences right after `ctx`, each only a year and its count or rank ("Bắc Giang
    tăng 6 bậc. Năm 2021: hạng 20. Năm 2022: hạng 14/63.")? Its level is then as near as the next sentence's."""
    def bare(g: _Figure) -> bool:
        return _elliptical(g) or bool(_ELLIPTICAL_RANK_RE.match(g.ctx.sentence.shape))
    between = [g for g in figures if g.ctx.index == ctx.index + 1 and g.ctx.paragraph == ctx.paragraph]
    return f.ctx.index == ctx.index + 2 and f.ctx.paragraph == ctx.paragraph and bare(f) and bool(between) \
        and all(bare(g) for g in between)


# what a level the text compares with follows: "so với năm 2021 (40 …", "so với 12"
_COMPARED_BEFORE_LEVEL_RE = re.compile(r"\bso voi\s*(?:nam\s*)?(?:⟨Y\d+⟩|truoc|ngoai)?\s*\(?\s*$")


def _compared_level(f: _Figure) -> bool:
    """Is this level the one its sentence compares with ("So với năm 2021 (40 địa phương), …")?"""
    return bool(_COMPARED_BEFORE_LEVEL_RE.search(f.ctx.sentence.shape, max(0, f.pos - 30), f.pos)) and f.marked


def _change_claim(dt: DocText, change: _Figure, figures: list[_Figure], blocks: dict[int, int],
                  reach_back: bool = False) -> Claim | None:
    """`reach_back`: a sentence that sums up the ones before it looks two sentences back for its levels."""
    ctx = change.ctx
    block = blocks.get(ctx.index)
    near = [f for f in figures if f is not change and f.change is None and f.family == change.family
            and (f.ctx.paragraph == ctx.paragraph and (abs(f.ctx.index - ctx.index) <= _TOO_FAR
                                                       or reach_back and _concluded(f, ctx)
                                                       or _past_elliptical(f, ctx, figures)
                                                       or _elliptical_run_after(f, ctx, figures))
                 or block is not None and blocks.get(f.ctx.index) == block)]
    window_bands = {f.band for f in near + [change] if f.band}
    window_units = {f.unit for f in near + [change] if f.unit}
    if change.family == "units":
        band = change.band or (next(iter(window_bands)) if len(window_bands) == 1 else None)
        if band is None:
            return None
        # "Năm 2022 nhóm A có 9 tỉnh; sang năm 2023, con số này là 12": a bare count in a window naming one band
        # "Thuộc nhóm B năm 2022 có 13 bộ; năm 2021 có 11; tăng 02": or in the change's sentence that names one band
        own = {name for _, name in ctx.bands} == {band}
        levels = [f for f in near if (f.band or (band if (len(window_bands) == 1 or own and f.ctx is ctx)
                                                  and _bare(f.mention, f.ctx.sentence.shape[max(0, f.pos - 40): f.pos]) or (
            _elliptical(f) and f.ctx.index == ctx.index + 1) or own and f.ctx is ctx and _year_has(f)
            or own and _levels_next(f, ctx) else None)) == band]
        subject = band
    else:
        unit = change.unit or (window_units.pop() if len(window_units) == 1 else None) or _referred(change, near)
        if unit is None:
            return None
        # a rank is always some unit's: one the paragraph does not name is the one it speaks of
        levels = [f for f in near if (f.unit or (unit if len(window_units) <= 1 else None)) == unit]
        subject = unit
    levels = _one_per_fact(levels, change)
    if change.family == "units" and len(levels) == 1 and levels[0].ctx is ctx and levels[0].band == band \
            and levels[0].marked and _LEVEL_BEFORE_RE.search(ctx.sentence.shape[max(0, levels[0].pos - 30): levels[0].pos]):
        # "Riêng loại Khá, năm 2022 bớt đi hai đơn vị, chỉ còn 1": the new level with its change; last year's
        # count, stated elsewhere, is for the audit to find
        now = levels[0]
        start, end = sorted((change.mention.start, now.mention.start))[0], max(change.mention.end, now.mention.end)
        return Claim(kind="count", frame="change_level", subject=band, band=band, value=now.mention.value,
                     year=ctx.year, change=change.change, unit="đơn vị", text=dt.text[start:end].strip(),
                     evidence=dt.evidence(start, end))
    if change.family == "units" and len(levels) == 1 and _compared_level(levels[0]) and not change.unsigned \
            and change.year == (ctx.this_year or ctx.year) and levels[0].year is not None and levels[0].year < change.year:
        # "So với năm 2021 (40 địa phương), nhóm B năm 2022 tăng 15 địa phương": the compared year's count and the
        # change; this year's count, stated elsewhere, is joined after (`claim_frames.join_counts_apart`)
        then = levels[0]
        start, end = sorted((change.mention.start, then.mention.start))[0], max(change.mention.end, then.mention.end)
        return Claim(kind="count", frame="window_change", subject=band, band=band, value=None,
                     previous_value=then.mention.value, year=change.year, previous_year=then.year, change=change.change,
                     unit="đơn vị", text=dt.text[start:end].strip(), evidence=dt.evidence(start, end))
    if len(levels) != 2 or len({f.year for f in levels}) != 2 or not any(f.marked for f in levels):
        return None
    before, now = sorted(levels, key=lambda f: f.year or 0)
    if before.year is not None and now.year is not None and now.year - before.year != 1:
        return None  # ("xếp thứ 31/63, năm 2020 là 27; so với năm 2021, tỉnh lùi 2 bậc": 27 is not the rank moved from)
    stated = change.change
    if change.unsigned:  # its sign is the levels' (a wrong size is still a wrong size)
        if now.mention.value == before.mention.value:
            return None
        stated = abs(change.mention.value) * (1 if now.mention.value > before.mention.value else -1)
    first = min([change, *levels], key=lambda f: (f.ctx.index, f.pos))
    last = max([change, *levels], key=lambda f: (f.ctx.index, f.pos))
    start, end = first.mention.start, last.mention.end
    evidence = dt.evidence(start, end)
    # a count of a class (value, last year's, the change) or a unit's rank (value, last year's, places moved up)
    kind = "count" if change.family == "units" else "rank"
    return Claim(kind=kind, frame="window_change", subject=subject, band=subject if kind == "count" else None,
                 value=now.mention.value, previous_value=before.mention.value, year=now.year,
                 previous_year=before.year, change=stated, unit="đơn vị" if kind == "count" else None,
                 denominator=now.mention.denominator, text=dt.text[start:end].strip(), evidence=evidence)


# two years' counts given respectively: "Số địa phương thuộc nhóm A năm 2021 và năm 2022 lần lượt là 2 và 5"
_RESPECTIVE_COUNTS_RE = re.compile(r"\bnam ⟨Y(?P<y1>\d+)⟩\s*(?:va|,)\s*(?:nam\s*)?⟨Y(?P<y2>\d+)⟩[^⟨;]{0,40}?\blan luot\s*(?:la|:|co)?\s*"
                                   r"⟨[XC](?P<k1>\d+)⟩[^⟨;]{0,20}?\s*(?:va|,)\s*⟨[XC](?P<k2>\d+)⟩")
_COMPARED_YEAR_BEFORE_RE = re.compile(r"\b(?:so voi|hon)\s*nam\s*⟨Y(\d+)⟩\s*$")
_COMPARED_WITH_RE = re.compile(r"\bso voi\s*(?:nam\s*⟨Y(?P<y>\d+)⟩|(?P<words>nam truoc|nam ngoai|cung ky|ky truoc|nam lien ke))")


def _change_alone(dt: DocText, change: _Figure, figures: list[_Figure]) -> Claim | None:
    """"Số bộ, ngành thuộc nhóm A giảm 2 so với năm trước." with no count of the class near it: the change of the
    class it names from the compared year (the year before, unless one is named) to its own year.  Its two counts
    are the document's one count of the class in each year, wherever they stand: among the figures of this pass
    (a year and its count, "năm 2021 có 11"), else the frames' statements (`claim_frames.join_count_levels_apart`);
    without both, the change claims nothing.  A change of a class its sentence names; one the frames read with this
    year's count ("Loại Tốt năm nay có 9 đơn vị (-3 so với năm trước). … Con số này năm 2021 là 12.") only when this
    pass finds both counts (the audit then checks it once, here)."""
    ctx = change.ctx
    index = ctx.sentence.mentions.index(change.mention)
    if change.change is None or change.unsigned or change.year is None \
            or change.band not in {name for _, name in ctx.bands}:
        return None
    start, end = _clause(ctx.sentence.shape, change.pos)
    compared = _COMPARED_WITH_RE.search(ctx.sentence.shape, change.pos, end)
    previous = int(ctx.sentence.mentions[int(compared.group("y"))].value) if compared and compared.group("y") \
        else change.year - 1
    year = change.year
    before = _COMPARED_YEAR_BEFORE_RE.search(ctx.sentence.shape, start, change.pos)
    if before and ctx.this_year:  # "ít hơn năm 2021 hai bộ": the compared year is printed before the change
        previous, year = int(ctx.sentence.mentions[int(before.group(1))].value), ctx.this_year
    if previous >= year:
        return None
    # (a count of the year reported on may go without its year; last year's must print it)
    levels = [f for f in figures if f is not change and f.change is None and f.family == "units" and f.band == change.band
              and (f.marked and f.year in (year, previous) or f.year == year == ctx.this_year)]
    values = {y: {f.mention.value for f in levels if f.year == y} for y in (year, previous)}
    value = previous_value = None
    if all(len(v) == 1 for v in values.values()) and len({f.mention.scope for f in levels} - {None}) <= 1:
        value, previous_value = values[year].pop(), values[previous].pop()
    if index in ctx.used and (value is None or previous != year - 1):
        return None  # a change the frames read with its level ("9 đơn vị (-3 so với năm trước)") is theirs to check
    spans = [(change.mention.start, change.mention.end)] + ([(f.mention.start, f.mention.end) for f in levels]
                                                            if value is not None else [])
    a, b = min(x for x, _ in spans), max(y for _, y in spans)
    return Claim(kind="count", frame="window_change", subject=change.band, band=change.band, value=value,
                 previous_value=previous_value, year=year, previous_year=previous, change=change.change,
                 unit="đơn vị", text=dt.text[change.mention.start:change.mention.end].strip(), evidence=dt.evidence(a, b))


# a sentence that is only a signed change ("Thay đổi: +12.", "Chênh lệch: −3"): the change of the count the sentences
# before it state for two years; like a concluding sentence it reaches two sentences back
_BARE_CHANGE_SENTENCE_RE = re.compile(r"^\W*(?:(?:thay doi|chenh lech|bien dong|tang/giam|tang giam)\s*(?:la|:)"
                                      # ("Giảm 3.", "Tăng thêm 2 đơn vị.", "Ít hơn 3.": a word of change and a bare count)
                                      r"|(?:tang them|tang|giam di|giam|bot di|bot|it hon|nhieu hon|them)\s*(?::)?)\s*⟨[XC]\d+⟩"
                                      r"[^⟨]{0,20}$")
# a sentence that sums up the ones before it: "Như vậy, loại Khá bớt 3 đơn vị.", "Tính ra, nhóm B tăng 11."
_CONCLUSION_RE = re.compile(r"^\W*(?:nhu vay|nhu the|tom lai|tinh ra|vay la|the la|ket qua la|rot cuoc|nhin chung)\b\s*,?")


def _concluded(f: _Figure, ctx: SentenceContext) -> bool:
    """A change in a sentence that sums up the two before it reaches back to both (the levels it concludes from)."""
    return f.ctx.index == ctx.index - 2


_YEAR_HAS_BEFORE_RE = re.compile(r"(?:^|[;,]\s*)nam ⟨Y\d+⟩\s*,?\s*(?:co|la|:)\s*$")


def _levels_next(f: _Figure, ctx: SentenceContext) -> bool:
    """"Nhóm A: tăng 3 địa phương\nNăm 2021 có 2 địa phương, năm nay con số là 5.": a count marked with its year in
    the sentence right after a change of one class, a sentence that names no class and no assessment of its own."""
    shape = f.ctx.sentence.shape
    return f.ctx.index == ctx.index + 1 and f.marked and not f.ctx.bands and f.ctx.paragraph == ctx.paragraph \
        and f.ctx.sentence.mentions.index(f.mention) not in f.ctx.totals \
        and not re.search(r"danh gia|xep hang|xac dinh|tham gia|tong", shape)


def _year_has(f: _Figure) -> bool:
    """"…; năm 2022 có 4 bộ, ngành, năm 2021 có 6": a count (with its own noun) that a clause opens on its year
    for, in the sentence of a change that names one class: that class's count in that year."""
    shape = f.ctx.sentence.shape
    return f.marked and bool(_YEAR_HAS_BEFORE_RE.search(shape, max(0, f.pos - 30), f.pos))


def _token_end(shape: str, pos: int) -> int:
    return shape.find("⟩", pos) + 1


def _countable(kind: str, mention: Mention) -> bool:
    """A count, or a whole number no score can be ("18.770" read with its thousands dot)."""
    return mention.value == int(mention.value) and (kind in "CX" or kind == "P" and mention.value > 100)


def _parts_follow(shape: str, tokens: list[tuple[int, int, str]]) -> bool:
    """Is every one of these figures (two or more) introduced as a part ("chiếm", "lần lượt là X và Y")?"""
    listing = False
    for p, _, _ in tokens:
        before = shape[max(0, p - 30): p]
        cue = _PART_CUE_RE.search(before)
        if cue:
            listing = cue.group(0).startswith("lan luot")
        elif not (listing and _LIST_ON_RE.search(before)):
            return False
    return len(tokens) >= 2


def _ballots_by_respondents(shape: str, tokens: list[tuple[int, int, str]], mentions: list[Mention]
                            ) -> list[tuple[int, int]]:
    """The total of a survey's ballots broken down by who answered, in whatever words: "hơn 39.000 phiếu …
    đại biểu, lãnh đạo … 19.000 …, người dân, tổ chức 20.000".  The largest count is the total when it stands
    first or last, every other count is one of at least as many respondent groups named, and the sentence
    gives no two of its counts as stages of the survey (sent, returned, valid), which would make them nested, not
    parts.
    The others must add up to within a tenth of it: three parts with no total ("… 1.624 phiếu; … 1.202 phiếu;
    … 1.567 phiếu") have a largest that is far from the rest."""
    counts = [(p, i) for p, i, kind in tokens if _countable(kind, mentions[i]) and mentions[i].value >= 100]
    staged = [p for p, _ in counts if role("ballot_stages").search(shape[max(0, p - 30): p])]
    if len(counts) < 3 or len(staged) > 1:  # "phát ra 30.000 phiếu, thu về 28.500": two stages, not parts
        return []
    largest = max(counts, key=lambda pi: mentions[pi[1]].value)
    if sum(mentions[i].value == mentions[largest[1]].value for _, i in counts) > 1 or largest not in (counts[0], counts[-1]):
        return []
    if len(role("respondents").findall(shape)) < len(counts) - 1:
        return []
    earlier = [p for p, _ in counts if p < largest[0]]
    named = list(role("respondents").finditer(shape, _token_end(shape, earlier[-1]) if earlier else 0, largest[0]))
    if named and not re.search(r"\b(?:tong|cong|tat ca|ca thay)\b", shape[named[-1].end(): largest[0]]):
        return []  # "…, người dân, doanh nghiệp 1.700 phiếu": the largest is a group's own, a part, not the total
        # (not "… phiếu của người dân, tổ chức, tổng số phiếu năm nay đạt 26.268")
    rest = sum(mentions[i].value for _, i in counts) - mentions[largest[1]].value
    if not 0.9 * rest <= mentions[largest[1]].value <= 1.1 * rest:
        return []  # far from the sum of the others: the largest is one of the parts, or the parts are not all there
    return [largest]


_BRACKETED_TOTAL_RE = re.compile(r"\(\s*⟨C(\d+)⟩[^⟨()]{0,40}\)\s*[.;]?\s*$")
# "16 bộ và 1 cơ quan ngang bộ, tức 17 bộ, ngành, đã được công bố": the parts, then their sum restated
# "…, tức 17 bộ, ngành", "…: đó là 32 đơn vị", "… + 8 UBND huyện = 25 đơn vị": the parts' sum restated after them
# "…, tức 18", "– đó là 18", "= 18", "… làm nên danh sách 18 bộ, ngành", "… hợp thành 18 bộ, ngành": the parts' sum
_RESTATED_SUM_RE = re.compile(r"(?:,\s*(?:tuc la|tuc|nghia la)|[:,–-]\s*(?:do|day) (?:chinh )?la|=|"
                              r"\b(?:lam nen|tao nen|tao thanh|hop thanh|cau thanh)(?: (?:danh sach|tong so|con so))?(?: (?:gom|la))?)"
                              r"\s*⟨C(\d+)⟩")
# "Trong số 18 bộ, ngành được chấm điểm, 2 là cơ quan ngang bộ, còn lại 16 là bộ" (or "bộ chiếm 16, cơ quan
# ngang bộ chiếm 2"): the whole, then its parts
_WHOLE_FIRST_RE = re.compile(r"^\W*trong (?:tong )?(?:so\s*)?⟨C(\d+)⟩")
# a sentence that opens by breaking down the figure the sentence before it ended on: "Trong đó, …", "Trong số đó, …",
# "Cụ thể: …"
_BREAKDOWN_OPENS_RE = re.compile(r"^\W*(?:(?:trong do|trong so (?:nay|do|ay)|cu the(?: nhu sau| la)?|bao gom|gom co|gom)\b|(?:chia|phan|xet) theo [a-z ]{2,25}?\s*:)"
                                 r"\s*(?:co\s*)?[,:]?")  # ("Chia theo đối tượng: …")


# the answer to a question about a whole's make-up: "Hỏi: 63 địa phương gồm những ai? Đáp: 58 tỉnh và 5 …"
_ANSWER_OPENS_RE = re.compile(r"^\W*(?:dap|tra loi|cau tra loi(?: la)?|dap an(?: la)?)\s*[:,–-]?")


# a question that asks which units a whole is made of: "… là những bộ, ngành nào?", "… gồm những ai?"
_WHICH_ONES_RE = re.compile(r"\b(?:la|gom|bao gom)\s+(?:nhung|cac)\s+(?:[a-z ,]{2,40}?\s+nao|ai|gi)\s*\?\s*$")


def _answered_breakdown(dt: DocText, ctx: SentenceContext, after: SentenceContext) -> Claim | None:
    """A question that names a whole and asks what it is made of, answered in the next sentence by its parts."""
    if not ctx.sentence.shape.rstrip().endswith("?"):
        return None
    if _WHICH_ONES_RE.search(ctx.sentence.shape):  # "63 địa phương … là những địa phương nào? Tỉnh: 58; …": the answer
        return _breakdown_after(dt, ctx, after, opens=re.compile(r"\W*"))  # needs no "Đáp:" before the parts
    return _breakdown_after(dt, ctx, after, opens=_ANSWER_OPENS_RE)


def _breakdown_after(dt: DocText, ctx: SentenceContext, after: SentenceContext,
                     opens: re.Pattern = _BREAKDOWN_OPENS_RE) -> Claim | None:
    """'Tổng số phiếu phát ra là 1.300 phiếu. Trong đó, 700 phiếu … ; 600 phiếu …': a total that is the only
    count of its sentence, broken down by the next sentence, which opens on the breakdown cue.  Every count of
    that sentence must be a part of the same kind, none a stage of a survey, a change, or the count of a class
    (a list of classes need not name them all)."""
    shape = after.sentence.shape
    if not opens.match(shape) or after.bands or looks_tabular(shape, after.sentence.mentions):
        return None
    totals = [(p, i, kind) for p, i, kind in _tokens(ctx.sentence.shape) if kind != "Y"]
    if len(totals) != 1 or not _countable(totals[0][2], ctx.sentence.mentions[totals[0][1]]):
        return None
    total = ctx.sentence.mentions[totals[0][1]]
    family = "ballots" if total.scope == "ballots" else "units" if total.scope in UNIT_SCOPES else None
    if family is None or _ROSE_FELL_RE.search(shape):
        return None
    parts = []
    for p, i, kind in _tokens(shape):
        if kind == "Y":
            continue
        mention = after.sentence.mentions[i]
        before = shape[max(0, p - 30): p]
        same = mention.scope == "ballots" if family == "ballots" else mention.scope in UNIT_SCOPES
        if i in after.used or not same or not _countable(kind, mention) or _changed_by(shape, p, mention) \
                or (family == "ballots" and role("ballot_stages").search(before)):
            return None
        parts.append(mention)
    if len(parts) < 2 or any(p.value >= total.value for p in parts):
        return None
    if family == "units" and len({p.noun for p in parts}) < len(parts):
        return None  # counts of one kind of unit: by class or result, not a breakdown by kind
    return Claim(kind="survey_count" if family == "ballots" else "total", frame="window_total",
                 value=total.value, parts=[p.value for p in parts], unit="phiếu" if family == "ballots" else "đơn vị",
                 year=ctx.year, approximate=total.approximate or any(p.approximate for p in parts), bound=total.bound,
                 subject=total.noun, text=dt.text[total.start:parts[-1].end].strip(),
                 evidence=dt.evidence(total.start, parts[-1].end))


# the words that make the last count of a sentence the sum of the counts before it: "…, tất cả là 19 bộ, ngành",
# "(cộng 63)", "…, cộng là 26 đơn vị", "…, tức 26 đơn vị", "…, tổng 63 địa phương", "… trong tổng số 63 địa phương"
# "…; cộng thêm 5 thành phố …, con số là 63", "…, gộp lại thành 18", "… thì tổng số lên 28 cơ quan, đơn vị"
_SUM_LAST_RE = re.compile(r"(?:[,(;–|-]\s*(?:tat ca|ca thay|cong|cong lai|tuc|tuc la|tong|tong cong|tong so|nghia la|"
                          r"con so(?: chung| nay)?|(?:gop|cong|tinh) lai(?: thanh)?|tong cong thanh)|"
                          r"\b(?:thi|nen|vay) tong(?: so| cong)?(?: [a-z ,]{0,25}?)?(?: len| thanh| dat)|"
                          r"\b(?:trong|tren) tong so|\btat ca)\s*(?:la|co|:|gom|[-–=]|[\[(])?\s*$")
# … and the first count the whole its parts follow: "Trong số 63 địa phương được đánh giá, số tỉnh là 58, …"
# units that rose or fell (a quote's "Giám đốc Sở Nội vụ" is no fall)
_MOVED_RE = re.compile(r"\b(?:tang|giam(?! doc)|cai thien|di len|di lui|tut|sut)\b")
_WHOLE_OPENS_RE = re.compile(r"^\W*(?:[a-z ,]{0,30}?,\s*)?(?:trong|tren) (?:tong )?so\s*$")


# a part added to the ones before it, not a change: "…; cộng thêm 5 thành phố", "tính thêm 9 huyện", "thêm vào đó 3 …"
_JOINED_BEFORE_RE = re.compile(r"\b(?:cong them|tinh them|ke them|them vao do|them vao|bo sung them|cong voi)\s*(?:la\s*|co\s*)?$")


def _without_nouns(words: str, mentions: list[Mention]) -> str:
    """The words with the count nouns blanked ("cơ quan ngang bộ" holds no "có")."""
    nouns = {m.noun for m in mentions if m.noun} | {w for w, _ in count_nouns()}
    for noun in sorted(nouns, key=len, reverse=True):
        words = re.sub(rf"\b{re.escape(noun)}\b", " ", words)
    return words


# one item of a line set apart by bars: words, a colon (a dash, "="), one count ("Bộ: 16 | cơ quan ngang bộ: 1 | cộng: 17")
_LABELLED_ITEM_RE = re.compile(r"\s*[a-z][a-z ,:]{1,60}?\s*(?::|[-–=])\s*⟨C\d+⟩\s*[.;]?\s*")


def _labelled_items(shape: str) -> bool:
    """Is a line set apart by bars a run of labelled counts, not a table's row?  Each piece between the bars is
    words and one count after a colon, so nothing is a cell of a row of figures."""
    pieces = shape.split("|")
    return len(pieces) >= 2 and all(_LABELLED_ITEM_RE.fullmatch(piece) for piece in pieces)


def _kinds_and_their_sum(dt: DocText, ctx: SentenceContext) -> Claim | None:
    """One sentence that counts the units by kind and states their sum: "16 bộ cộng 3 cơ quan ngang bộ, tất cả là
    19 bộ, ngành", "58 tỉnh và 5 thành phố trực thuộc Trung ương (cộng 63)", "Trong số 63 địa phương …, số tỉnh
    là 58, số thành phố … là 5".  Every other count must be of another kind of unit (none of a class, a group or a
    band, none a change), so a list of classes that leaves one out is never summed."""
    shape = ctx.sentence.shape
    if ctx.bands or _MOVED_RE.search(shape) or (looks_tabular(shape, ctx.sentence.mentions) and not _labelled_items(shape)):
        return None
    figures = [(p, i, kind) for p, i, kind in _tokens(shape) if kind != "Y"]
    if len(figures) < 3 or any(kind != "C" for _, _, kind in figures[:-1]) or figures[-1][2] not in "CX":
        return None  # (the sum may be bare after its cue: "…, con số là 63")
    mentions = ctx.sentence.mentions
    last = _SUM_LAST_RE.search(shape, 0, figures[-1][0])
    if mentions[figures[-1][1]].noun is None and not (last and mentions[figures[-1][1]].value == int(mentions[figures[-1][1]].value)
                                      and re.match(r"\s*(?:[.;)\]]|$)", shape[_token_end(shape, figures[-1][0]):])
                                      and not _SUBSET_TAIL_RE.search(_without_nouns(shape[_token_end(shape, figures[0][0]):
                                                                                          last.start()], mentions))):
        return None  # (not "…; cộng thêm 3 huyện nộp muộn, con số là 20 lượt": what some units did, then another figure)
    if last and not _SUM_LAST_RE.search(shape, 0, figures[-2][0]):
        total_at, rest = figures[-1], figures[:-1]
        if re.search(r"\b(?:trong|tren) tong so", last.group(0)) and not _MAKE_UP_RE.search(shape):
            return None  # "5 sở và 3 huyện chưa nộp hồ sơ trong tổng số 40 đơn vị": some of the whole, not its make-up
    elif _WHOLE_OPENS_RE.match(shape[: figures[0][0]]):
        total_at, rest = figures[0], figures[1:]
        if not all(re.search(r"(?:\bla|\bco|\bchiem|:)\s*$", shape[: p]) for p, _, _ in rest):
            return None  # each kind named, then its count ("số tỉnh là 58"); "Trong số 40 đơn vị, 5 sở … chưa nộp" is some
    else:
        return None
    total = mentions[total_at[1]]
    if total.scope not in UNIT_SCOPES or (total_at[1] in ctx.used and total_at[1] not in ctx.totals):
        return None
    parts = [mentions[i] for _, i, _ in rest]
    if any(i in ctx.used and i not in ctx.totals for _, i, _ in rest) or any(
            _changed_by(shape, p, mentions[i]) and not _JOINED_BEFORE_RE.search(shape, max(0, p - 30), p) for p, i, _ in rest):
        return None
    if any(p.scope not in UNIT_SCOPES or p.noun is None for p in parts) or len({p.noun for p in parts}) < len(parts):
        return None
    if any(p.value >= total.value for p in parts):
        return None
    first, last = min([total, *parts], key=lambda m: m.start), max([total, *parts], key=lambda m: m.end)
    return Claim(kind="total", frame="window_total", value=total.value, parts=[p.value for p in parts], unit="đơn vị",
                 year=ctx.year, approximate=total.approximate or any(p.approximate for p in parts), bound=total.bound,
                 subject=total.noun, text=dt.text[first.start:last.end].strip(), evidence=dt.evidence(first.start, last.end))


# the item that sums the ones before it: "… | Cộng: 53.401", "…; tổng cộng: 3.000", "…, cả thảy 26.987 phiếu"
_BALLOTS_SUM_ITEM_RE = re.compile(r"(?:^|[;|,–-])\s*(?:tong cong|tong so(?: phieu)?|tong|cong|tat ca|ca thay|cong lai)\s*(?:la\s*|:\s*)?$")


def _ballots_and_their_sum(dt: DocText, ctx: SentenceContext) -> Claim | None:
    """One sentence that counts the ballots of each group of respondents, item by item, and closes on their sum
    ("Lãnh đạo, công chức: 900 | Người dân, tổ chức: 2.100 | Cộng: 3.000"; "…: 900; …: 2.100; tổng cộng: 3.000"):
    every count ballots, each part's item naming who answered, the last item opened by a word that sums and naming
    no one (so one group's figure after a total is never read as the sum)."""
    shape, mentions = ctx.sentence.shape, ctx.sentence.mentions
    figures = [(p, i, kind) for p, i, kind in _tokens(shape) if kind != "Y"]
    if len(figures) < 3 or any(kind != "C" or mentions[i].scope != "ballots" for _, i, kind in figures):
        return None
    total_at, rest = figures[-1], figures[:-1]
    if not _BALLOTS_SUM_ITEM_RE.search(shape, 0, total_at[0]) or _MOVED_RE.search(shape):
        return None
    segments = [shape[(_token_end(shape, a[0]) if a else 0): b[0]] for a, b in zip([None, *rest], rest)]
    if any(not role("respondents").search(seg) for seg in segments) \
            or role("respondents").search(shape, _token_end(shape, rest[-1][0]), total_at[0]):
        return None
    total, parts = mentions[total_at[1]], [mentions[i] for _, i, _ in rest]
    if any(p.value >= total.value for p in parts):
        return None
    return Claim(kind="survey_count", frame="window_total", value=total.value, parts=[p.value for p in parts],
                 unit="phiếu", year=ctx.year, approximate=total.approximate or any(p.approximate for p in parts),
                 bound=total.bound, text=dt.text[parts[0].start:total.end].strip(),
                 evidence=dt.evidence(parts[0].start, total.end))


# the parts added in words, then the count they make: "58 tỉnh cộng 5 thành phố …: 63 địa phương …", "Cộng 19 sở
# với 8 huyện, ta có 27 đơn vị", "Tổng của 16 bộ và 2 cơ quan ngang bộ là 18"
_ADDED_BETWEEN_RE = re.compile(r"\bcong(?: voi| them| lai)?\b")
_ADDED_OPENS_RE = re.compile(r"^\W*(?:[a-z ,]{0,30}?\b)?(?:cong|tong(?: so| cong)?(?: cua)?)\s*(?:cac\s*)?$")
_SUM_AFTER_ADDED_RE = re.compile(r"(?::|=|\b(?:la|bang|thanh|ra|co|duoc|se la|se co|ta co|ta duoc|thi co|thi duoc)"
                                 r"(?: tat ca| tong cong| tong so| ca thay)?)\s*$")
# the whole first, then the parts whose sum it is: "Số địa phương được đánh giá (63) bằng tổng của 58 tỉnh và 5 …",
# "27 đơn vị được chấm điểm, đúng bằng tổng số của 19 sở … và 8 …", "… là tổng cộng của …"
_SUM_OF_BEFORE_RE = re.compile(r"\b(?:bang|la|chinh la)\s+tong(?: so| cong)?(?: cua)?(?: cac)?\s*$")
_PART_JOIN_RE = re.compile(r"^\s*[a-z ,]{0,50}?(?:,|;|\bva|\bvoi|\bcung(?: voi)?|\bcong(?: voi| them)?|\+)\s*$")


def _added_kinds_and_sum(dt: DocText, ctx: SentenceContext) -> Claim | None:
    """Counts of kinds of unit added up in words, and their sum: the parts joined by "cộng" (or opened by "cộng /
    tổng của") with the sum after a colon or a verb that states it, or the whole first and "bằng / là tổng (số) của"
    the parts after it.  Every part a count of a kind of unit, each kind its own; none a class's count or a change."""
    shape, mentions = ctx.sentence.shape, ctx.sentence.mentions
    if ctx.bands or _MOVED_RE.search(shape) or looks_tabular(shape, mentions):
        return None
    figures = [(p, i, kind) for p, i, kind in _tokens(shape) if kind != "Y"]
    if len(figures) < 3 or any(kind != "C" for _, _, kind in figures):
        return None
    gaps = [shape[_token_end(shape, a[0]): b[0]] for a, b in zip(figures, figures[1:])]
    if _SUM_OF_BEFORE_RE.search(gaps[0]) and all(_PART_JOIN_RE.match(g) for g in gaps[1:]):
        total_at, rest = figures[0], figures[1:]
    elif (_ADDED_BETWEEN_RE.search(gaps[0]) or _ADDED_OPENS_RE.match(shape[: figures[0][0]])) \
            and all(_PART_JOIN_RE.match(g) for g in gaps[:-1]) and _SUM_AFTER_ADDED_RE.search(gaps[-1]):
        total_at, rest = figures[-1], figures[:-1]
    else:
        return None
    total = mentions[total_at[1]]
    parts = [mentions[i] for _, i, _ in rest]
    if total.scope not in UNIT_SCOPES or total.noun is None:
        return None
    if any(i in ctx.used and i not in ctx.totals for _, i, _ in rest) or (total_at[1] in ctx.used and total_at[1] not in ctx.totals):
        return None
    if any(p.scope not in UNIT_SCOPES or p.noun is None for p in parts) or len({p.noun for p in parts}) < len(parts) \
            or any(p.value != int(p.value) or p.value >= total.value for p in parts):
        return None
    first, last = min([total, *parts], key=lambda m: m.start), max([total, *parts], key=lambda m: m.end)
    return Claim(kind="total", frame="window_total", value=total.value, parts=[p.value for p in parts], unit="đơn vị",
                 year=ctx.year, approximate=total.approximate or any(p.approximate for p in parts), bound=total.bound,
                 subject=total.noun, text=dt.text[first.start:last.end].strip(), evidence=dt.evidence(first.start, last.end))


# what names the whole, not one kind of it: "63 cái tên", "27 đơn vị", "17 bộ, ngành"
_GENERIC_NOUNS = {"don vi", "dia phuong", "co quan", "co quan, don vi", "co quan, don vi, dia phuong", "cai ten", "guong mat",
                  "thanh vien", "dau moi", "bo, nganh", "bo nganh", "tinh, thanh pho", "tinh, thanh", "tinh thanh",
                  "tinh, thanh pho truc thuoc trung uong", "bo, co quan ngang bo", "nganh"}
# a kind's count after the words that give it as a share: "tỉnh chiếm 58", "…, còn thành phố … là 5", "bộ: 16"
_SHARE_CUE_RE = re.compile(r"(?:\bchiem(?: khoang| gan)?|\bla|:|\bco)\s*$")
# "tỉnh chiếm 58/63 địa phương …, còn lại 5 là thành phố …": the share as a ratio of the whole, then the rest
_RATIO_SHARE_RE = re.compile(r"\bchiem\s*$")
_REST_KIND_RE = re.compile(r"^\s*(?:la|thuoc|deu la)?\s*(?P<kind>[a-z ,]{2,50}?)\s*[.;]?\s*$")


def _kind_before(words: str) -> tuple[str, str | None, int] | None:
    """The kind of unit that ends these words ("Về cơ cấu, sở, ban, ngành" -> "sở, ban, ngành"): the longest run after
    a separator that is a count noun and at most four words qualifying it."""
    words = words.rstrip()
    for m in re.finditer(r"(?:^|[,;:]|\bcac|\bnhung)\s*", words):
        run = words[m.end():]
        noun = _noun_after(" " + run, 0) if run and re.fullmatch(r"[a-z ,]+", run) else None
        if noun is not None and len(run.replace(",", " ").split()) - len(noun[0].replace(",", " ").split()) <= 4:
            return noun
    return None


def _shares_of_a_whole(dt: DocText, ctx: SentenceContext) -> Claim | None:
    """The whole, then what each kind of unit takes of it, in one sentence: "Có 63 cái tên; tỉnh chiếm 58, còn thành
    phố trực thuộc Trung ương là 5", "Về cơ cấu, sở, ban, ngành chiếm 19/27 đơn vị, UBND cấp huyện chiếm 8", "Tỉnh
    chiếm 58/63 địa phương …, còn lại 5 là thành phố …".  Every part is a kind of unit (its own noun, none the whole's
    generic one), named right before the word that gives its share; none a class's count, a change or a rise."""
    shape, mentions = ctx.sentence.shape, ctx.sentence.mentions
    if ctx.bands or _MOVED_RE.search(shape) or looks_tabular(shape, mentions):
        return None
    figures = [(p, i, kind) for p, i, kind in _tokens(shape) if kind != "Y"]
    if len(figures) < 2 or any(i in ctx.used and i not in ctx.totals for _, i, kind in figures if kind != "R"):
        return None
    first = mentions[figures[0][1]]
    if figures[0][2] == "R" and first.denominator and _RATIO_SHARE_RE.search(shape, 0, figures[0][0]) and len(figures) == 2:
        whole_value, shares = first.denominator, [figures[0]]
        kind0 = _kind_before(shape[: _RATIO_SHARE_RE.search(shape, 0, figures[0][0]).start()])  # type: ignore[union-attr]
        rest_at = figures[1]
        before, after = shape[: rest_at[0]], shape[_token_end(shape, rest_at[0]):]
        if kind0 is None or not re.search(r"\bcon lai\s*(?:la\s*)?$", before):
            if kind0 is None or not _SHARE_CUE_RE.search(before) or mentions[rest_at[1]].noun is None:
                return None
            kinds = [kind0[0], mentions[rest_at[1]].noun]
        else:
            rest = _REST_KIND_RE.match(after)
            kind1 = _noun_after(" " + rest.group("kind"), 0) if rest else None
            if kind1 is None:
                return None
            kinds = [kind0[0], kind1[0]]
        parts = [first.value, mentions[rest_at[1]].value]
        start, end = first, mentions[rest_at[1]]
    elif figures[0][2] == "C" and first.noun in _GENERIC_NOUNS \
            and re.match(r"(?:[^⟨]|⟨Y\d+⟩){0,60}?[;,]", shape[_token_end(shape, figures[0][0]):]):
        rest = figures[1:]
        if len(rest) < 2 or any(kind not in "CX" or not _SHARE_CUE_RE.search(shape, 0, p) for p, _, kind in rest):
            return None
        kinds = [mentions[i].noun for _, i, _ in rest]
        whole_value, parts = first.value, [mentions[i].value for _, i, _ in rest]
        start, end = first, mentions[rest[-1][1]]
    else:
        return None
    if any(k is None or k in _GENERIC_NOUNS for k in kinds) or len(set(kinds)) < len(kinds) \
            or any(v != int(v) or v >= whole_value for v in parts):
        return None
    return Claim(kind="total", frame="window_total", value=whole_value, parts=parts, unit="đơn vị", year=ctx.year,
                 subject=first.noun, text=dt.text[start.start:end.end].strip(), evidence=dt.evidence(start.start, end.end))


# "tỉnh chiếm 58 trong 63 vị trí, phần còn lại (5) là thành phố …", "18 trên 26 đơn vị là sở, ngành; còn lại 8 là
# huyện": one kind's count out of the whole, then the rest
_PART_AND_REST_RE = re.compile(r"⟨C(?P<part>\d+)⟩[a-z ,]{0,30}?\b(?:trong|tren) (?:tong so |so )?⟨C(?P<whole>\d+)⟩[^⟨;.]{0,40}?"
                               r"[,;]\s*(?:va\s*)?(?:phan |so )?con lai\s*(?:la\s*|:\s*)?\(?\s*⟨[CX](?P<rest>\d+)⟩")


# "Trong tổng số 17 bộ, ngành, bộ chiếm 16, còn lại 1 là cơ quan ngang bộ": the whole first, one kind and its count,
# then the rest and its kind
_WHOLE_PART_REST_RE = re.compile(
    r"^\W*(?:trong|tren) (?:tong )?(?:so\s*)?⟨C(?P<whole>\d+)⟩[^⟨;.]{0,40}?,\s*(?P<kind>[a-z ,]{2,40}?)\s+(?:chiem|co|la|:)\s*"
    r"⟨[CX](?P<part>\d+)⟩\s*[,;]\s*(?:va\s+)?(?:phan\s+|so\s+)?con lai\s*(?:la\s*|co\s*)?⟨[CX](?P<rest>\d+)⟩\s*"
    r"(?:la\s+|thuoc\s+|deu la\s+)?(?P<other>[a-z ,]{2,40}?)\s*[.;]?\s*$")


def _whole_part_and_rest(dt: DocText, ctx: SentenceContext) -> Claim | None:
    """The whole, one kind's count, and the rest with its kind: each kind a kind of unit, the two different."""
    shape, mentions = ctx.sentence.shape, ctx.sentence.mentions
    m = _WHOLE_PART_REST_RE.match(shape)
    if m is None or ctx.bands or _MOVED_RE.search(shape):
        return None
    kinds = [k for g in ("kind", "other") if (k := _noun_after(" " + m.group(g).strip(" ,"), 0)) is not None]
    whole, part, rest = (mentions[int(m.group(g))] for g in ("whole", "part", "rest"))
    if len(kinds) != 2 or any(k[1] not in UNIT_SCOPES for k in kinds) or kinds[0][0] == kinds[1][0] \
            or whole.scope not in UNIT_SCOPES or any(v.value != int(v.value) or v.value >= whole.value for v in (part, rest)):
        return None
    return Claim(kind="total", frame="window_total", value=whole.value, parts=[part.value, rest.value], unit="đơn vị",
                 year=ctx.year, subject=whole.noun, text=dt.text[whole.start:rest.end].strip(),
                 evidence=dt.evidence(whole.start, rest.end))


def _part_and_the_rest(dt: DocText, ctx: SentenceContext) -> Claim | None:
    """One kind's count out of the whole, then "the rest": the two add up to the whole."""
    shape, mentions = ctx.sentence.shape, ctx.sentence.mentions
    m = _PART_AND_REST_RE.search(shape)
    if m is None:
        return _whole_part_and_rest(dt, ctx)
    if m is None or ctx.bands or _MOVED_RE.search(shape) or re.search(r"\b(?:trung binh|binh quan)\b", shape):
        return None  # ("32 trong 63 địa phương vượt trung bình, còn lại 31": above and below the average, no kinds)
    part, whole, rest = (mentions[int(m.group(g))] for g in ("part", "whole", "rest"))
    if any(int(m.group(g)) in ctx.used for g in ("part", "rest")) or rest.value != int(rest.value) \
            or part.value >= whole.value or rest.value >= whole.value or part.scope == "ballots":
        return None
    return Claim(kind="total", frame="window_total", value=whole.value, parts=[part.value, rest.value], unit="đơn vị",
                 year=ctx.year, subject=whole.noun, text=dt.text[part.start:rest.end].strip(),
                 evidence=dt.evidence(part.start, rest.end))


# "Tỉnh và thành phố trực thuộc Trung ương lần lượt có 58 và 5 đại diện trong bảng 63 địa phương", "Bộ và cơ quan ngang
# bộ lần lượt chiếm 15 và 3 vị trí trong tổng số 18 bộ, ngành": the kinds of unit first, their counts in that order
# after "lần lượt", then the whole they make
_KINDS_RESPECTIVELY_RE = re.compile(
    r"^\W*(?P<kinds>[a-z ,]{3,120}?)\s+lan luot\s+(?:co|la|chiem|gom|dat|giu)?\s*"
    r"(?P<run>⟨[XC]\d+⟩(?:\s*(?:,|va)\s*⟨[XC]\d+⟩)+)[^⟨;.]{0,50}?\b(?:trong|tren|cua)\s+"
    r"(?:tong so\s+|tong\s+|(?:bang|danh sach)(?: xep hang| diem)?\s+|so\s+|ca\s+)?⟨C(?P<whole>\d+)⟩")


def _kinds_respectively(dt: DocText, ctx: SentenceContext) -> Claim | None:
    """The kinds of unit named in a row, their counts in the same order after "lần lượt", and the whole they make:
    each kind must be a kind of unit (a count noun), each other than the rest, as many kinds as counts."""
    shape, mentions = ctx.sentence.shape, ctx.sentence.mentions
    m = _KINDS_RESPECTIVELY_RE.match(shape)
    if m is None or ctx.bands or _MOVED_RE.search(shape):
        return None
    counts = [mentions[int(t)] for t in re.findall(r"⟨[XC](\d+)⟩", m.group("run"))]
    whole = mentions[int(m.group("whole"))]
    kinds = re.split(r"\s+va\s+", m.group("kinds").strip(" ,"))
    if len(kinds) != len(counts):
        kinds = [k for k in re.split(r"\s+va\s+|\s*,\s*", m.group("kinds").strip(" ,")) if k]
    nouns = [_noun_after(" " + k, 0) for k in kinds]
    if len(kinds) != len(counts) or any(n is None or n[1] not in UNIT_SCOPES for n in nouns) \
            or len({n[0] for n in nouns if n}) < len(nouns) or whole.noun is None or whole.scope not in UNIT_SCOPES \
            or any(c.value != int(c.value) or c.value >= whole.value for c in counts):
        return None
    first, last = counts[0], whole
    return Claim(kind="total", frame="window_total", value=whole.value, parts=[c.value for c in counts], unit="đơn vị",
                 year=ctx.year, subject=whole.noun, text=dt.text[first.start:last.end].strip(),
                 evidence=dt.evidence(first.start, last.end))


# what the last of a whole's parts did that the others may not: "…, 5 sở và 3 huyện còn chậm nộp hồ sơ"
_SUBSET_TAIL_RE = re.compile(r"\b(?:con|chua|cham|khong|bi|dat|xep|tang|giam|co|nop|duoc khen|vi pham|thieu|can)\b")


def _some_of_them(shape: str, last: tuple[int, int, str], mentions: list[Mention]) -> bool:
    """Do the words after the last count (past its noun) say what those units did, so that the counts are some of
    the whole, not its make-up?"""
    tail = shape[_token_end(shape, last[0]):]
    noun = mentions[last[1]].noun
    tail = tail.lstrip()
    if noun and tail.startswith(noun):
        tail = tail[len(noun):]
    return bool(_SUBSET_TAIL_RE.search(re.split(r"[;.]", tail, maxsplit=1)[0]))


def _tokens(shape: str) -> list[tuple[int, int, str]]:
    return [(m.start(), int(m.group(2)), m.group(1)) for m in TOKEN_RE.finditer(shape)]


def _total_claim(dt: DocText, ctx: SentenceContext, before: SentenceContext | None) -> Claim | None:
    """'… 10.760 phiếu … và 8.010 phiếu …, nâng tổng số phiếu khảo sát lên 18.770': a total after its cue and
    every other count of the same kind in the sentence as its parts.  A sentence that opens on the total
    ("Cộng lại có 4.393 phiếu khảo sát.") sums the sentence before it."""
    shape = ctx.sentence.shape
    if looks_tabular(shape, ctx.sentence.mentions):
        return None
    tokens = _tokens(shape)
    totals = [(pos, i) for pos, i, kind in tokens if _countable(kind, ctx.sentence.mentions[i])
              and _TOTAL_CUE_RE.search(shape[max(0, pos - 60): pos])]
    figures = [t for t in tokens if t[2] != "Y"]  # "Năm 2023 có 26 …": the year is no part of the breakdown
    if not totals:  # "thu về 4.393 phiếu (lãnh đạo: 1.624; người dân: 1.202; …)", "26 đơn vị, gồm 18 sở và 8 huyện"
        totals = [(pos, i) for pos, i, kind in figures[:1] if _countable(kind, ctx.sentence.mentions[i])
                  and (i not in ctx.used or i in ctx.totals) and not ctx.bands
                  and _BREAKDOWN_RE.match(shape, _token_end(shape, pos))]
    if not totals and tokens and _countable(tokens[0][2], ctx.sentence.mentions[tokens[0][1]]) \
            and tokens[0][1] not in ctx.used and _parts_follow(shape, tokens[1:]):
        totals = [tokens[0][:2]]  # "hơn 39.000 phiếu; nhóm … chiếm 19.000 phiếu; nhóm … chiếm 20.000 phiếu"
    if not totals and "phieu" in shape:
        totals = _ballots_by_respondents(shape, tokens, ctx.sentence.mentions)
    if not totals:  # "đánh giá 16 bộ và 1 cơ quan ngang bộ (17 bộ, ngành)": the parts, then their sum in brackets
        bracket = _BRACKETED_TOTAL_RE.search(shape)
        if bracket and figures and figures[-1][1] == int(bracket.group(1)) and len(figures) >= 3 \
                and re.search(r"(?:\bva|\bcung(?: voi)?)\s*(?:[a-z ,]{0,20})?⟨[CX]\d+⟩[^⟨]{0,40}$", shape[: bracket.start()]):
            totals = [figures[-1][:2]]
    if not totals:
        restated = _RESTATED_SUM_RE.search(shape)
        if restated and figures and figures[-1][1] == int(restated.group(1)) and len(figures) >= 3 and not ctx.bands \
                and re.search(r"(?:\bva|\bcung|\+)\s*(?:[a-z ,]{0,20})?⟨[CX]\d+⟩[^⟨]{0,40}$"
                              r"|\bva\s+[a-z ,]{2,40}?\(\s*⟨C\d+⟩\s*\)\s*$", shape[: restated.start()]):
            # ("Thành phố trực thuộc Trung ương (5) và tỉnh (58) hợp thành 63 …": each kind, its count in brackets)
            totals = [figures[-1][:2]]
    if not totals:
        whole = _WHOLE_FIRST_RE.match(shape)
        if whole and figures and figures[0][1] == int(whole.group(1)) and len(figures) >= 3 and not ctx.bands \
                and not _some_of_them(shape, figures[-1], ctx.sentence.mentions) \
                and (re.search(r"\bcon lai\b|\bva\s*⟨[CX]\d+⟩[^⟨]{0,40}$", shape) or _parts_follow(shape, figures[1:])):
            totals = [figures[0][:2]]
    if len(totals) != 1:
        return None
    pos, t = totals[0]
    total = ctx.sentence.mentions[t]
    family = "ballots" if total.scope == "ballots" or (total.scope is None and "phieu" in shape) else "units"
    if len(tokens) == 1 and before is not None and pos < 40 and not before.bands \
            and not looks_tabular(before.sentence.shape, before.sentence.mentions) \
            and len(re.findall(r"[a-z]+", shape)) <= 12:  # "Cộng lại có 4.393 phiếu khảo sát.": a short closing line
        shape = before.sentence.shape
        tokens = _tokens(shape)
        ctx = before
        t = -1
    if _ROSE_FELL_RE.search(shape):
        return None  # units that rose and fell need not add up to all of them (some are unchanged)
    parts = []
    for p, i, kind in tokens:
        mention = ctx.sentence.mentions[i]
        if i == t or not _countable(kind, mention) or _NAME_NUMBER_RE.search(dt.text[max(0, mention.start - 14): mention.start]):
            continue  # "UBND Quận 8": a number in a name
        if mention.scope == "groups":
            continue  # "với 2 nhóm đối tượng: …": how many groups the breakdown has, not one of them
        if _changed_by(shape, p, mention):
            return None  # a change among the figures: not a breakdown
        same = (mention.scope == "ballots") if family == "ballots" else (mention.scope in UNIT_SCOPES)
        if kind in "XP" and not (family == "ballots" and mention.value >= 100 or family == "units" and kind == "X"):
            return None
        if not same and kind == "C":
            return None
        parts.append(mention)
    if len(parts) < 2 or any(p.value >= total.value for p in parts):
        return None
    first = min([total, *parts], key=lambda m: m.start)
    last = max([total, *parts], key=lambda m: m.end)
    if family == "ballots" and any(p.scope not in ("ballots", None) for p in parts):
        return None
    approximate = total.approximate or any(p.approximate for p in parts)
    return Claim(kind="survey_count" if family == "ballots" else "total", frame="window_total",
                 value=total.value, parts=[p.value for p in sorted(parts, key=lambda m: m.start)],
                 unit="phiếu" if family == "ballots" else "đơn vị", year=ctx.year, approximate=approximate, bound=total.bound,
                 subject=total.noun, text=dt.text[first.start:last.end].strip(), evidence=dt.evidence(first.start, last.end))
