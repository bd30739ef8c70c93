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
from dataclasses import dataclass

from parscan.extractors.context import doc_province
from parscan.normalizers.names import fold
from parscan.normalizers.numbers import parse_number
from parscan.registries import match_unit
from parscan.schemas.document import ParscanDocument
from parscan.schemas.geometry import Evidence
from parscan.schemas.records import Claim

NUM = r"([+-]?\s?\d+(?:[.,]\d+)*)"
_TOKEN_RE = re.compile(r"\S+")
_NUMERIC_RE = re.compile(r"^[+-]?\d+(?:[.,]\d+)*(?:/\d+)*%?$")
_EDGE_RE = re.compile(r"^([^\w&¢§@€]*)(.*?)([^\w&¢§@€]*)$", re.S)  # & ¢ … are OCR letters (S& = Sở)
_DIEM = r"(?:d\w{0,2}m|%)"  # điểm (OCR: diem, diém -> diem) or a percentage
_TU = r"(?:tu|tir|tw|tt|ti)"  # từ
_DUOI = r"d\w{1,2}[oe]?i"  # dưới (duoi, dudi, duei)
_GOM = r"g\w{1,2}m"  # gồm

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
_MEMBERS_RE = re.compile(
    rf"{_GOM}\s*{NUM}\s*(?:don vi|co quan|dia phuong)\s*\((?P<members>[^)]*)\)"
    rf"|{NUM}\s*(?:don vi|co quan|dia phuong)\s*,?\s*{_GOM}\s*:\s*(?P<members2>(?:(?!\s-\s(?:nh\w{{1,2}}m|loai|c\w{{1,2}}c|khoi)\b)[^.])+)"
    rf"|{_GOM}\s*{NUM}\s*(?:s\w?|don vi|co quan|huyen)\b[^:.]{{0,20}}?:?\s*"
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


@dataclass
class _Text:
    page: int
    text: str
    starts: list[int]  # offset of each line in `text`
    lines: list[str]

    def evidence(self, start: int, end: int) -> Evidence:
        first = max(i for i, s in enumerate(self.starts) if s <= start)
        last = max(i for i, s in enumerate(self.starts) if s <= max(start, end - 1))
        return Evidence(page=self.page, line_start=first + 1, line_end=last + 1,
                        text=" ".join(self.lines[first: last + 1]).strip())


def normalise(line: str) -> str:
    """Fold words (OCR-tolerant), keep numbers and the punctuation the patterns need."""
    out = []
    for tok in _TOKEN_RE.findall(line):
        if _NUMERIC_RE.match(tok):
            out.append(tok)
            continue
        pre, core, post = _EDGE_RE.match(tok).groups()
        if core and re.fullmatch(r"[+-]?\d+(?:[.,]\d+)*", core):
            folded = core
        else:
            folded = fold(core)
        keep = lambda s: "".join(ch for ch in s if ch in "():;,/+-.%")  # noqa: E731
        out.append(f"{keep(pre)}{folded}{keep(post)}")
    return " ".join(t for t in out if t)


def _pages(doc: ParscanDocument) -> list[_Text]:
    out = []
    for page in doc.pages:
        parts, starts, pos = [], [], 0
        for line in page.lines:
            norm = normalise(line.text)
            starts.append(pos)
            parts.append(norm)
            pos += len(norm) + 1
        out.append(_Text(page.number, " ".join(parts), starts, [line.text for line in page.lines]))
    return out


def _num(text: str | None) -> float | None:
    return parse_number(text.replace(" ", "")) if text else None


def _members(text: str, province: str | None) -> list[str]:
    """Split a member list, re-joining pieces that only together name a unit (``Sở Văn hóa, Thể thao …``)."""
    prefix = ""
    m = re.match(r"\s*c\w{1,2}c (so|huyen)\s*:\s*", text)
    if m:
        prefix, text = ("so " if m.group(1) == "so" else "huyen "), text[m.end():]
    pieces = [p.strip() for p in re.split(r"[;,]", text) if p.strip()]
    out, i = [], 0
    while i < len(pieces):
        best = None
        for j in range(min(len(pieces), i + 3), i, -1):
            cand = " ".join(pieces[i:j])
            match = match_unit(cand if not prefix or cand.startswith(prefix) else prefix + cand, province)
            if match.canonical and (match.score or 0) >= 90:
                best = (j, match.canonical)
                break
        if best:
            out.append(best[1])
            i = best[0]
        else:
            out.append(pieces[i])
            i += 1
    return out


def extract(doc: ParscanDocument) -> None:
    province = doc_province(doc)
    year = doc.document.year_assessed
    claims: list[Claim] = []

    def add(page: _Text, m: re.Match, **kw) -> None:
        ev = page.evidence(m.start(), m.end())
        claims.append(Claim(text=ev.text, evidence=ev, year=year, **kw))

    for page in _pages(doc):
        t = page.text
        for m in _AVERAGE_RE.finditer(t):
            if re.search(r"\d[.,]\d", m.group("subj")):  # a table's average row running into the next line
                continue
            prev = _num(m.group(6))
            add(page, m, kind="average", subject=m.group("subj").strip(" ,") or None, value=_num(m.group(2)),
                unit="điểm", previous_value=prev, previous_year=int(m.group("py")) if m.group("py") else None)
        for m in _EXTREME_RE.finditer(t):
            unit = match_unit(m.group("unit"), province)
            add(page, m, kind="highest" if m.group("which").startswith("cao") else "lowest",
                subject=unit.canonical or m.group("unit").strip(), value=_num(m.group(3)), unit="điểm")
        for m in _GAP_RE.finditer(t):
            add(page, m, kind="gap", value=_num(m.group(1)), unit="điểm", previous_value=_num(m.group(5)),
                previous_year=int(m.group("py")) if m.group("py") else None)
        for m in _MEMBERS_RE.finditer(t):
            count = m.group(1) or m.group(3) or m.group(5)
            listed = m.group("members") or m.group("members2") or m.group("members3") or ""
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
            add(page, m, kind="members", subject=subject, value=_num(count), unit="đơn vị",
                members=_members(listed, province), bounds=bounds)
        for m in _THRESHOLD_RE.finditer(t):
            if m.group(5):
                bounds = (None, _num(m.group(5)))
            else:  # [low, high): "từ 85 đến dưới 95"; "từ 95 đến 100" is closed, so the high stays open
                bounds = (_num(m.group(2)), _num(m.group(4)) if m.group("under") else None)
            add(page, m, kind="threshold", subject=m.group("band"), bounds=bounds, unit="điểm")
        for m in _THRESHOLD2_RE.finditer(t):
            if m.group(6):
                bounds = (None, _num(m.group(6)))
            else:
                bounds = (_num(m.group(2)), _num(m.group(5)) if m.group("under") else None)
            add(page, m, kind="threshold", subject=m.group("band"), bounds=bounds, unit="điểm")
        for m in _DELTA_RE.finditer(t):
            unit = match_unit(m.group("unit"), province)
            value = _num(m.group(3))
            add(page, m, kind="delta", subject=unit.canonical or m.group("unit").strip(),
                value=-value if m.group("sign") == "-" and value is not None else value, unit="điểm")
        for m in _RATIO_RE.finditer(t):
            add(page, m, kind="count", subject=f"{m.group(0)}", value=float(m.group(1)), unit="đơn vị")
        for m in _BALLOTS_RE.finditer(t):
            add(page, m, kind="survey_count", subject=t[max(0, m.start() - 60): m.start()].strip(),
                value=_num(m.group(1)), unit="phiếu")
    doc.claims.extend(claims)
