"""Numeric statements in the prose -> typed `Claim`s the audit can check against the tables.

Report prose repeats the table in words: averages (with last year's value), highest/lowest
units, the gap between them, how many units fall in each class (with the member list and the
class bounds), per-unit changes, class thresholds, survey ballot counts.  Sentences are matched on
a normalised text where words are folded (OCR-tolerant) but numbers are kept as printed, so every
value goes through `parse_number` once.  Patterns are plain regexes: the phrasing of these reports
is formulaic, and a regex says exactly what it accepts.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from parscan.extractors.claim_cues import read_cues
from parscan.extractors.claim_frames import CHANGE_OF_RE, extract_frames
from parscan.extractors.claim_shapes import document_text
from parscan.extractors.context import doc_province, is_national
from parscan.normalizers.names import fold
from parscan.normalizers.numbers import parse_number
from parscan.registries import match_unit
from parscan.schemas.document import ParscanDocument
from parscan.schemas.geometry import Evidence
from parscan.schemas.records import Claim

NUM = r"([+-]?\s?\d+(?:[.,]\d+)*)"
_TOKEN_RE = re.compile(r"\S+")
_NUMERIC_RE = re.compile(r"^[+-]?\d+(?:[.,]\d+)*(?:/\d+)*%?$")
_DECIMAL_RE = re.compile(r"[+-]?\d+(?:[.,]\d+)*")
_EDGE_RE = re.compile(r"^([^\w&¢§@€]*)(.*?)([^\w&¢§@€]*)$", re.S)  # & ¢ … are OCR letters (S& = Sở)
_DIEM = r"(?:d\w{0,2}m|%)"  # điểm (OCR: diem, diém -> diem) or a percentage
_TU = r"(?:tu|tir|tw|tt|ti)"  # từ
_DUOI = r"d\w{1,2}[oe]?i"  # dưới (duoi, dudi, duei)
_GOM = r"g\w{1,2}m"  # gồm, as OCR prints it (and as a repair may have misread it: "gdm" -> "giảm")
_GOM_NOT_GIAM = r"\bg(?!ia)\w{1,2}m\b"  # before a bare list: "giảm 4 so với con số 12" is no "gồm 4 sở"

_AVERAGE_RE = re.compile(
    rf"trung binh (?P<subj>[^.;:]{{0,90}}?)(?:dat duoc la|dat duoc|dat|la|:)\s*{NUM}\s*{_DIEM}"
    rf"(?:[^.;]{{0,20}}?(?P<dir>t[ai]ng|giam|cao hon|thap hon)\s*{NUM}?\s*(?:{_DIEM})?[^.;(]{{0,60}}?n\w{{0,2}}m (?P<py>\d{{4}})"
    rf"\s*\(\s*(?:dat\s*)?{NUM})?")
_AVERAGE_SHORT_RE = re.compile(rf"(?P<subj>cap [a-z]+|nhom [a-z ]+?)\s*:?\s*{NUM}\s*{_DIEM}")
_EXTREME_RE = re.compile(
    rf"(?P<which>cao nh\w{{1,2}}t|th\w{{1,2}}p nh\w{{1,2}}t) (?:la |thuoc ve )(?P<unit>[^.;:(),\d]{{3,70}}?) (?:dat |voi )?{NUM}\s*{_DIEM}")
_GAP_RE = re.compile(
    rf"chenh lech [^.;]{{0,90}}? (?:la|:)\s*{NUM}\s*{_DIEM}"
    rf"(?:[^.;]{{0,10}}?(?P<dir>t[ai]ng|giam)\s*{NUM}\s*{_DIEM}[^.;(]{{0,30}}?n\w{{0,2}}m (?P<py>\d{{4}})\s*\(\s*(?:dat\s*)?{NUM})?")
_CHANGE_EXTREME_RE = re.compile(r"\b(?:t[ai]ng|giam)\s+(?:diem\s+)?nh\w{1,3}u\s+nhat")  # nhiều: nhieu, nhiu
_MEMBERS_RE = re.compile(
    rf"{_GOM}\s*{NUM}\s*(?:don vi|co quan|dia phuong)\s*\((?P<members>[^)]*)\)"
    rf"|{NUM}\s*(?:don vi|co quan|dia phuong)\s*,?\s*{_GOM}\s*:\s*(?P<members2>(?:(?!\s-\s(?:nh\w{{1,2}}m|loai|c\w{{1,2}}c|khoi)\b)[^.])+)"
    rf"|{_GOM_NOT_GIAM}\s*{NUM}\s*(?:s\w?|don vi|co quan|huyen)\b(?:[^:.]{{0,30}}:|[^:.]{{0,20}}?)\s*"  # up to its colon, if any
    rf"(?P<members3>(?:so|ban|van phong|thanh tra|huyen|thi xa|thanh pho)\b(?:(?!\s-\s(?:nh\w{{1,2}}m|loai|c\w{{1,2}}c|khoi)\b)[^.])+)")
_BOUNDS_RE = re.compile(rf"\b{_TU}\s*{NUM}\s*(?:{_DIEM})?\s*(?:den|-)?\s*(?P<under>{_DUOI})?\s*{NUM}?\s*(?:{_DIEM})?\s*"
                        rf"(?P<up>tr\w{{1,2}} len)?")
_THRESHOLD_RE = re.compile(
    rf"(?P<band>xuat s\w{{1,2}}c|t[oe]t|kha|trung binh|y[eo]u)\s*:\s*(?:{_TU}\s*{NUM}\s*den\s*(?P<under>{_DUOI})?\s*{NUM}"
    rf"|{_DUOI}\s*{NUM})")
_THRESHOLD2_RE = re.compile(
    rf"(?P<band>xuat s\w{{1,2}}c|t[oe]t|kha|trung binh|y[eo]u)\s*\(\s*(?:{_TU}\s*{NUM}\s*{_DIEM}?\s*"
    rf"(?:(?P<up>tr\w{{1,2}} len)|den\s*(?P<under>{_DUOI})?\s*{NUM})|{_DUOI}\s*{NUM})")
_DELTA_RE = re.compile(rf"(?P<unit>\b(?:so|ban|huyen|thi xa|thanh pho|van phong|thanh tra)\b[^.;:(),\d]{{2,60}}?)\s*\(\s*(?P<sign>[+-])\s*{NUM}\s*{_DIEM}\s*\)")
_RATIO_RE = re.compile(r"(?<![\d,.])(\d{1,3})/(\d{1,3}) (?:don vi|co quan|so|huyen)")
_BALLOTS_RE = re.compile(rf"{NUM}\s*phi\w{{0,2}}u")
_TREND_RE = re.compile(r"xu h\w{1,3}ng (?P<dir>t[ai]ng|giam)")  # "có xu hướng tăng điểm": a direction, no number
# section headings of the analysis: "2. Phân tích kết quả", "a) Khối các sở, ban, ngành", "¢) Cải cách thủ tục
# hành chính (tối đa 19 điểm)" (one OCR-able character before the parenthesis)
_NUMBERED_HEADING_RE = re.compile(r"^(?:\d{1,2}|[ivx]{1,4})\.\s+[^\d\s]")
_LETTER_HEADING_RE = re.compile(r"^[^\s\d(]\)\s+[^\d\s]")
# the letter as repaired text may give it ("b)" -> "bộ)", "d)" -> "đi)"): a heading only when its title is
# capitalised, which a wrapped parenthesis ("… nghiệp vụ) để được xem xét") is not
_NOISY_LETTER_HEADING_RE = re.compile(r"^\s*-?\s*[^\W\d]{2,3}\)\s+[^\W\d]")
_FIELD_MAX_RE = re.compile(r"\(\s*t\w{0,2}i da\s*\d")  # "(tối đa 14 điểm)": a PAR field's own scale
_BY_FIELD_RE = re.compile(r"\blinh v")  # "Kết quả CCHC theo từng lĩnh vực"
_DISTRICTS_CUE_RE = re.compile(r"\b(?:huyen|thi xa|cap huyen)\b")
_DEPARTMENTS_CUE_RE = re.compile(r"\b(?:cac so|nhom so|cap so|so, ban|ban,? nganh|nganh)\b")


def group_cue(text: str) -> str | None:
    """'departments' / 'districts' when a normalised text names one ranking group (and only one).

    "cơ quan, đơn vị" is not a cue: reports use it for both groups ("của 09 cơ quan, đơn vị")."""
    districts, departments = bool(_DISTRICTS_CUE_RE.search(text)), bool(_DEPARTMENTS_CUE_RE.search(text))
    if districts != departments:
        return "districts" if districts else "departments"
    return None


def _noisy_letter_heading(as_read: str) -> bool:
    m = _NOISY_LETTER_HEADING_RE.match(as_read)
    return bool(m) and as_read[m.end() - 1].isupper()


@dataclass
class Section:
    """Where a line stands in the report's outline: the group and/or PAR field its section is about."""

    group: str | None = None
    field: str | None = None


