"""Stated figures no frame reads, given one role each from the cue words of their own clause.

The frame catalogue reads a statement when its construction is one it knows; a figure printed in a
construction nobody wrote a frame for is still a figure with words around it.  Here each such figure
gets exactly one role, decided once by the cues of its clause (the nearest cue word, the unit the
clause names, the figure's own form: a score, a count of units, a count of ballots, a rank) and never by
trying roles until a check agrees.  The claims made are the frame reader's `Claim`s, marked
`reading="cue"`, so the audit's checks run on them; the audit never turns a disagreement of such a
claim into an accusation (`AuditContext.add`): only an agreement counts, as a verified figure.

The cue words are the catalogue's (`data/claim_frames.yaml`: cues, bands, bounds); the figure's form
comes from the sentence shapes (`claim_shapes`), which already keep years, dates, document numbers and
phone numbers out of the figures.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from parscan.extractors.claim_frames import (_advance, _bands, _bounds, _cue, _index_year, _new_paragraph, _Reader,
                                             _State)
from parscan.extractors.claim_roles import clause_year, names_extremes, role
from parscan.extractors.claim_shapes import fold_same_length as fold_text
from parscan.extractors.claim_shapes import UNIT_SCOPES, DocText, Sentence, clause_bounds, document_text, printed_band
from parscan.extractors.context import doc_province
from parscan.schemas.document import ParscanDocument
from parscan.schemas.records import Claim

_TOKEN_RE = re.compile(r"⟨([A-Z])(\d*)⟩")
# cue families of a score, in the order a tie between two equally near cues is settled: the extremes and the
# average name the figure itself, a gap word a difference, a change word how it moved.  Words of the catalogue:
# its roles (highest, lowest, average) and its cues (gap, up, down)
_SCORE_CUES = (("highest", "role"), ("lowest", "role"), ("average", "role"), ("gap", "cue"), ("up", "cue"),
               ("down", "cue"))
_ROLE_OF_CUE = {"highest": "highest", "lowest": "lowest", "average": "average", "gap": "gap",
                "up": "change", "down": "change"}
_LOWEST_LEVEL = 40  # no unit's or average's PAR result is printed below it; a smaller score is a difference
_MONEY_AFTER_RE = re.compile(r"\s*(?:dong|trieu|ty|nghin dong|usd|vnd)\b")
_YEAR_AFTER_RE = re.compile(r"\s*(?:%|diem)?\s*(?:\(\s*⟨Y(\d+)⟩\s*\)|(?:cua |trong |vao )?(?:nam truoc|nam ngoai)\b)")
_YEAR_LABEL_RE = re.compile(r"\bnam ⟨Y(\d+)⟩\s*[:–-]\s*$")  # "(năm 2021: 81,63%)"
_LIST_OPENS_RE = re.compile(r":|\bnhu sau\b")  # "63 địa phương phân bố như sau: nhóm A – 3": a whole, then its parts
_NOT_A_RANK_RE = re.compile(r"\b(?:nam|lan|ky|dot|khoa|giai doan)\s+thu\s*$")
_BRACKET_BEFORE_RE = re.compile(r"[\w)]\s*[\[(]\s*$")  # "Bộ Y tế [" right before a rank "7/17"
_BRACKETED_MOVE_RE = re.compile(r"(?:^|[^\w])(?:(?P<up>tang)|(?P<down>giam)) diem\s*(?:[\[(]|:)\s*$")  # "tăng điểm [12]"
# a rank move with the ranks it joins in brackets: "giảm 1 bậc (6 → 7/17)"
_ARROW_RANKS_RE = re.compile(r"\b(?:bac|hang)\s*\(\s*⟨[XK](\d+)⟩\s*(?:→|->|=>)\s*⟨[RKX](\d+)⟩\s*\)"
                             r"|\b(?:bac|hang)\s*,?\s*tu (?:thu |vi tri )?⟨[XK](\d+)⟩\s*(?P<dir>xuong|len) "
                             r"(?:thu |vi tri )?⟨[RKX](\d+)⟩")  # "2 bậc, từ 23 xuống 25/27"
# the words of a rank's move that name its direction ("màn xuống hạng của …: 2 bậc"), the catalogue's change words
# being words of scores
_RANK_DIRECTION_RE = re.compile(r"\b(?:(?P<up>thang hang|len hang|tang hang|thang)|(?P<down>xuong hang|tut hang|"
                                r"rot hang|giam hang|rot))\b")
# a sentence about ranks: a year-labelled figure there is a unit's rank ("Vị trí xếp hạng của …: năm 2021 – 16")
_RANK_WORDS_RE = re.compile(r"\b(?:xep hang|thu hang|vi tri|thu bac|bac)\b")
# the year label of a rank: before it ("năm 2021 – 16", "– Năm nay: 12/63") or after it ("(5 năm 2017; …")
_RANK_YEAR_BEFORE_RE = re.compile(r"(?:\bnam ⟨Y(?P<y>\d+)⟩|\b(?P<now>nam nay)|\b(?P<last>nam ngoai|nam truoc))\s*[–:-]\s*$")
_RANK_YEAR_AFTER_RE = re.compile(r"\s*(?:\(\s*)?nam ⟨Y(\d+)⟩\s*[);]")
# a quoted class label before its count ("“Xuất sắc” – 3 đơn vị", "Mức “Khá”: 14 đơn vị"): the catalogue's labels
# in quotation marks, which its band patterns do not allow
_QUOTED_LABEL_RE = re.compile(r"(?:(?:xep loai|loai|muc|hang)\s*:?\s*)?[\"“”‘’'](?P<label>xuat sac|tot|kha|trung binh|"
                              r"yeu|kem)[\"“”‘’']")
# a bare number after its class label and one verb of having: "nhóm A đón 3, nhóm B đón 49", "loại Khá gồm 7"
_LABEL_VERB_RE = re.compile(r"(?:nhom [a-d]|loai (?:xuat sac|tot|kha|trung binh|yeu|kem))\s*(?:don|co|gom|chiem)\s*$")
# a bare number right before the word of a rise or a fall, in a clause that compares with a year: "20 tăng, 43 giảm"
_BARE_MOVED_RE = re.compile(r"\s*(?:(?P<up>tang)|(?P<down>giam))\s*(?:[,.;]|va\b|$)")
_COMPARED_RE = re.compile(r"\b(?:so voi|doi chieu|so sanh)\b")
_BRACKETED_LABEL_RE = re.compile(r"(?:nhom [a-d]|loai [a-z ]{2,10})(?:\s*nam ⟨Y\d+⟩)?\s*[\[(]\s*$")  # "loại Tốt [14]"
# the words of a whole before its count: "Số lượng: 30 đơn vị", "tất cả 19 bộ", "tổng hợp kết quả của 33 cơ quan"
# ("tổng cộng", "tổng số" are not: they sum what was just listed, a class's members as well as every unit)
_TOTAL_BEFORE_RE = re.compile(r"\b(?:so luong|tat ca|toan bo|ca bang co|tong hop ket qua cua|ket qua cua "
                              r"tat ca)\s*(?:la|co|:|gom)?\s*$")
# the scores of all the units: "điểm số của 19 bộ, ngành – các bộ, cơ quan ngang bộ – đã …" (the count's noun names
# all the units, and an apposition or a verb follows it, no qualifier)
_SCORES_OF_RE = re.compile(r"\b(?:diem so|diem|chi so cchc|chi so|ket qua) cua\s*$")
_NO_QUALIFIER_RE = re.compile(r"\s*(?:[–(-]\s*cac\b|(?:da|vua|duoc|deu)\b)")
# all the units, assessed: "19 bộ, cơ quan ngang bộ đã được chấm điểm đầy đủ …" (a count of all of them, the verb
# right after its noun)
_ASSESSED_AFTER_RE = re.compile(r"\s*(?:[–(-]\s*cac\b[^–()]*[–)]\s*)?(?:da |vua |deu |cung )*(?:duoc |bi )?"
                                r"(?:cham diem|cho diem|danh gia|xep hang|tham dinh|xac dinh chi so)")
# words that make units some of them, not all: a level, a class, a rise
_LEVEL_WORDS_RE = re.compile(r"\b(?:(?<!bao )cao|thap|tot|kha|kem|yeu|xuat sac|tang|giam|tren|duoi|dat|vuot|nhom|loai)\b")
# the units that took part, before a colon and a bare number: "Bộ, cơ quan ngang bộ tham gia xác định Chỉ số CCHC năm
# 2022: 18"
_TOOK_PART_RE = re.compile(r"\b(?:tham gia|duoc danh gia|duoc xep hang|duoc cham diem)\b[^⟨:;]{0,60}(?:⟨Y\d+⟩)?\s*:\s*$")
# a whole that some units are counted out of: "(trong tổng số 63)", "trên tổng số 19" (a bare "tổng số: 3" may sum
# a list just given)
_OUT_OF_ALL_RE = re.compile(r"\b(?:trong|tren) (?:tong so|so)\s*(?:la\s*)?$")
_COMPARED_YEAR_RE = re.compile(r"\bso voi (?:ket qua )?(?:cua )?nam ⟨Y(\d+)⟩")
_AROUND_RE = re.compile(r"\b(?:muc|gia tri|diem)\s+trung binh\b")
# units that rose or fell, the word right after the count's noun: "18 đơn vị tăng điểm", "46 địa phương “lên”"
_MOVED_AFTER_RE = re.compile(r"\s*(?:co |deu |duoc )?(?:chi so |diem |ket qua |diem so )?[\"“”']?\s*"
                             r"(?:(?P<up>tang|len|tang len|tang diem)|(?P<down>giam|xuong|giam xuong|giam diem))\b")
# units that rose or fell, the word in a column before the count: "Tăng điểm | 7 đơn vị", "Giảm điểm: 12 đơn vị"
_MOVED_BEFORE_RE = re.compile(r"(?:^|[|•–-])\s*(?:(?P<up>tang diem|tang)|(?P<down>giam diem|giam))\s*[|:]\s*$")
# a count that changed ("có thêm 9 địa phương", "bớt 2", "tăng 3"): a change, or a class count, either may fit
_COUNT_CHANGE_RE = re.compile(r"\b(?:them|bot|tang|giam|(?<!tro )len|xuong|voi di|hut|it hon|nhieu hon|chenh)\b")
# the words that share the units assessed out among kinds of units ("tỉnh chiếm 58", "gồm bộ (số lượng: 14)")
_PART_WORDS_RE = re.compile(r"\b(?:chiem|so luong|gom|bao gom|trong do|co cau)\b")
_KIND_BEFORE_RE = re.compile(r"(?P<kind>co quan ngang bo|co quan thuoc chinh phu|bo|thanh pho truc thuoc trung uong|"
                             r"tinh|so, ban, nganh|so, co quan ngang so|so|ubnd cap huyen|ubnd (?:cac )?(?:quan|"
                             r"huyen|thi xa|thanh pho)(?:, (?:quan|huyen|thi xa|thanh pho))*)\s*(?:\(\s*)?"
                             r"(?:so luong\s*:|chiem|:|co|la)\s*$")
# nouns of all the units, not of a kind of them
_WHOLE_NOUN_RE = re.compile(r"(?:bo, nganh|don vi|dia phuong|co quan, don vi|tinh, thanh pho.*|bo, co quan ngang bo|"
                            r"co quan|so, nganh)")
# the word of a change right before a class's count ("tăng 4 địa phương", "có thêm 9", "vắng bớt 2")
_CLASS_CHANGE_RE = re.compile(r"(?:^|[\s:,])(?:(?P<up>tang them|tang|co them|them|nhieu hon)|(?P<down>giam di|giam|"
                              r"vang bot|bot di|bot|thua di|it hon|mat di|(?<!co )(?<!vang )mat))\s*$")
_CHANGE_SPAN = 30  # how far (shape characters) a change word may stand from its figure
_FROM_FIGURE_RE = re.compile(r"⟨[PC]\d+⟩[^⟨]*$")
_OTHER_FIGURE_RE = re.compile(r"⟨[PCKR]\d+⟩")


def read_cues(doc: ParscanDocument, claims: list[Claim], dt: DocText | None = None) -> list[Claim]:
    """A cue-read claim for every stated figure of the prose that none of `claims` covers (`dt`: the sentence
    shapes the frames read, so they are built once)."""
    dt = dt or document_text(doc)
    province = doc_province(doc)
    national = bool(re.search(r"truc thuoc trung uong|bo, co quan ngang bo|63 tinh|cac tinh, thanh\b", dt.folded))
    year = _index_year(dt) or doc.document.year_assessed
    spans = _covered_spans(dt, claims)
    out: list[Claim] = []
    state = _State(year=year, province=province, national=national, index_year=year)
    opening = True
    topic: str | None = None
    question: Sentence | None = None  # a question "Bao nhiêu …?" just before: the sentence after answers it
    for at, sentence in enumerate(dt.sentences):
        if _new_paragraph(dt.text, sentence.start):
            state.year = year or state.year  # as the frames read it: a year named in a paragraph holds there only
            opening = True
        prior = state.year
        _advance(state, sentence)  # the year and the units (scope) the sentences so far speak of
        reader = _Reader(dt, sentence, state)
        told, in_story = _class_story(reader, sentence, dt.sentences[at - 1] if at else None, claims + out)
        if not in_story:
            told, in_story = _rank_story(reader, sentence, topic, claims)
        if not in_story:
            told, in_story = _sum_story(reader, sentence)
        if any(not _carried(dt, sentence.mentions[i].start, sentence.mentions[i].value, claims) for i in in_story):
            out.extend(told)
        for token in _TOKEN_RE.finditer(sentence.shape) if not sentence.shape.rstrip().endswith("?") else ():
            kind, index = token.group(1), token.group(2)
            if kind not in "PCKRX" or not index:
                continue
            mention = sentence.mentions[int(index)]
            if int(index) in in_story or _carried(dt, mention.start, mention.value, claims):
                continue
            if any(a <= mention.start < b for a, b in spans):  # inside a frame's words, but no claim carries it
                claim = _restated(reader, sentence, token, claims + out) if kind == "X" else None
            else:
                claim = _answer(reader, sentence, token, question) if question is not None else None
                if claim is None and _ALONE_RE.fullmatch(sentence.shape) and at + 1 < len(dt.sentences):
                    claim = _named_after(reader, token, dt.sentences[at + 1], state)
                claim = claim or _read(reader, sentence, token, kind, claims + out, prior, topic)
            if claim is not None:
                out.append(claim)
        if not opening and state.year != prior and year and state.year and state.year < year:
            state.year = prior  # "… 13 đơn vị. Năm 2019, con số này là 14. …": an aside, as the frames read it
        years = [sentence.mentions[int(i)].value for i in re.findall(r"⟨Y(\d+)⟩", sentence.shape)]
        if year and state.year and state.year < year and years and years[-1] == year:
            state.year = year  # "Năm 2016 là 81,94%; sang năm 2017, … 84,18%.": the next sentences go on in the last
        topic = _heading_topic(reader, sentence) or (topic if sentence.shape.lstrip()[:1] in "–-•+" else None)
        question = sentence if _HOW_MANY_RE.search(sentence.shape) else None
        opening = False
    return out


def _covered_spans(dt: DocText, claims: list[Claim]) -> list[tuple[int, int]]:
    """Where in the text each frame claim's own words stand (a figure inside them is the frame's)."""
    spans = []
    for c in claims:
        if not c.frame or not c.text or c.evidence is None or c.evidence.line_start is None:
            continue
        line = dt.places.index((c.evidence.page, c.evidence.line_start)) if (c.evidence.page, c.evidence.line_start) \
            in dt.places else 0
        at = dt.text.find(c.text, dt.starts[line])
        if at >= 0:
            spans.append((at, at + len(c.text)))
    return spans


def _figures(c: Claim) -> set[float]:
    values = [c.value, c.previous_value, c.change, c.denominator, *c.parts, *c.between]
    if c.members:
        values.append(len(c.members))
    return {abs(v) for v in values if v is not None}


def _carried(dt: DocText, offset: int, value: float, claims: list[Claim]) -> bool:
    """Is the figure at `offset` one a claim already reads: its value carried by a claim whose evidence holds its
    line?  (A figure inside a frame claim's words that no claim carries is read only as a restated figure.)"""
    line = dt.places[max(0, _line_index(dt, offset))]
    for c in claims:
        ev = c.evidence
        if ev is None or ev.page != line[0] or ev.line_start is None:
            continue
        if ev.line_start <= line[1] <= (ev.line_end or ev.line_start) and abs(value) in _figures(c):
            return True
    return False


# the year of a figure restated for another year: labelled before it ("…, năm 2021 có 44") or after it ("… và 45
# năm 2021"), or the figure in brackets after that year ("vượt năm 2021 (9)")
_RESTATED_BEFORE_RE = re.compile(r"\bnam ⟨Y(\d+)⟩\s*(?:co|la|:|–|-|dat|chi co|con)?\s*\(?\s*$")
_RESTATED_AFTER_RE = re.compile(r"\s*(?:\(\s*)?(?:cua |trong |vao )?nam ⟨Y(\d+)⟩")
_COUNT_TOKEN_RE = re.compile(r"⟨C(\d+)⟩")
_ALONE_RE = re.compile(r"\s*⟨P\d+⟩\s*(?:%|diem)?\s*[!.…]*\s*")  # "91,05 điểm!": a score with no words of its own
_THAT_IS_RE = re.compile(r"\s*(?:do|day|con so nay|con so do|muc diem nay|so diem nay) (?:la|chinh la)\b")
_HOW_MANY_RE = re.compile(r"\bbao nhieu\b[^?]*\?\s*$")
_PART_TOKEN_RE = re.compile(r"⟨[CX](\d+)⟩")  # a part's count, its kind of unit printed before it or after


def _named_after(r: _Reader, token: re.Match, after: Sentence, state: _State) -> Claim | None:
    """A score standing alone ("91,05 điểm!") that the next sentence names ("Đó là điểm số giúp Sở X đứng đầu …"):
    the extreme and the unit that sentence gives it, when it opens on "đó là"/"đây là", names one unit and one
    extreme and states no figure of its own."""
    if not _THAT_IS_RE.match(after.shape) or re.search(r"⟨[PCKRX]\d+⟩", after.shape):
        return None
    named = _Reader(r.dt, after, state).unit_names(0, len(after.shape))
    found = {name for name in ("highest", "lowest") if role(name).search(after.shape)}
    if len(named) != 1 or len(found) != 1 or names_extremes(after.shape):
        return None
    mention = r.s.mentions[int(token.group(2))]
    if token.group(1) != "P" or mention.value < _LOWEST_LEVEL:
        return None
    years = re.findall(r"⟨Y(\d+)⟩", after.shape)
    year = int(after.mentions[int(years[0])].value) if len(years) == 1 else None
    return _claim(r, 0, len(r.s.shape), kind=found.pop(), subject=named[0], value=mention.value,
                  unit=mention.unit or "%", year=year)


def _answer(r: _Reader, s: Sentence, token: re.Match, question: Sentence) -> Claim | None:
    """The answer to a question "Bao nhiêu đơn vị đạt trên 80 điểm?", "Bao nhiêu địa phương thuộc nhóm A?": the
    first count or bare number of the sentence after it ("Con số là 22.", "4, so với 1 của năm 2018") is the count
    the question asks for, of the one bound or the one class it names; None for any other figure or question."""
    shape, q = s.shape, question.shape
    first = _PART_TOKEN_RE.search(shape)
    if first is None or first.start() != token.start() or _band_patterns_in(shape) \
            or any(pattern.search(shape) for pattern, _ in _bounds()):
        return None
    mention = s.mentions[int(token.group(2))]
    if mention.value != int(mention.value) or mention.noun is not None and not _WHOLE_NOUN_RE.fullmatch(mention.noun):
        return None
    if _COUNT_CHANGE_RE.search(q):
        return None  # "bao nhiêu đơn vị tăng điểm?": a change, not a count of a class
    bounds = _distinct_bounds(question, 0, len(q))
    labels = {m.group("label") for pattern, _ in _labels() for m in pattern.finditer(q)}
    cs, ce = clause_bounds(shape, token.start())
    if len(bounds) == 1 and not labels:
        return _claim(r, cs, ce, kind="count", subject="đơn vị", value=mention.value, unit="đơn vị",
                      bounds=_bounds_of(question, bounds[0]), frame="band_count")
    band = _band_before(q, 0, len(q)) if len(labels) == 1 and not bounds else None
    if band is None:
        return None
    return _claim(r, cs, ce, kind="count", subject=band[0], band=band[1], value=mention.value, unit="đơn vị",
                  frame="band_count")


def _restated(r: _Reader, s: Sentence, token: re.Match, known: list[Claim]) -> Claim | None:
    """A bare number that states, for another year, the count of the class a claim just read in its sentence
    ("Năm nay nhóm B có 48 địa phương, năm 2021 có 44", "… nhóm B được ghi nhận là 49 năm 2022 và 45 năm 2021"):
    that class's count in the year that labels it.  Only with one class count before it and no other figure or
    class label between."""
    shape, a, b = s.shape, token.start(), token.end()
    mention = s.mentions[int(token.group(2))]
    if mention.value != int(mention.value):
        return None
    counts = list(_PART_TOKEN_RE.finditer(shape, 0, a))
    if not counts:
        return None
    last = counts[-1]
    between = shape[last.end(): a]
    if re.search(r"⟨[PCKRX]\d+⟩", between) or any(p.search(between) for p, _ in _labels()):
        return None
    before = _RESTATED_BEFORE_RE.search(between)
    after = None if before else _RESTATED_AFTER_RE.match(shape, b)
    if before is None and after is None:
        return None
    year = int(s.mentions[int((before or after).group(1))].value)
    earlier = s.mentions[int(last.group(1))]
    line = r.dt.places[max(0, _line_index(r.dt, earlier.start))]
    classes = [c for c in known if c.kind in ("count", "members") and c.band and c.value == earlier.value
               and c.evidence is not None and c.evidence.page == line[0] and c.evidence.line_start is not None
               and c.evidence.line_start <= line[1] <= (c.evidence.line_end or c.evidence.line_start)]
    if len({(c.band, c.year) for c in classes}) != 1 or classes[0].year == year:
        return None
    c = classes[0]
    cs, ce = clause_bounds(shape, a)
    return _claim(r, cs, ce, kind="count", subject=c.subject, band=c.band, value=mention.value, unit="đơn vị",
                  year=year, frame="band_count", scope=c.scope)


def _line_index(dt: DocText, offset: int) -> int:
    return bisect_right(dt.starts, offset) - 1


def _read(r: _Reader, s: Sentence, token: re.Match, kind: str, known: list[Claim], prior: int | None,
          topic: str | None = None) -> Claim | None:
    """The one role the cues of its clause give the figure of `token`, as a claim; None when they give none
    (`topic`: the one unit a heading sentence just before names, "Thứ hạng của Bộ Y tế" over its list)."""
    shape = s.shape
    mention = s.mentions[int(token.group(2))]
    a, b = token.start(), token.end()
    cs, ce = clause_bounds(shape, a)
    moved = _ARROW_RANKS_RE.search(shape, cs, ce)
    ranks = moved and [moved.group(i) for i in (1, 2, 3, 5) if moved.group(i) is not None]
    if not (moved and token.group(2) in ranks) and (role("not_a_result").search(shape[max(cs, a - 30): a])
                                                    or _MONEY_AFTER_RE.match(shape, b)):
        return None
    if moved and token.group(2) in ranks:  # "giảm 1 bậc (6 → 7/17)", "2 bậc, từ 23 xuống 25/27": the two ranks
        named = r.unit_names(0, moved.start())
        if len(named) != 1 or not r.state.year:
            return None
        earlier = token.group(2) == ranks[0]
        return _claim(r, cs, ce, kind="rank", subject=named[0], value=mention.value, frame="rank",
                      denominator=None if earlier else mention.denominator,
                      year=r.state.year - 1 if earlier else r.state.year)
    labelled = _labelled_rank(r, s, token, cs, topic)
    if labelled is not None:
        return labelled
    if kind in "KR":
        if _NOT_A_RANK_RE.search(shape, max(cs, a - 20), a) or re.match(r"\s*lien tiep", shape[b:]):
            return None  # "năm thứ 3 liên tiếp", "lần thứ hai": an ordinal of years or times, no rank
        if kind == "R" and not _BRACKET_BEFORE_RE.search(shape, cs, a):
            return None  # a ratio ("11/17 bộ") unless it stands in brackets after a unit's name ("Bộ Y tế [7/17]")
        named = r.unit_names(cs, a) or r.unit_names(0, a)  # the clause's unit, else the one its sentence names
        if len(named) != 1:
            return None
        unit = named[0]
        return _claim(r, cs, ce, kind="rank", subject=unit, value=mention.value, denominator=mention.denominator,
                      year=_year_of(r, cs, a, b, prior))
    if kind in "CX":
        parts = _parts(r, s, token, known)
        if parts is not None:
            return parts or None
    if kind == "X" and _TOOK_PART_RE.search(shape, cs, a) and not re.search(r"⟨[PCKRX]\d+⟩", shape[b:ce]) \
            and mention.value == int(mention.value) and not _band_patterns_in(shape[cs:ce]) \
            and not _COUNT_CHANGE_RE.search(shape, cs, ce):
        scope = r.local_scope(a)  # "Bộ, cơ quan ngang bộ tham gia …: 18": the units named before
        if scope in UNIT_SCOPES:
            return _claim(r, cs, ce, kind="total", subject=scope, value=mention.value, unit="đơn vị",
                          frame="population", scope=scope)
    if (kind == "X" or kind == "C" and mention.noun is None) and _OUT_OF_ALL_RE.search(shape, cs, a) \
            and mention.value == int(mention.value):
        scope = r.local_scope(a) or r.state.scope  # "27 địa phương ở phía trên, …, trong tổng số 63": all the units
        if scope in UNIT_SCOPES and not _band_patterns_in(shape[cs:ce]):
            return _claim(r, cs, ce, kind="total", subject=scope, value=mention.value, unit="đơn vị",
                          frame="population", scope=scope)
    restated = _restated(r, s, token, known) if kind == "X" else None
    if restated is not None:
        return restated
    if kind == "X":  # a bare number: a class's count, or the units that rose or fell, in brackets after its label
        direction = _BRACKETED_MOVE_RE.search(shape, cs, a)
        if direction:
            rose = direction.group("down") is None
            return _claim(r, cs, ce, kind="count", subject=f"đơn vị {'tăng' if rose else 'giảm'} điểm",
                          band="tăng" if rose else "giảm", value=mention.value, unit="đơn vị",
                          frame="rose" if rose else "fell")
        moved = _BARE_MOVED_RE.match(shape, b)
        if moved and _COMPARED_RE.search(shape, cs, a) and not re.search(r"⟨[PKR]\d+⟩", shape[cs:ce]) \
                and not _band_patterns_in(shape[cs:ce]) and mention.value == int(mention.value):
            rose = moved.group("down") is None  # "So với năm 2019: 20 tăng, 43 giảm"
            return _claim(r, cs, ce, kind="count", subject=f"đơn vị {'tăng' if rose else 'giảm'} điểm",
                          band="tăng" if rose else "giảm", value=mention.value, unit="đơn vị",
                          frame="rose" if rose else "fell")
        label = _BRACKETED_LABEL_RE.search(shape, cs, a) or _LABEL_VERB_RE.search(shape, cs, a)
        band = _band_before(shape, cs, a) if label else None
        return None if band is None else _claim(r, cs, ce, kind="count", subject=band[0], band=band[1],
                                                value=mention.value, unit="đơn vị", frame="band_count")
    if kind == "C":
        return _count(r, s, token, cs, ce, known)
    if mention.value > 100 or _is_bound(shape, token, cs, ce):
        return None
    if mention.printed.lstrip()[:1] in "+-−" and abs(mention.value) < _LOWEST_LEVEL:
        # a signed figure ("+1,66", "-1,45 điểm") is a change whatever words stand near it
        unit = r.unit_names(cs, ce)
        sign = -1 if mention.printed.lstrip()[:1] in "-−" else 1
        return _change(r, s, token, cs, ce, sign * abs(mention.value), unit[0] if len(unit) == 1 else None, known)
    cue = _nearest_cue(shape, a, b, cs, ce, r)
    units = r.unit_names(cs, ce)
    if len(units) > 1:
        return None  # two units in one clause: a comparison, whose figures more than one role would fit
    unit = units[0] if units else None
    # a difference of two percentages ("điểm phần trăm"), or a figure too small to be a PAR result: never a level
    points = mention.unit == "điểm phần trăm" or mention.value < _LOWEST_LEVEL
    if cue is None or cue[0] in ("highest", "lowest") and names_extremes(shape[cs:ce]):
        if names_extremes(shape[cs:ce]):
            return _claim(r, cs, ce, kind="gap", value=mention.value, unit=mention.unit or "%")
        if unit is None and not points and len(re.findall(r"⟨P\d+⟩", shape[cs:ce])) == 1:
            carried = _extreme_before(r, shape, cs)
            if carried is not None:  # "Xếp hạng cao nhất là Bộ Công Thương; điểm đạt được 93,14%"
                return _claim(r, cs, ce, kind=carried[0], subject=carried[1], value=mention.value,
                              unit=mention.unit or "%", year=_year_of(r, cs, a, b, prior))
        if unit is None or points or len(re.findall(r"⟨P\d+⟩", shape[cs:ce])) > 1:
            return None  # a unit's level only where it is the clause's one score (two are compared or paired)
        return _claim(r, cs, ce, kind="value", subject=unit, value=mention.value, unit=mention.unit or "%",
                      year=_year_of(r, cs, a, b, prior))
    what, sign = cue
    if what == "change" and mention.value >= _LOWEST_LEVEL:
        return None  # a level reached ("… → 87,57% (2021), tăng …"), not the change
    if what == "change":
        return _change(r, s, token, cs, ce, sign * mention.value, unit, known)
    if points and what != "gap":
        return None
    year = _year_of(r, cs, a, b, prior)
    if what in ("highest", "lowest"):
        return _claim(r, cs, ce, kind=what, subject=unit, value=mention.value, unit=mention.unit or "%", year=year)
    return _claim(r, cs, ce, kind=what, value=mention.value, unit=mention.unit or "%", year=year)


def _year_of(r: _Reader, cs: int, a: int, b: int, prior: int | None) -> int | None:
    """The year a figure at shape span [a, b) is of: the year it is compared with when the clause compares it
    ("so với năm 2017 (trung bình 85,02 điểm)", "năm trước"), the year labelling it ("(năm 2021: 81,63%)"),
    else the clause's year (`clause_year`), else the sentence's when it names it before the figure, else the
    year of the sentences before (`prior`: "… vị trí 7/19 (năm 2018: 11)" is this year's rank)."""
    figures = list(_OTHER_FIGURE_RE.finditer(r.shape, cs, a))
    before = r.shape[figures[-1].end() if figures else cs: a]  # the words since the figure before it
    compared = list(_COMPARED_YEAR_RE.finditer(before))
    if compared:
        return int(r.s.mentions[int(compared[-1].group(1))].value)
    if _cue("previous_year_words").search(before) and r.state.year:
        return r.state.year - 1
    labelled = _YEAR_LABEL_RE.search(before)
    if labelled:
        return int(r.s.mentions[int(labelled.group(1))].value)
    after = _YEAR_AFTER_RE.match(r.shape, b)
    if after:  # "80,76% (2020)", "vị trí thứ 16 của năm trước"
        if after.group(1) is not None:
            return int(r.s.mentions[int(after.group(1))].value)
        return r.state.year - 1 if r.state.year else None
    named_before = re.search(r"⟨Y\d+⟩", r.shape[:a]) is not None
    return clause_year(r, cs, a, b) or (r.state.year if named_before else prior)


def _change(r: _Reader, s: Sentence, token: re.Match, cs: int, ce: int, change: float, unit: str | None,
            known: list[Claim]) -> Claim:
    """A change: of the unit its sentence names, or of the average when the sentence speaks of the average.

    The change is stated with this year's level where the text states that level (a claim already read): the
    claim carries it, so the audit compares level − last year's level with the change."""
    a = token.start()
    subject = unit or r.unit_name(0, a)
    average = subject is None and bool(role("average").search(s.shape, 0, a))
    year = clause_year(r, cs, a, token.end()) or r.state.year
    if subject is None and not average:
        return _claim(r, cs, ce, kind="delta", value=change, change=change, year=year)
    after = _COMPARED_YEAR_RE.search(s.shape, token.end(), ce)
    since = None  # "tăng 12,18% so với năm 2012": the change since that year, not since last year
    if after is not None and not _OTHER_FIGURE_RE.search(s.shape, token.end(), after.start()):
        since = int(s.mentions[int(after.group(1))].value)
    levels = {c.value for c in known if c.value is not None and c.year == year and not c.field and c.reading == "frame"
              and (c.kind == "average" if average else c.kind in ("value", "highest", "lowest") and c.subject == subject)}
    if len(levels) != 1:
        return _claim(r, cs, ce, kind="delta", subject=subject, value=change, change=change, year=year)
    return _claim(r, cs, ce, kind="average" if average else "value", subject=subject, value=levels.pop(),
                  change=change, year=year, previous_year=since)


def _claim(r: _Reader, cs: int, ce: int, **kw) -> Claim:
    kw.setdefault("frame", "cue")  # the frame name a check keys on, where one does ("band_count", "rose")
    claim = r.add(cs, cs, ce, reading="cue", **kw)
    r.claims.clear()  # the reader only builds it: the cue reading keeps its own list
    return claim


def _is_bound(shape: str, token: re.Match, cs: int, ce: int) -> bool:
    """Is the score a class bound or a threshold ("trên 80%", "từ 70% đến dưới 80%", "ngưỡng 80%")?"""
    for pattern, _ in _bounds():
        for m in pattern.finditer(shape, cs, ce):
            if any(m.group(g) == token.group(2) and m.start(g) - 2 <= token.start() <= m.end(g) for g in
                   ("low", "high") if g in pattern.groupindex and m.group(g) is not None):
                return True
    return False


def _nearest_cue(shape: str, a: int, b: int, cs: int, ce: int, r: _Reader | None = None) -> tuple[str, int] | None:
    """The role the nearest cue of the clause gives the figure at [a, b), and the sign of a change.

    A cue counts only when no other figure stands between it and this one (that figure is the one it
    names); a change word counts only near its figure ("tăng 1,61", "1,18 điểm theo chiều tăng")."""
    best: tuple[int, int, str, int] | None = None
    for rank, (name, source) in enumerate(_SCORE_CUES):
        for m in (role(name) if source == "role" else _cue(name)).finditer(shape, cs, ce):
            if not _bounded(shape, m.start(), m.end()) or r is not None and _in_a_name(r, m.start()):
                continue
            if m.end() <= a:
                between, distance = shape[m.end(): a], a - m.end()
            elif m.start() >= b:
                between, distance = shape[b: m.start()], m.start() - b + 5  # a cue before its figure is the usual
            else:
                continue
            if _OTHER_FIGURE_RE.search(between):
                continue
            what = _ROLE_OF_CUE[name]
            if what == "change" and (distance > _CHANGE_SPAN or _FROM_FIGURE_RE.search(shape, max(cs, m.start() - 14),
                                                                                       m.start())):
                continue  # too far to be its figure's, or "từ 82,10% lên 84,02%": a level reached, no change
            if best is None or (distance, rank) < (best[0], best[1]):
                best = (distance, rank, what, -1 if name == "down" else 1)
    return (best[2], best[3]) if best else None


def _in_a_name(r: _Reader, at: int) -> bool:
    """Is the cue word at shape position `at` printed with a capital inside its sentence, or before another
    capitalised word, so a word of a unit's name ("Hà" of "Hà Giang" is no "hạ", a fall)?"""
    text, offset = r.dt.text, r.s.at(at)
    if not text[offset: offset + 1].isupper():
        return False
    before = text[r.s.start: offset].rstrip()
    after = re.match(r"\w+\s+(\w)", text[offset: r.s.end])  # "Hà Giang" opening its sentence: the next word too
    return bool(before) and before[-1] not in ".:;!?–-\"“(•+" or bool(after and after.group(1).isupper())


def _bounded(shape: str, start: int, end: int) -> bool:
    """A cue is a whole word run, not the inside of another word ("tang" of "tầng")."""
    return (start == 0 or not shape[start - 1].isalnum()) and (end >= len(shape) or not shape[end].isalnum())


def _count(r: _Reader, s: Sentence, token: re.Match, cs: int, ce: int, known: list[Claim]) -> Claim | None:
    """A count: ballots; a rank move ("tăng 3 bậc"); the units that rose or fell ("18 đơn vị tăng điểm"); the
    units of a class named in its clause ("nhóm A có 5 địa phương", "5 địa phương thuộc nhóm A")."""
    mention = s.mentions[int(token.group(2))]
    shape = s.shape
    if mention.scope == "ballots":
        return _claim(r, cs, ce, kind="survey_count", value=mention.value, unit="phiếu")
    if mention.scope == "rank":
        cue = _nearest_cue(shape, token.start(), token.end(), cs, ce, r) or _rank_direction(shape, token, cs, ce)
        unit = r.unit_name(cs, token.start())
        if cue is None or cue[0] != "change" or unit is None:
            return None
        return _claim(r, cs, ce, kind="rank_move", subject=unit, value=cue[1] * mention.value,
                      change=cue[1] * mention.value, frame="rank_move")
    if mention.noun is None or mention.scope in ("groups", "fields"):
        return None
    if _cue("above_average").search(shape, cs, ce) or _cue("below_average").search(shape, cs, ce):
        return None  # a count above the average: that average's, or a class's, more than one role fits
    after_noun = _past_noun(shape, token.end(), mention.noun)
    of_all = (_SCORES_OF_RE.search(shape, cs, token.start()) and _NO_QUALIFIER_RE.match(shape, after_noun)
              or _ASSESSED_AFTER_RE.match(shape, after_noun)) and _WHOLE_NOUN_RE.fullmatch(mention.noun) \
        and not any(role(name).search(shape, cs, ce) for name in ("highest", "lowest", "average")) \
        and not _LEVEL_WORDS_RE.search(shape, cs, ce)
    if mention.scope in UNIT_SCOPES and (_TOTAL_BEFORE_RE.search(shape, cs, token.start()) or of_all) \
            and not _band_patterns_in(shape) and not _COUNT_CHANGE_RE.search(shape) \
            and not any(pattern.search(shape, cs, ce) for pattern, _ in _bounds()):  # (a sentence of a class: its count)
        return _claim(r, cs, ce, kind="total", subject=mention.noun, value=mention.value, unit="đơn vị",
                      frame="population", scope=mention.scope)
    bounds = _distinct_bounds(s, cs, ce)
    if bounds:
        if len(bounds) > 1 or _band_patterns_in(shape[cs:ce]) or _COUNT_CHANGE_RE.search(shape, cs, ce):
            return None
        apart = shape[min(token.end(), bounds[0].end()): max(token.start(), bounds[0].start())]
        if _COUNT_TOKEN_RE.search(apart) or _LIST_OPENS_RE.search(apart) or re.search(r"\btrong do\b", apart):
            return None  # "có 30 đơn vị, trong đó: 2 đơn vị đạt từ 90 điểm trở lên": the bound is another count's
        return _claim(r, cs, ce, kind="count", subject=mention.noun, value=mention.value, unit="đơn vị",
                      bounds=_bounds_of(s, bounds[0]), frame="band_count")
    band = _band_near(shape, cs, ce, token)
    if band is not None:
        moved_by = _CLASS_CHANGE_RE.search(shape, max(cs, token.start() - 16), token.start())
        if moved_by is not None:  # "Nhóm B rộng cửa hơn năm ngoái: tăng 4 địa phương": the class's count changed
            return _class_change(r, cs, ce, band, mention.value * (1 if moved_by.group("up") else -1), known)
        if _COUNT_CHANGE_RE.search(shape, cs, ce) or _moves(shape[cs:ce]):
            return None  # a class's count that changed: the count, or the change, either may fit
        return _claim(r, cs, ce, kind="count", subject=band[0], band=band[1], value=mention.value, unit="đơn vị",
                      frame="band_count")
    moved = _MOVED_AFTER_RE.match(shape, _past_noun(shape, token.end(), mention.noun)) \
        or _MOVED_BEFORE_RE.search(shape, cs, token.start())
    if moved is None or _band_patterns_in(shape[cs:ce]):
        return None
    rose = moved.group("down") is None
    return _claim(r, cs, ce, kind="count", subject=f"đơn vị {'tăng' if rose else 'giảm'} điểm",
                  band="tăng" if rose else "giảm", value=mention.value, unit="đơn vị", frame="rose" if rose else "fell")


def _parts(r: _Reader, s: Sentence, token: re.Match, known: list[Claim]) -> Claim | list | None:
    """The parts of the units assessed, each counted with its own kind of unit ("Tỉnh chiếm 58, thành phố trực
    thuộc Trung ương chiếm 5", "… gồm cơ quan ngang bộ (số lượng: 4) và bộ (số lượng: 14)"), in a sentence that
    names no whole: one claim, the parts of the total of units the text states for the year (where it states one),
    made at the first part; [] for the other parts, None where the sentence is not such a statement."""
    shape = s.shape
    if not _PART_WORDS_RE.search(shape):
        return None
    counts = list(_PART_TOKEN_RE.finditer(shape))
    kinds = [_kind_of_part(shape, m, s.mentions[int(m.group(1))], counts) for m in counts]
    if len(counts) < 2 or None in kinds or len(set(kinds)) != len(kinds) or _band_patterns_in(shape) \
            or _COUNT_CHANGE_RE.search(shape) or _RANK_WORDS_RE.search(shape) or re.search(r"⟨[PKR]\d+⟩", shape) \
            or any(m for pattern, _ in _bounds() for m in [pattern.search(shape)] if m):
        return None
    if token.start() != counts[0].start():
        return []
    year = r.state.year
    totals = {c.value for c in known if c.kind == "total" and c.unit == "đơn vị" and c.year == year
              and c.value is not None and not c.parts}
    if len(totals) != 1:
        return []
    values = [s.mentions[int(m.group(1))].value for m in counts]
    return _claim(r, 0, len(shape), kind="total", subject="đơn vị", value=totals.pop(), parts=values,
                  unit="đơn vị", frame="parts")


def _kind_of_part(shape: str, m: re.Match, mention, counts: list[re.Match]) -> str | None:
    """The kind of unit a count counts, as a part of all the units ("bộ", "cơ quan ngang bộ", "tỉnh"): its noun,
    or the kind named right before it ("cơ quan ngang bộ (số lượng: 4)", "thành phố … chiếm 5"); None for a whole ("bộ, ngành", "đơn
    vị") or no kind."""
    noun = mention.noun if mention.kind == "C" else None
    if noun is None:
        before = [c.end() for c in counts if c.end() <= m.start()]
        named = _KIND_BEFORE_RE.search(shape, before[-1] if before else 0, m.start())
        noun = named.group("kind") if named else None
    if noun is None or _WHOLE_NOUN_RE.fullmatch(noun):
        return None
    return noun


def _class_change(r: _Reader, cs: int, ce: int, band: tuple[str, str], change: float,
                  known: list[Claim]) -> Claim | None:
    """The change of a class's count, stated with the class's count this year where one claim reads it (the
    audit compares that count − last year's with the change); None where none or two do."""
    year = r.state.year
    counts = {c.value for c in known if c.kind in ("count", "members") and c.band and c.year == year
              and c.value is not None and fold_text(c.band).lower() == fold_text(band[1]).lower()}
    if len(counts) != 1:
        return None
    return _claim(r, cs, ce, kind="count", subject=band[0], band=band[1], value=counts.pop(), change=change,
                  unit="đơn vị", frame="band_count")


def _moves(clause: str) -> bool:
    """The catalogue's words of a rise or a fall in a clause ("nhóm B thu hẹp 1 bộ", "mở rộng thêm"), not the "trở
    lên" of a class's bound."""
    clause = clause.replace("tro len", "tro_ln")
    return bool(_cue("up").search(clause) or _cue("down").search(clause))


def _past_noun(shape: str, at: int, noun: str) -> int:
    """Where the count noun right after a count ends ("⟨C1⟩ dia phuong …")."""
    m = re.compile(rf"\s*{re.escape(noun)}").match(shape, at)
    return m.end() if m else at


def _distinct_bounds(s: Sentence, cs: int, ce: int) -> list[re.Match]:
    """The bounds of the clause, one per bound printed ("vượt mốc 85%" is read by two patterns: one bound)."""
    found: dict[tuple, re.Match] = {}
    for pattern, _ in _bounds():
        m = pattern.search(s.shape, cs, ce)
        if m:
            found.setdefault(_bounds_of(s, m), m)
    return list(found.values())


def _bounds_of(s: Sentence, m: re.Match) -> tuple[float | None, float | None]:
    """[low, high) of a class bound as printed ("từ 80% trở lên": [80, None))."""
    low = s.mentions[int(m.group("low"))].value if "low" in m.re.groupindex and m.group("low") else None
    high = s.mentions[int(m.group("high"))].value if "high" in m.re.groupindex and m.group("high") else None
    return low, high


def _labels() -> list[tuple[re.Pattern, str]]:
    """The catalogue's class labels, and the same labels in quotation marks."""
    return [*_bands(), (_QUOTED_LABEL_RE, "classes")]


def _band_patterns_in(text: str) -> bool:
    return any(pattern.search(text) for pattern, _ in _labels())


def _band_near(shape: str, cs: int, ce: int, token: re.Match) -> tuple[str, str] | None:
    """The class label of a count in its clause, on the side the clause puts its labels: after the counts when
    its first label follows its first count ("5 địa phương thuộc nhóm A; 49 … nhóm B và 9 … nhóm C"), else
    before them ("nhóm A có 5 địa phương"); with no figure between."""
    labels = sorted((m.start(), m.end(), m.group("label"), family) for pattern, family in _labels()
                    for m in pattern.finditer(shape, cs, ce) if not _the_average(shape, cs, m))
    counts = [m.start() for m in re.finditer(r"⟨C\d+⟩", shape[cs:ce])]
    if not labels or not counts:
        return None
    if labels[0][0] > cs + counts[0]:
        after = [x for x in labels if x[0] >= token.end() and not _OTHER_FIGURE_RE.search(shape, token.end(), x[0])
                 and x[0] - token.end() <= 45 and not _LIST_OPENS_RE.search(shape, token.end(), x[0])]
        return (after[0][2], printed_band(after[0][2], after[0][3])) if after else None
    return _band_before(shape, cs, token.start())


def _band_before(shape: str, cs: int, at: int) -> tuple[str, str] | None:
    """The class label nearest before `at` in its clause (folded, as printed), with no figure between."""
    found = [(m.end(), m.group("label"), family) for pattern, family in _labels()
             for m in pattern.finditer(shape, cs, at)
             if not _OTHER_FIGURE_RE.search(shape, m.end(), at) and not _the_average(shape, cs, m)]
    if not found:
        return None
    _, label, family = max(found)
    return label, printed_band(label, family)


def _the_average(shape: str, cs: int, m: re.Match) -> bool:
    """Is a class label "trung bình" the average instead ("vượt qua mức trung bình", "mức trung bình")?"""
    return m.group("label") == "trung binh" and bool(_AROUND_RE.search(shape, max(cs, m.start() - 12), m.end()))


def _rank_direction(shape: str, token: re.Match, cs: int, ce: int) -> tuple[str, int] | None:
    """The direction of a move of ranks from the words of ranks in its clause: "màn xuống hạng của …: 2 bậc" before
    it, or the ranks it joins after it ("2 bậc, từ 23 xuống 25"); None when they name none or both."""
    found = {1 if m.group("up") else -1 for m in _RANK_DIRECTION_RE.finditer(shape, cs, token.start())}
    moved = _ARROW_RANKS_RE.search(shape, token.end(), ce)
    if moved is not None and moved.group("dir") and moved.start() - token.end() <= 8:
        found.add(1 if moved.group("dir") == "len" else -1)
    return ("change", found.pop()) if len(found) == 1 else None


def _heading_topic(r: _Reader, s: Sentence) -> str | None:
    """The one unit a sentence with no figure names, when it speaks of ranks ("Thứ hạng của Lạng Sơn"): the list
    right after it ("– Năm nay: 12/63") is that unit's."""
    if _OTHER_FIGURE_RE.search(s.shape) or re.search(r"⟨X\d+⟩", s.shape) or not _RANK_WORDS_RE.search(s.shape):
        return None
    named = r.unit_names(0, len(s.shape))
    return named[0] if len(named) == 1 and _printed_as_named(r, named[0]) else None


def _printed_as_named(r: _Reader, name: str) -> bool:
    """Is the unit's registry name printed in the sentence (its last two words), not only a near match of
    another ("Phú Yên" found as "thành phố Phúc Yên")?"""
    tail = " ".join(fold_text(name).lower().split()[-2:])
    return tail in fold_text(r.s.text).lower()


def _labelled_rank(r: _Reader, s: Sentence, token: re.Match, cs: int, topic: str | None) -> Claim | None:
    """A figure labelled by a year in a sentence about one unit's rank ("Vị trí xếp hạng của Bộ Y tế: năm 2021 –
    16; năm 2022 – 14/17", "rớt 3 bậc (5 năm 2017; 8/17 năm 2018)", a list under "Thứ hạng của Lạng Sơn": "– Năm
    nay: 12/63"): that unit's rank in that year.  A score or a count of units is never a rank."""
    shape, a, b = s.shape, token.start(), token.end()
    mention = s.mentions[int(token.group(2))]
    if token.group(1) not in "KRXC" or token.group(1) == "C" and mention.noun is not None \
            or mention.value != int(mention.value) or mention.value < 1:
        return None
    if mention.denominator is not None and mention.value > mention.denominator:
        return None
    before = _RANK_YEAR_BEFORE_RE.search(shape, max(cs, a - 24), a)
    after = None if before else _RANK_YEAR_AFTER_RE.match(shape, b)
    if before is None and after is None:
        return None
    named = r.unit_names(0, len(shape))
    if named:
        if len(named) != 1 or not _RANK_WORDS_RE.search(shape) or not _printed_as_named(r, named[0]):
            return None
        unit = named[0]
    elif topic is not None and shape.lstrip()[:1] in "–-•+":
        unit = topic
    else:
        return None
    if after is not None:
        year = int(s.mentions[int(after.group(1))].value)
    elif before.group("y") is not None:
        year = int(s.mentions[int(before.group("y"))].value)
    elif r.state.year:
        year = r.state.year if before.group("now") else r.state.year - 1
    else:
        return None
    return _claim(r, cs, clause_bounds(shape, a)[1], kind="rank", subject=unit, value=mention.value,
                  denominator=mention.denominator, year=year, frame="rank")


def _extreme_before(r: _Reader, shape: str, cs: int) -> tuple[str, str] | None:
    """The extreme and its unit that the clauses of the sentence before this one name with no score of their own
    ("Xếp hạng cao nhất là Bộ Công Thương; điểm đạt được 93,14%"): the score is that unit's."""
    if cs == 0 or re.search(r"⟨[PX]\d+⟩", shape[:cs]) or names_extremes(shape[:cs]):
        return None
    named = r.unit_names(0, cs)
    found = {name for name in ("highest", "lowest") if role(name).search(shape, 0, cs)}
    if len(named) != 1 or len(found) != 1:
        return None
    return found.pop(), named[0]


# ---- a class's count told with last year's and the change (session 16) ----
# the figure's role in a sentence that tells one class's count: last year's, this year's, or the change, each
# from the words right around it.  Years: "năm ngoái", "năm trước" or an earlier year label last year's; "năm
# nay", the year reported, "còn", "thành", the end of "từ … lên/xuống …" or of an arrow this year's
_STORY_PREV_BEFORE_RE = re.compile(r"(?:\b(?:nam ngoai|nam truoc|ky truoc)|\bnam ⟨Y(?P<y>\d+)⟩)\s*(?:\b(?:la|co|chi co|"
                                   r"voi|dat|ghi nhan)\b|[:,–-])?\s*[\[(]?\s*$")
_STORY_PREV_AFTER_RE = re.compile(r"\s*[\])]?\s*(?:→|->)|\s*(?:[\[(]\s*)?(?:cua |trong |vao )?(?:nam ngoai|nam truoc)\b"
                                  r"|\s*[\[(]\s*nam ⟨Y(?P<y>\d+)⟩\s*[\])]")
_STORY_FROM_RE = re.compile(r"\btu\s*$")
_STORY_TO_AFTER_RE = re.compile(r"\s*(?:len|xuong)\s*(?:muc\s*)?⟨[CX]\d+⟩")
_STORY_CUR_BEFORE_RE = re.compile(r"(?:\b(?:nam nay|hien nay)|\bnam ⟨Y(?P<y>\d+)⟩|\b(?:chi )?con\b|\bthanh|→|->|"
                                  r"⟨[CX]\d+⟩[^⟨]{0,16}\b(?:len|xuong))\s*(?:\b(?:la|co|chi con|chi co)\b|[:,–-])?"
                                  r"\s*[\[(]?\s*$")
# a change word right before the figure, last year's figure in brackets allowed between ("nhiều hơn năm ngoái
# (2) 1 địa phương", "tăng (2)", "mất đi 8")
_STORY_CHANGE_BEFORE_RE = re.compile(r"(?:(?P<up>\b(?:tang them|tang|them|nhieu hon|mo rong them|dong hon))|(?P<down>"
                                     r"\b(?:giam di|giam|bot di|bot|mat di|mat|it hon|thu hep))|(?P<neutral>\b(?:"
                                     r"chenh lech|chenh|thay doi)))\s*(?:(?:so voi )?(?:nam ngoai|nam truoc)\s*(?:[\[(]"
                                     r"\s*⟨[CX]\d+⟩[^)\]]{0,20}[)\]])?)?\s*(?:la|:|–)?\s*[\[(]?\s*$")
_STORY_UP_RE = re.compile(r"\b(?:tang|nhieu hon|vuot|dong hon|mo rong|them|cao hon)\b")
_STORY_DOWN_RE = re.compile(r"\b(?:giam|it hon|chua bang|thu hep|mat|bot|vang|thap hon|khong bang)\b")


def _class_story(r: _Reader, s: Sentence, before: Sentence | None,
                 known: list[Claim]) -> tuple[list[Claim], set[int]]:
    """A sentence that tells one class's count with last year's count and the change ("Năm nay nhóm C mất đi 8
    địa phương, còn 12; năm ngoái là 20", "nhóm A: 3 → 2 (-1)", "Tăng 2 bộ, ngành: từ 1 lên 3" after "Nhóm A đông
    hơn năm ngoái?"): each count's role from the words right around it, the class the one the sentence names (or,
    naming none, the one the sentence before it names).  Returns the claims and the mention indices of the story's
    figures; nothing when the sentence is no such story (a figure without a role, two with one role, a score, a
    rank, a bound, a unit named before its last figure, two classes)."""
    shape, none = s.shape, ([], set())
    tokens = list(re.finditer(r"⟨([CX])(\d+)⟩", shape))
    if not tokens or len(tokens) > 3 or re.search(r"⟨[PKR]\d+⟩", shape) \
            or any(p.search(shape) for p, _ in _bounds()) or r.unit_names(0, tokens[-1].end()):
        return none
    band = _one_class(shape)
    carried = band is None
    if carried:
        if before is None or re.search(r"⟨[PKR]\d+⟩", before.shape) or len(before.shape) > 160:
            return none
        band = _one_class(before.shape)
    if band is None or band is False:
        return none
    base = r.state.index_year or r.state.year
    if not base:
        return none
    roles: dict[str, tuple[int, float]] = {}
    unassigned = []
    for m in tokens:
        mention = s.mentions[int(m.group(2))]
        if mention.value != int(mention.value) or mention.scope in ("ballots", "rank", "groups", "fields") \
                or mention.noun is not None and not _WHOLE_NOUN_RE.fullmatch(mention.noun):
            return none
        found = _story_role(s, m, base)
        if found is None:
            unassigned.append(m)
            continue
        what = found[0]
        if what in roles or what == "bad" or what == "change" and "change0" in roles or what == "change0" and (
                "change" in roles):
            return none
        roles[what] = (int(m.group(2)), *found[1:])
    if unassigned:
        if len(unassigned) > 1 or "cur" in roles or not ("prev" in roles and ("change" in roles or "change0" in roles)):
            return none
        this_year = re.search(r"\bnam nay\b", shape) or before is not None and re.search(r"\bnam nay\b", before.shape)
        if not this_year:
            return none
        m = unassigned[0]
        roles["cur"] = (int(m.group(2)), s.mentions[int(m.group(2))].value)  # "– 2, nhiều hơn năm ngoái (1) 1 …"
    if "change0" in roles:
        direction = _story_direction(shape, before.shape if carried and before is not None else "")
        if direction is None:
            return none
        at = roles.pop("change0")[0]
        roles["change"] = (at, direction * abs(s.mentions[at].value))
    cs, ce = 0, len(shape)
    kw = dict(subject=band[0], band=band[1], unit="đơn vị", frame="band_count")
    cur, prev, change = (roles.get(k, (None, None))[1] for k in ("cur", "prev", "change"))
    prev_year = roles["prev"][2] if "prev" in roles and len(roles["prev"]) > 2 else base - 1
    claims: list[Claim] = []
    if cur is not None and change is not None:
        claims.append(_claim(r, cs, ce, value=cur, change=change, previous_value=prev, year=base, kind="count",
                             previous_year=prev_year if prev is not None and prev_year != base - 1 else None, **kw))
    elif cur is not None:
        claims.append(_claim(r, cs, ce, value=cur, year=base, kind="count", **kw))
        if prev is not None:
            claims.append(_claim(r, cs, ce, value=prev, year=prev_year, kind="count", **kw))
    elif change is not None:
        counts = {c.value for c in known if c.kind in ("count", "members") and c.band and c.year == base
                  and c.value is not None and fold_text(c.band).lower() == fold_text(band[1]).lower()}
        if len(counts) != 1:
            return none
        claims.append(_claim(r, cs, ce, value=counts.pop(), change=change, previous_value=prev, year=base,
                             previous_year=prev_year if prev is not None and prev_year != base - 1 else None,
                             kind="count", **kw))
    elif prev is not None:
        claims.append(_claim(r, cs, ce, value=prev, year=prev_year, kind="count", **kw))
    return claims, {i for i, *_ in roles.values()}


def _one_class(shape: str) -> tuple[str, str] | None | bool:
    """The one class label a shape names (folded, as printed); None for none, False for two."""
    found = {(m.group("label"), family) for pattern, family in _labels() for m in pattern.finditer(shape)
             if not _the_average(shape, 0, m)}
    if not found:
        return None
    if len({label for label, _ in found}) != 1:
        return False
    label, family = sorted(found)[0]
    return label, printed_band(label, family)


def _story_role(s: Sentence, m: re.Match, base: int) -> tuple | None:
    """The role the words right around one count give it in a class's story: ("prev", value[, year]), ("cur",
    value), ("change", signed value, 0 for a change word with no direction); None for none, ("bad",) for a
    year label that is neither last year nor this."""
    shape, a, b = s.shape, m.start(), m.end()
    mention = s.mentions[int(m.group(2))]
    value = abs(mention.value)
    after_at = _past_noun(shape, b, mention.noun) if mention.noun else b
    window = shape[max(0, a - 60): a]
    if re.search(r"(?:nam ngoai|nam truoc)\s*[\[(]\s*$", window):
        return "prev", value  # "nhiều hơn năm ngoái (2)": last year's, the change word is the next figure's
    change = _STORY_CHANGE_BEFORE_RE.search(window)
    if change:
        if not change.group("up") and not change.group("down"):
            return ("change0",)
        return "change", (1 if change.group("up") else -1) * value
    if mention.printed.lstrip()[:1] in "+-−" and re.search(r"[\[(]\s*$", window):
        return "change", (-1 if mention.printed.lstrip()[:1] in "-−" else 1) * value  # "3 → 2 (-1)"
    if _STORY_FROM_RE.search(window) and _STORY_TO_AFTER_RE.match(shape, after_at):
        return "prev", value
    prev = _STORY_PREV_BEFORE_RE.search(window) or _STORY_PREV_AFTER_RE.match(shape, after_at)
    cur = _STORY_CUR_BEFORE_RE.search(window)
    labelled = next((m.group("y") for m in (prev, cur) if m is not None and m.group("y") is not None), None)
    if labelled is not None:  # a year label: last year's or this year's figure by the year it names
        year = int(s.mentions[int(labelled)].value)
        return ("prev", value, year) if year < base else ("cur", value) if year == base else ("bad",)
    if prev and cur:
        return ("bad",)
    return ("prev", value) if prev else ("cur", value) if cur else None


def _story_direction(shape: str, before: str) -> int | None:
    """The direction of a change word that names none ("chênh 8 địa phương") from the sentence's words of a rise
    or a fall ("vượt năm ngoái", "chưa bằng"): one family only."""
    found = {1 for _ in _STORY_UP_RE.finditer(shape + " " + before)} | {-1 for _ in _STORY_DOWN_RE.finditer(shape + " " + before)}
    return found.pop() if len(found) == 1 else None


# ---- a unit's rank told with last year's and the move (session 16) ----
# the year label of a rank: "năm 2021 (hạng 39)", "năm 2020 là 15", "hạng 2018: 26/63" (a year printed where a rank
# would stand, then a colon), "thứ hạng 46 của năm ngoái"; "từ vị trí 24" last year's, "lên vị trí 4" this year's
_RANKED_YEAR_BEFORE_RE = re.compile(r"(?:\bnam ⟨Y(?P<y>\d+)⟩|\b(?P<now>nam nay)|\b(?P<last>nam ngoai|nam truoc)|"
                                    r"\bhang ⟨[KY](?P<k>\d+)⟩\s*:)\s*(?:\(?\s*(?:hang|thu|vi tri)\s*|\b(?:la|xep thu|"
                                    r"dung thu|o vi tri|giu vi tri|vi tri)\b|[:,–-])*\s*\(?\s*$")
_RANKED_YEAR_AFTER_RE = re.compile(r"\s*(?:\(\s*)?(?:cua |trong |vao )?(?:nam ⟨Y(?P<y>\d+)⟩|(?P<now>nam nay)|"
                                   r"(?P<last>nam ngoai|nam truoc))")
_YEAR_AS_RANK_RE = re.compile(r"\bhang ⟨[KY](\d+)⟩\s*:")  # (the shape writes a year label as a year)
_RANKED_FROM_RE = re.compile(r"\btu (?:vi tri |hang |thu )?(?:thu )?$")
_RANKED_TO_RE = re.compile(r"\b(?:len|xuong) (?:vi tri |hang |thu )?(?:thu )?$")
_MOVE_UP_EXTRA_RE = re.compile(r"\bhon\b")
_MOVE_DOWN_EXTRA_RE = re.compile(r"\b(?:kem|chua giu duoc|khong giu duoc)\b")  # ("sau" may be "after")


def _rank_story(r: _Reader, s: Sentence, topic: str | None, frames: list[Claim]) -> tuple[list[Claim], set[int]]:
    """A sentence that tells one unit's rank this year, last year's and the places it moved ("Năm nay Long An giữ
    vị trí 29/63 – hơn năm 2020 (hạng 39) đúng 10 bậc", "Hạng 2017: 12 | hạng 2018: 26/63 | -14 bậc" under
    "Thứ hạng của Hà Giang"): each rank's year from the words right around it (a year label, "từ"/"lên"), the
    move's direction from its sign or the sentence's one family of move words; the unit the one the sentence
    names, or the heading's just before.  Returns the claims and the mention indices of the story's figures;
    nothing when the sentence is no such story (a score, a rank without a year, two of one year, a move with no
    direction or no unit)."""
    shape, none = s.shape, ([], set())
    if re.search(r"⟨P\d+⟩", shape) or not (_RANK_WORDS_RE.search(shape) or _YEAR_AS_RANK_RE.search(shape)):
        return none
    base = r.state.index_year or r.state.year
    named = r.unit_names(0, len(shape))
    if len(named) == 1 and _printed_as_named(r, named[0]):
        unit = named[0]
    elif not named and topic is not None:
        unit = topic
    else:
        return none
    labels = {int(k.group(1)) for k in _YEAR_AS_RANK_RE.finditer(shape)}
    roles: dict[str, tuple] = {}
    unlabelled = []
    for m in re.finditer(r"⟨([KRXC])(\d+)⟩", shape):
        i, kind = int(m.group(2)), m.group(1)
        mention = s.mentions[i]
        if i in labels and 1990 <= mention.value <= 2100:
            continue  # "hạng 2018:": a year
        if kind == "C" and mention.scope != "rank":
            if re.search(r"(?:⟨[KR]\d+⟩|tren|trong|/)\s*$", shape[max(0, m.start() - 12): m.start()]):
                continue  # "vị trí 37 trong 63 địa phương": the number of units ranked
            return none
        if mention.value != int(mention.value) or abs(mention.value) < 1 or kind == "X" and mention.noun is not None:
            return none
        if kind == "C":
            what = ("move", i, mention)
        else:
            year = _rank_year(s, m, base, r.state.year)
            if year is None:
                unlabelled.append((i, mention))
                continue
            what = ("cur" if year == base else "prev" if year == base - 1 else "bad", i, mention)
        if what[0] in roles or what[0] == "bad":
            return none
        roles[what[0]] = what[1:]
    if unlabelled:
        if len(unlabelled) > 1 or "cur" in roles or "prev" not in roles:
            return none
        roles["cur"] = unlabelled[0]  # "Với vị trí 37 trong 63 địa phương, Hà Nội vượt thứ hạng 46 của năm ngoái"
    if not roles or "bad" in roles:
        return none
    claims: list[Claim] = []
    cs, ce = 0, len(shape)
    for what, year in (("cur", base), ("prev", base - 1)):
        if what in roles and not _carried(r.dt, roles[what][1].start, roles[what][1].value, frames):
            mention = roles[what][1]
            claims.append(_claim(r, cs, ce, kind="rank", subject=unit, value=mention.value, year=year, frame="rank",
                                 denominator=mention.denominator))
    if "move" in roles and not _carried(r.dt, roles["move"][1].start, roles["move"][1].value, frames):
        mention = roles["move"][1]
        sign = -1 if mention.printed.lstrip()[:1] in "-−" else 1 if mention.printed.lstrip()[:1] == "+" else None
        if sign is None:
            up = bool(_cue("up_move").search(shape) or _MOVE_UP_EXTRA_RE.search(shape))
            down = bool(_cue("down_move").search(shape) or _MOVE_DOWN_EXTRA_RE.search(shape))
            if up == down:
                return none
            sign = 1 if up else -1
        move = sign * abs(mention.value)
        claims.append(_claim(r, cs, ce, kind="rank_move", subject=unit, value=move, change=move, year=base,
                             frame="rank_move", previous_value=roles["prev"][1].value if "prev" in roles else None))
    return claims, {i for i, _ in roles.values()}


def _rank_year(s: Sentence, m: re.Match, base: int, year: int | None) -> int | None:
    """The year a rank's words give it: a year label right before or after it, "từ" (last year's) or "lên/xuống"
    (this year's) right before it; None for none."""
    shape = s.shape
    before = shape[max(0, m.start() - 40): m.start()]
    if _RANKED_FROM_RE.search(before):
        return base - 1
    if _RANKED_TO_RE.search(before):
        return base
    label = _RANKED_YEAR_BEFORE_RE.search(before) or _RANKED_YEAR_AFTER_RE.match(shape, m.end())
    if label is None:
        return None
    if label.group("y") is not None:
        return int(s.mentions[int(label.group("y"))].value)
    if "k" in label.re.groupindex and label.group("k") is not None:
        return int(s.mentions[int(label.group("k"))].value)
    return base if label.group("now") else base - 1


# ---- parts and their whole in one sentence (session 16) ----
# the word that makes a figure the whole of the others: "cộng: 18", "tổng – 63", "cộng [63]", "Tổng cộng 6.248 …"
_WHOLE_BEFORE_RE = re.compile(r"(?:^|[|;,.:–-]|\b(?:va|con))\s*(?:tong cong|tong so|cong lai|cong|tong)\s*(?:la\s*)?"
                              r"[:–\-\[(]?\s*(?:tren\s*|hon\s*)?$")
# "Trên 55.000 ý kiến đã được lắng nghe: …": a whole opening its sentence, its parts after a colon
_WHOLE_OPENS_RE = re.compile(r"^\W*(?:(?:tong cong|tong so|co)\s*)?(?:tren\s*|hon\s*|khoang\s*)?$")
# what stands right before each figure of such a sentence: a label's colon or dash, a bracket, a verb of sharing
_PART_LABEL_RE = re.compile(r"(?:^\W*|[:–\-\[(|]|\b(?:chiem|co|la|tong cong|tong so|cong|tong))\s*(?:tren|hon|khoang)?\s*$")
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
_BALLOT_WORDS_RE = re.compile(r"\b(?:y kien|phieu|luot)\b")


def _sum_story(r: _Reader, s: Sentence) -> tuple[list[Claim], set[int]]:
    """A sentence that gives parts and their whole, the whole marked by a word of summing right before it ("bộ:
    14 | cơ quan ngang bộ: 4 | cộng: 18", "tỉnh – 58; thành phố … – 05; tổng – 63") or opening the sentence
    before a colon or "trong đó" that lists the parts ("Tổng cộng 6.248 lượt ý kiến …; trong đó …"): the whole
    with its parts, of the units assessed or of the ballots (every figure printed with a thousands dot, the
    sentence naming opinions or ballots).  Nothing for a score, a rank, a bound, a class label, or two wholes."""
    shape, none = s.shape, ([], set())
    tokens = list(re.finditer(r"⟨([PCX])(\d+)⟩", shape))
    if len(tokens) < 3 or re.search(r"⟨[KRY]\d+⟩", shape) or _band_patterns_in(shape):
        return none
    printed = [s.mentions[int(m.group(2))].printed.strip() for m in tokens]
    ballots = all(_THOUSANDS_RE.fullmatch(p.lstrip("+")) for p in printed) and bool(_BALLOT_WORDS_RE.search(shape))
    if not ballots and any(p.search(shape) for p, _ in _bounds()):
        return none  # ("hơn 15.000 ý kiến" is no bound of a score)
    if not ballots and any(m.group(1) == "P" or s.mentions[int(m.group(2))].scope in ("ballots", "rank")
                           or s.mentions[int(m.group(2))].value != int(s.mentions[int(m.group(2))].value)
                           for m in tokens):
        return none
    values = [float(p.replace(".", "")) if ballots else s.mentions[int(m.group(2))].value
              for p, m in zip(printed, tokens)]
    wholes = [i for i, m in enumerate(tokens) if _WHOLE_BEFORE_RE.search(shape[max(0, m.start() - 20): m.start()])]
    if not wholes and _WHOLE_OPENS_RE.match(shape[: tokens[0].start()]) \
            and re.search(r":|\btrong do\b", shape[tokens[0].end(): tokens[1].start()]):
        wholes = [0]
    if len(wholes) != 1 or wholes[0] not in (0, len(tokens) - 1):
        return none
    if not ballots and not all(_PART_LABEL_RE.search(shape[max(0, m.start() - 14): m.start()]) for m in tokens):
        return none  # a number inside a name ("UBND Quận 4") is no part
    at = wholes[0]
    whole, parts = values[at], [v for i, v in enumerate(values) if i != at]
    bound = None
    if ballots and re.search(r"\b(?:tren|hon)\s*$", shape[max(0, tokens[at].start() - 8): tokens[at].start()]):
        bound = "at_least"
    if ballots:
        claim = _claim(r, 0, len(shape), kind="survey_count", subject="phieu", value=whole, parts=parts,
                       unit="phiếu", bound=bound, approximate=bound is not None)
    else:  # the units of every kind the parts name: the scope the sentences before speak of
        claim = _claim(r, 0, len(shape), kind="total", subject="đơn vị", value=whole, parts=parts, unit="đơn vị",
                       frame="parts")
    return [claim], {int(m.group(2)) for m in tokens}