def sections(lines: list[str], printed: list[str]) -> list[Section]:
    """The section of every line (`lines` normalised, `printed` as read).

    A numbered heading ("2. Phân tích kết quả") closes the lettered sections under the previous one;
    a lettered heading names a group ("a) Khối các sở, ban, ngành"), or a PAR field when it gives the
    field's maximum or its parent heading says the results go field by field."""
    current, by_field = Section(), False
    out = []
    for line, as_read in zip(lines, printed):
        text = line.strip(" -")
        if _NUMBERED_HEADING_RE.match(text) and len(text) < 140:
            current, by_field = Section(), bool(_BY_FIELD_RE.search(text))
        elif (_LETTER_HEADING_RE.match(text) or _noisy_letter_heading(as_read)) and len(text) < 140:
            if _FIELD_MAX_RE.search(text) or by_field:
                current = Section(field=as_read.strip())
            else:
                current = Section(group=group_cue(text))
        out.append(current)
    return out


@dataclass
class _Text:
    """The whole document's normalised text: a statement (a member list) may run over a page break."""

    text: str
    starts: list[int]  # offset of each line in `text`
    lines: list[str]
    sections: list[Section]
    places: list[tuple[int, int]]  # (page, 1-based line within the page) of each line

    def line_at(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def evidence(self, start: int, end: int) -> Evidence:
        first, last = self.line_at(start), self.line_at(max(start, end - 1))
        page, line = self.places[first]
        end_line = max(n for p, n in self.places[first: last + 1] if p == page)  # the span's part on its first page
        return Evidence(page=page, line_start=line, line_end=end_line,
                        text=" ".join(self.lines[first: last + 1]).strip())

    def printed(self, start: int, end: int) -> str:
        """The printed words behind the normalised span [start, end): what a report quotes, never the folded
        matching form (a word cut by the span is quoted whole)."""
        words = []
        for i in range(self.line_at(max(0, start)), self.line_at(max(start, end - 1)) + 1):
            pos = self.starts[i]
            for token in _TOKEN_RE.findall(self.lines[i]):
                norm = _normal_token(token)
                if norm:
                    if pos < end and pos + len(norm) > start:
                        words.append(token)
                    pos += len(norm) + 1
        return " ".join(words)


def normalise(line: str) -> str:
    """Fold words (OCR-tolerant), keep numbers and the punctuation the patterns need."""
    return " ".join(t for t in map(_normal_token, _TOKEN_RE.findall(line)) if t)


@lru_cache(maxsize=100_000)
def _normal_token(tok: str) -> str:
    """One token of `normalise`. Cached: every line is read twice (repaired and as OCR gave it) and a
    document repeats a few thousand syllables, so folding each token afresh was most of the claims'
    CPU (~0.75 of 1.3 s on 48 pages, BENCHMARKS.md issue 16 session 7)."""
    if _NUMERIC_RE.match(tok):
        return tok
    pre, core, post = _EDGE_RE.match(tok).groups()
    folded = core if core and _DECIMAL_RE.fullmatch(core) else fold(core)
    return f"{_keep_punctuation(pre)}{folded}{_keep_punctuation(post)}"


def _keep_punctuation(edge: str) -> str:
    return "".join(ch for ch in edge if ch in "():;,/+-.%")


def _document_text(doc: ParscanDocument, as_ocr: bool = False) -> _Text:
    """The repaired text, or (`as_ocr`) the text as OCR gave it, line for line."""
    parts, starts, printed, places, pos = [], [], [], [], 0
    for page in doc.pages:
        for n, line in enumerate(page.lines, 1):
            text = (line.ocr_text or line.text) if as_ocr else line.text
            norm = normalise(text)
            starts.append(pos)
            parts.append(norm)
            printed.append(text)
            places.append((page.number, n))
            pos += len(norm) + 1
    return _Text(" ".join(parts), starts, printed, sections(parts, printed), places)


def _own_sentence(words: str) -> str:
    """The words before a figure from its own sentence on ("… 80,05%. Kết quả điều tra … với hơn" keeps the second)."""
    return re.split(r"(?<=[.;!?])\s+(?=\S)", words.strip())[-1]


def _num(text: str | None) -> float | None:
    return parse_number(text.replace(" ", "")) if text else None


def _unit_score(text: str, prefix: str, province: str | None) -> float:
    match = match_unit(text if not prefix or text.startswith(prefix) else prefix + text, province)
    return (match.score or 0) if match.canonical else 0


def _split_and(piece: str, prefix: str, province: str | None) -> list[str]:
    """"huyện Bình Giang và huyện Thanh Hà" is two units, "Sở Khoa học và Công nghệ" one, "Sở Nông nghiệp và
    Phát triển nông thôn và Sở Xây dựng" two ("… Sở Xây dựng cùng Sở Công Thương" too): of the ways to cut at
    "và" or "cùng", the one whose parts all name a unit
    (each better than the whole does) with the most parts."""
    words = re.split(r"\s+(va|và|cùng với|cung voi|cùng|cung)\s+", piece)
    joints = len(words) // 2
    if joints == 0 or joints > 5:
        return [piece]
    whole = _unit_score(piece, prefix, province)
    best = [piece]
    for mask in range(1, 2 ** joints):
        parts, current = [], words[0]
        for j in range(joints):
            if mask >> j & 1:
                parts.append(current.strip())
                current = words[2 * j + 2]
            else:
                current = f"{current} {words[2 * j + 1]} {words[2 * j + 2]}"
        parts.append(current.strip())
        if len(parts) > len(best) and all(parts) and all(
                (score := _unit_score(p, prefix, province)) >= 90 and score > whole for p in parts):
            best = parts
    return best


def members_of(text: str, province: str | None) -> list[str]:
    """Split a member list, re-joining pieces that only together name a unit (``Sở Văn hóa, Thể thao …``)."""
    prefix = ""
    m = re.match(r"\s*c\w{1,2}c (so|sở|huyen|huyện)\s*:\s*", text, re.IGNORECASE)
    if m:
        prefix, text = ("so " if fold(m.group(1)) == "so" else "huyen "), text[m.end():]
    pieces = [q for p in re.split(r"[;,]", text) if p.strip() for q in _split_and(p.strip(), prefix, province)]
    out, i = [], 0
    while i < len(pieces):
        best = None  # the join that names a unit best; on a tie the shorter ("Ban Quản lý …; Sở Tài chính")
        for j in range(i + 1, min(len(pieces), i + 3) + 1):
            cand = " ".join(pieces[i:j])
            match = match_unit(cand if not prefix or cand.startswith(prefix) else prefix + cand, province)
            score = match.score or 0
            if match.canonical and score >= 90 and (best is None or score > best[0]):
                best = (score, j, match.canonical)
        if best:
            out.append(best[2])
            i = best[1]
        else:
            out.append(pieces[i])
            i += 1
    return out


def extract(doc: ParscanDocument) -> None:
    province = doc_province(doc)
    year = doc.document.year_assessed
    claims: list[Claim] = []

    def add(src: _Text, m: re.Match, cue: str = "", **kw) -> None:
        """A claim with its evidence and its section: the group named in `cue` wins over the heading's."""
        ev = src.evidence(m.start(), m.end())
        section = src.sections[src.line_at(m.start())]
        claims.append(Claim(text=ev.text, evidence=ev, year=year, group=group_cue(cue) or section.group,
                            field=section.field, **kw))

    src = _document_text(doc)
    t = src.text
    for m in _AVERAGE_RE.finditer(t):
        if re.search(r"\d[.,]\d", m.group("subj")):  # a table's average row running into the next line
            continue
        if CHANGE_OF_RE.search(t, max(0, m.start() - 40), m.start()):
            continue  # "mức tăng của giá trị trung bình … là 1,23%": the average's change, not the average
        prev = _num(m.group(6))
        add(src, m, cue=m.group("subj"), kind="average", subject=m.group("subj").strip(" ,") or None,
            value=_num(m.group(2)), unit="điểm", previous_value=prev,
            previous_year=int(m.group("py")) if m.group("py") else None)
    for m in _EXTREME_RE.finditer(t):
        unit = match_unit(m.group("unit"), province)
        add(src, m, kind="highest" if m.group("which").startswith("cao") else "lowest",
            subject=unit.canonical or m.group("unit").strip(), value=_num(m.group(3)), unit="điểm")
    for m in _GAP_RE.finditer(t):
        # "chênh lệch giữa đơn vị tăng nhiều nhất và giảm nhiều nhất": a gap between changes, which the
        # ranking table (this year's indices only) cannot recompute - not an index gap
        changes = _CHANGE_EXTREME_RE.search(t, m.start(), m.start(1))
        add(src, m, kind="other" if changes else "gap", subject="chênh lệch mức tăng, giảm" if changes else None,
            value=_num(m.group(1)), unit="điểm", previous_value=_num(m.group(5)),
            previous_year=int(m.group("py")) if m.group("py") else None)
    for m in _MEMBERS_RE.finditer(t):
        count = m.group(1) or m.group(3) or m.group(5)
        listed = m.group("members") or m.group("members2") or m.group("members3") or ""
        if re.match(r"\s*\d", listed) or re.search(r"\b\d+\s*(?:ubnd|so|huyen|don vi|co quan)\b", listed):
            continue  # "22/25 đơn vị, gồm: 16 sở; 6 huyện …", "gồm 20 sở … và 6 UBND huyện": a breakdown by kind, no names
        sentence_start = max(t.rfind(";", 0, m.start()), t.rfind(". ", 0, m.start()), t.rfind("- ", 0, m.start()))
        head = t[sentence_start + 1: m.start()]
        bounds = None
        b = _BOUNDS_RE.search(head)
        if b:
            low = _num(b.group(1))
            high = _num(b.group(3)) if b.group(3) and not b.group("up") else None
            bounds = (low, high)
        groups = re.findall(r"\b(?:nhom|loai) (?:[a-z]\b|xuat sac|tot|kha|trung binh|yeu)", head)
        subject = groups[-1] if groups else (re.sub(r",.*$", "", head.strip(" -")) or None)
        add(src, m, kind="members", subject=subject, value=_num(count), unit="đơn vị",
            members=members_of(listed, province), bounds=bounds)
    for m in _THRESHOLD_RE.finditer(t):
        if m.group(5):
            bounds = (None, _num(m.group(5)))
        else:  # [low, high): "từ 85 đến dưới 95"; "từ 95 đến 100" is closed, so the high stays open
            bounds = (_num(m.group(2)), _num(m.group(4)) if m.group("under") else None)
        add(src, m, kind="threshold", subject=m.group("band"), bounds=bounds, unit="điểm")
    for m in _THRESHOLD2_RE.finditer(t):
        if m.group(6):
            bounds = (None, _num(m.group(6)))
        else:
            bounds = (_num(m.group(2)), _num(m.group(5)) if m.group("under") else None)
        add(src, m, kind="threshold", subject=m.group("band"), bounds=bounds, unit="điểm")
    for m in _DELTA_RE.finditer(t):
        unit = match_unit(m.group("unit"), province)
        value = _num(m.group(3))
        add(src, m, kind="delta", subject=unit.canonical or m.group("unit").strip(),
            value=-value if m.group("sign") == "-" and value is not None else value, unit="điểm")
    for m in _RATIO_RE.finditer(t):
        add(src, m, kind="count", subject=f"{m.group(0)}", value=float(m.group(1)), unit="đơn vị")
    for m in _BALLOTS_RE.finditer(t):
        if re.search(r"\bn[aă]m\s*$", t[max(0, m.start() - 6): m.start()], re.IGNORECASE):
            continue  # "… năm 2022\n\nPhiếu khảo sát …": a year, then a heading on ballots, is no count of them
        add(src, m, kind="survey_count", subject=_own_sentence(src.printed(m.start() - 60, m.start())),
            value=_num(m.group(1)), unit="phiếu")
    # a trend is a word, no number to anchor it: where repair lost the word ("xu hướng tăng" -> "xu hướng
    # lòng") the OCR text still shows it, so a trend read there on a line the repaired text gives none counts
    trend_lines: set[int] = set()
    for text in (src, _document_text(doc, as_ocr=True)):
        found = set()
        for m in _TREND_RE.finditer(text.text):
            line = text.line_at(m.start())
            if line in trend_lines:
                continue
            found.add(line)
            at = m.start()
            sentence = text.text[max(text.text.rfind(". ", 0, at), text.text.rfind("; ", 0, at), 0): at]
            add(text, m, cue=sentence, kind="delta",
                subject="xu hướng " + ("giảm" if m.group("dir") == "giam" else "tăng"))
        trend_lines |= found
    shapes = document_text(doc)  # the sentence shapes both readers of the prose read
    framed = extract_frames(doc, shapes)
    place_section = dict(zip(src.places, src.sections))
    for claim in framed:  # the outline says which group or PAR field a statement is about
        ev = claim.evidence
        section = place_section.get((ev.page, ev.line_start or 0)) if ev else None
        if section is not None:
            claim.field = claim.field or section.field
            claim.group = claim.group or section.group
    if is_national(doc):  # the report patterns match names against a province's units, not the 63 provinces
        claims = [c for c in claims if c.kind not in ("members", "highest", "lowest", "delta")]
    merged = _merge(framed, claims)
    doc.claims.extend(merged)
    try:  # figures no frame or pattern read: one role from their cues
        doc.claims.extend(read_cues(doc, merged, shapes))
    except Exception as exc:  # noqa: BLE001 - the cue reader only adds figures: its failure must not lose the frames'
        doc.warnings.append(f"claims: the cue-word reader failed ({exc.__class__.__name__}: {exc}); "
                            "only the frames' claims are kept")


def _overlaps(a: Claim, b: Claim) -> bool:
    ea, eb = a.evidence, b.evidence
    if ea is None or eb is None or ea.page != eb.page:
        return False
    return (ea.line_start or 0) <= (eb.line_end or eb.line_start or 0) and \
        (eb.line_start or 0) <= (ea.line_end or ea.line_start or 0)


def _same_figure(a: Claim, b: Claim) -> bool:
    return _overlaps(a, b) and a.value is not None and a.value == b.value


def _figure_of(old: Claim, framed: Claim) -> bool:
    """Is the pattern's figure one the frame read in another role (a part, a change, a denominator)?"""
    if not _overlaps(old, framed) or old.value is None:
        return False
    others = [*framed.parts, framed.denominator, framed.previous_value,
              abs(framed.change) if framed.change is not None else None]
    return abs(old.value) in {abs(v) for v in others if v is not None}


def _merge(framed: list[Claim], patterned: list[Claim]) -> list[Claim]:
    """The frame catalogue's claims, plus what the report-specific patterns read that no frame did.

    The patterns were written for OCR of these reports (garbled words, lost diacritics) and sometimes read
    more of a statement than the catalogue: where both read the same figure, the frame's claim is kept and
    completed with what only the pattern read (last year's value, class bounds, the unit)."""
    out = list(framed)
    for old in patterned:
        twin = next((f for f in framed if _same_figure(old, f) and _family(f) == _family(old)), None)
        if twin is None:
            if not any(_figure_of(old, f) for f in framed):
                out.append(old)
            continue
        for name in ("previous_value", "previous_year", "bounds", "field"):
            if getattr(twin, name) is None and getattr(old, name) is not None:
                setattr(twin, name, getattr(old, name))
        if not twin.parts and old.parts:
            twin.parts = old.parts
        if twin.kind in ("highest", "lowest", "delta") and twin.subject is None:
            twin.subject = old.subject
    return out


def _family(claim: Claim) -> str:
    return {"members": "count", "ratio": "count", "comparison": "gap", "other": "gap"}.get(claim.kind, claim.kind)
