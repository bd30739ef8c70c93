"""Sentences of a document as *shapes*: folded words with every number replaced by a typed placeholder.

The claim frames (`data/claim_frames.yaml`) are regular expressions over shapes, so one frame covers
"đạt 86,37%", "là 86.37 %" and "ở mức 86,37 điểm" alike, and the numbers are read once, by
`parse_number`, with their role decided by what the words around them say (a count of "tỉnh", a year
after "năm", a rank after "thứ").  Every placeholder keeps its span in the printed text, so a claim's
evidence is the printed words, never the folded ones.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from parscan.normalizers.numbers import parse_number
from parscan.schemas.document import ParscanDocument
from parscan.schemas.geometry import Box, Evidence

_DATE_RE = re.compile(r"(?<![\w/])\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}(?![\w/])|(?<![\w-])\d{1,2}-\d{1,2}-\d{4}(?![\w-])")
_DOCNO_RE = re.compile(r"(?<![\w/])\d+/(?:\d{4}/)?[A-ZĐ][\wĐđ&\-]*")
# "11/17", and in words "13 trong số 26", "8 trên 17" (not a score: "8 trên 10 điểm")
_RATIO_RE = re.compile(r"(?<![\w./,])(\d{1,5})\s*/\s*(\d{1,5})(?![\w/]|[.,]\d)"
                       r"|(?<![\w./,])(?!19\d\d|20\d\d)(\d{1,3})\s+(?:trên tổng số|trên|trong số|trong tổng số)\s+(\d{1,3})"
                       r"(?![\w/%]|[.,]\d|\s*(?:%|điểm))")
# a bracket opened right after a capitalised word: "Trà Vinh (", "huyện Kim Bảng ("
_NAME_BRACKET_RE = re.compile(r"\b[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s*\(\s*$")
_NUM_RE = re.compile(r"(?<![\w./,])[+-]?\d+(?:[.,]\d+)*(?![\w/])")
# "đạt 95,93/100 điểm": a score over the scale's maximum, not a ratio of units
_OUT_OF_RE = re.compile(r"(?<![\w./,])(\d{1,3}[.,]\d{1,2})\s*/\s*100(?![\w/]|[.,]\d)(\s*điểm(?!\s*phần))?", re.IGNORECASE)
_WORD_NUM_RE = re.compile(
    r"(?<!\w)(?:(?:hai|ba|bốn|năm|sáu|bảy|tám|chín)\s+mươi(?:\s+(?:mốt|một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín))?"
    r"|(?:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười)(?:\s+(?:một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín))?)(?!\w)",
    re.IGNORECASE)
# the words that make a bare number in words a count: "số địa phương …", "số lượng bộ, ngành …", "con số này"
_YEAR_COUNT_BEFORE_RE = re.compile(r"\bnam \d{4}\s*,?\s*(?:co|la|:|con|chi con)\s*$")
_FROM_TO_WORD_BEFORE_RE = re.compile(r"\b(?:tu|xuong|len|thanh|con|xuong con|len thanh)\s*$")
_YEAR_BRACKET_AFTER_RE = re.compile(r"\s*\(\s*(?:nam\s*)?\d{4}\s*\)")
_COUNT_NOUN_BEFORE_RE = re.compile(r"\b(?:bo, nganh|bo|don vi|dia phuong|tinh|huyen|co quan)\b")


def _word_count_level(folded: str, a: int, b: int, printed: str) -> bool:
    """A number word with no noun that is a class's count in one year: after "năm 2021 có" at the end of a
    clause, or as an end of a from-to with its year in brackets ("từ mười ba (năm 2016)"), with a count's noun
    earlier in the sentence."""
    if not _COUNT_NOUN_BEFORE_RE.search(folded, max(0, a - 120), a):
        return False
    at_year = not fold_same_length(printed).startswith("nam") and bool(re.match(r"\s*(?:[.;,)]|$)", folded[b:])) \
        and bool(_YEAR_COUNT_BEFORE_RE.search(folded, max(0, a - 20), a))
    return at_year or bool(_FROM_TO_WORD_BEFORE_RE.search(folded, max(0, a - 12), a)
                           and _YEAR_BRACKET_AFTER_RE.match(folded, b))


# a number in words or digits (folded), one end of a from-to of counts: "từ tám lên mười một", "giảm từ bốn xuống còn hai"
_NUMBER_WORDS = r"(?:\d+|(?:(?:mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|linh|le)\b\s*){1,3})"
_FROM_END_RE = re.compile(r"\s*(?:len|xuong)(?:\s+(?:con|thanh|toi|den))?\s+" + _NUMBER_WORDS)
_TO_END_RE = re.compile(r"\btu\s+" + _NUMBER_WORDS + r"\s*(?:len|xuong)(?:\s+(?:con|thanh|toi|den))?\s*$")


def _word_from_to_count(folded: str, a: int, b: int, printed: str) -> bool:
    """A number word with no noun at an end of a from-to whose other end is a number too ("Từ tám lên mười một – số
    bộ thuộc nhóm B tăng ba", "giảm từ bốn xuống còn hai"), in a sentence that names a count's noun: a class's count
    in one of two years.  ("năm" alone is a year here as elsewhere.)"""
    if fold_same_length(printed).lower() == "nam" or not _COUNT_NOUN_BEFORE_RE.search(folded):
        return False
    starts = bool(re.search(r"\btu\s*$", folded[max(0, a - 6): a])) and bool(_FROM_END_RE.match(folded, b))
    return starts or bool(_TO_END_RE.search(folded, max(0, a - 40), a))


def _word_new_level(folded: str, a: int, b: int, printed: str) -> bool:
    """A number word right after "lên / còn / thành" and before the clause's end ("đón thêm một bộ, lên ba;", "mất đi
    tám địa phương, còn mười hai."), in a sentence that names a count's noun: the level a change led to ("năm" alone
    is a year here as elsewhere)."""
    if fold_same_length(printed).lower() == "nam" or not _COUNT_NOUN_BEFORE_RE.search(folded):
        return False
    return bool(re.search(r"(?:^|[,;]\s*|\s)(?:len|con|chi con|xuong con|len thanh|thanh)\s*$", folded[max(0, a - 14): a])) \
        and bool(re.match(r"\s*(?:[.;,)]|$)", folded[b:]))


_CHANGE_VERB_BEFORE_RE = re.compile(r"\b(?:tang them|tang|giam di|giam|bot di|bot|it di|them|vang di|thu hep|mo rong)\s*$")
_NEW_LEVEL_AFTER_RE = re.compile(r"\s*,\s*(?:len|xuong|con|thanh|tu)\b")


def _word_change_count(folded: str, a: int, b: int) -> bool:
    """A number word right after a verb of change and before the level it leads to ("tăng thêm năm, lên 16", "bớt đi
    năm, từ mười sáu xuống mười một"), in a sentence that names a count's noun: the change of a count ("năm" is
    five here: no year follows "tăng thêm" and precedes ", lên 16")."""
    return bool(_COUNT_NOUN_BEFORE_RE.search(folded) and _CHANGE_VERB_BEFORE_RE.search(folded, max(0, a - 12), a)
                and _NEW_LEVEL_AFTER_RE.match(folded, b))


_NAMED_COUNT_AFTER_RE = re.compile(r"\s+(?:chinh\s+)?la\s+so\s+(?:luong\s+)?(?:dia phuong|don vi|bo|so|tinh|huyen|co quan)\b")


def _word_named_count(folded: str, a: int, b: int) -> bool:
    """A number word opening a sentence that names what it counts next ("Sáu là số địa phương thuộc nhóm B tăng
    thêm …"): a count."""
    return not re.search(r"\w", folded[:a]) and bool(_NAMED_COUNT_AFTER_RE.match(folded, b))


_COUNTED_BEFORE_WORDS_RE = re.compile(r"\bso (?:luong )?(?:dia phuong|don vi|bo|so|tinh|huyen|co quan)\b|\bcon so nay\b")
# a move named as a noun before its number of places: "Bước lùi của Hà Tĩnh: một bậc", "cú tụt hạng … là hai bậc"
_MOVE_NOUN_BEFORE_RE = re.compile(r"\b(?:buoc|cu|muc)\s+(?:tien|lui|tang|giam|tut|nhay|leo|roi)\b[^;:.⟨]{0,60}(?::|\bla)\s*$")
# "Số lượng đơn vị có kết quả từ 85 điểm trở lên … là mười sáu": the words name a threshold, so the number in words
# after them is the count of the units at or above it (read as the digits would be), not a level to change
_THRESHOLD_BEFORE_RE = re.compile(r"\d(?:[.,]\d+)?\s*(?:%|diem)\s*tro len|\b(?:tren|vuot|khong duoi|khong thap hon)\s*(?:muc\s*|moc\s*|nguong\s*)?"
                                  r"\d+(?:[.,]\d+)?\s*(?:%|diem)")
_LABEL_YEAR_BRACKET_RE = re.compile(r"(?:nhom [a-d]|(?:xep )?loai (?:xuat sac|tot|kha|trung binh|yeu))\s+nam\s+(?:19|20)\d\d\s*\(\s*$")
# "15 trong số các bộ, ngành", "12 trong những đơn vị được đánh giá": some of the units, no number after "trong số"
_OF_THE_UNITS_RE = re.compile(r"\s*(?:trong so|trong tong so|trong) (?:cac|nhung)\s+")
_FOLD_CACHE: dict[str, str] = {}


def fold_char(ch: str) -> str:
    """One character folded to one character (so folded text keeps the printed text's offsets)."""
    out = _FOLD_CACHE.get(ch)
    if out is None:
        if ch in "đĐ":
            out = "d"
        else:
            base = unicodedata.normalize("NFD", ch)[0].lower()
            out = base if len(base) == 1 else ch
        _FOLD_CACHE[ch] = out
    return out


def fold_same_length(text: str) -> str:
    return "".join(fold_char(ch) for ch in text)


@lru_cache(maxsize=1)
def catalogue() -> dict:
    """The frame catalogue (cue words, count nouns, band labels, bounds, frames), loaded once."""
    with resources.files("parscan.extractors").joinpath("data", "claim_frames.yaml").open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def expand(pattern: str) -> str:
    """`{P:value}` -> a named placeholder group; `{cue}` -> the cue list (see the catalogue's header)."""
    cues = catalogue()["cues"]

    def sub(m: re.Match) -> str:
        body = m.group(1)
        if ":" in body:
            kind, name = body.split(":", 1)
            kinds = "[PX]" if kind == "V" else kind  # V: a score, or a bare number where the unit comes later
            return f"⟨{kinds}(?P<{name}>\\d+)⟩"
        return f"(?:{cues[body]})"

    return re.sub(r"\{([A-Za-z_]+(?::[A-Za-z_]+)?)\}", sub, pattern)


@lru_cache(maxsize=None)
def frame(name: str) -> re.Pattern:
    return re.compile(expand(catalogue()["frames"][name]))


@lru_cache(maxsize=1)
def count_nouns() -> list[tuple[str, str | None]]:
    nouns = [(n["words"], n["scope"]) for n in catalogue()["count_nouns"]]
    return sorted(nouns, key=lambda n: -len(n[0]))


@dataclass
class Mention:
    """One number in a sentence: its type, value and where it is printed."""

    kind: str  # P score/percentage, C count, R ratio, Y year, K rank, X other
    value: float
    start: int  # offsets in the document text
    end: int
    printed: str
    unit: str | None = None  # "%", "điểm", "điểm phần trăm" for P
    noun: str | None = None  # folded count noun for C / R
    scope: str | None = None
    denominator: float | None = None
    bound: str | None = None  # "hơn 86.000": at_least; "gần 5.000": at_most; "khoảng 300": about

    @property
    def approximate(self) -> bool:
        return self.bound is not None


@dataclass
class Sentence:
    start: int
    end: int
    text: str  # printed
    shape: str
    mentions: list[Mention]
    offsets: list[int]  # shape index -> document offset

    def at(self, shape_index: int) -> int:
        """Document offset of a shape position."""
        if not self.offsets:
            return self.start
        return self.offsets[min(shape_index, len(self.offsets) - 1)]

    def mention(self, token: str | None) -> Mention | None:
        return self.mentions[int(token)] if token is not None else None


@dataclass
class DocText:
    """The document's printed text (lines joined by newlines) with its folded twin and line places."""

    text: str
    folded: str
    starts: list[int]
    places: list[tuple[int, int]]  # (page, 1-based line) of each line
    sentences: list[Sentence] = field(default_factory=list)

    def evidence(self, start: int, end: int) -> Evidence:
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, max(start, end - 1)) - 1
        page, line = self.places[first]
        end_line = max(n for p, n in self.places[first: last + 1] if p == page)
        return Evidence(page=page, line_start=line, line_end=end_line,
                        text=" ".join(self.text[self.starts[i]: self._line_end(i)].strip()
                                      for i in range(first, last + 1)).strip())

    def _line_end(self, i: int) -> int:
        return self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)


def _table_lines(doc: ParscanDocument) -> set[tuple[int, int]]:
    """(page, line) of every line a table was read from: its cells are figures of the table, not prose.

    A text table names its lines; a scanned one has boxes, and its rows enter the page text as lines inside
    them (a row "… 93,28 Tốt 3 Sở Nội vụ …" read as prose would say "3 sở" are "Tốt")."""
    out: set[tuple[int, int]] = set()
    areas: dict[tuple[str, int], Box] = {}  # (table, page) -> the box around its cells there
    for table in doc.tables:
        for cell in table.cells:
            page = cell.page or (table.pages[0] if table.pages else None)
            if cell.line_start is not None and page is not None:
                out.update((page, n) for n in range(cell.line_start, (cell.line_end or cell.line_start) + 1))
            elif cell.box is not None and page is not None:
                key = (table.id, page)
                areas[key] = areas[key].union(cell.box) if key in areas else cell.box
    pages = {page.number: page for page in doc.pages}
    for (_, number), area in areas.items():
        for n, line in enumerate(pages[number].lines if number in pages else [], 1):
            box = line.box
            if box is not None and area.x0 <= (box.x0 + box.x1) / 2 <= area.x1 \
                    and area.y0 <= (box.y0 + box.y1) / 2 <= area.y1:
                out.add((number, n))
    return out


# square brackets hold what round ones do in prose ("nhóm A [3]", "Cả 63 địa phương [58 tỉnh; 5 thành phố]",
# "Bộ X [7/17]"): the shapes read them as round ones (the printed text keeps them)
SQUARE_AS_ROUND = str.maketrans("[]", "()")


def document_text(doc: ParscanDocument) -> DocText:
    """The prose of the document (table lines left blank, so offsets and line numbers stay the page's)."""
    lines, starts, places, pos = [], [], [], 0
    in_tables = _table_lines(doc)
    for page in doc.pages:
        for n, line in enumerate(page.lines, 1):
            text = "" if (page.number, n) in in_tables else unicodedata.normalize("NFC", line.text)
            starts.append(pos)
            lines.append(text)
            places.append((page.number, n))
            pos += len(text) + 1
    text = "\n".join(lines)
    dt = DocText(text=text, folded=fold_same_length(text).translate(SQUARE_AS_ROUND), starts=starts, places=places)
    dt.sentences = [_shape(dt, a, b) for a, b in _sentence_spans(text)]
    return dt


_BREAK_RE = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][”\"’»]))\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9•+\-])"  # sentence end (a quotation's closing mark
    # after it) before a capital, a digit or a bullet
    r"|\n(?=\s*(?:[-+•*–]\s|[a-zđ]\)\s|\d{1,2}[.)]\s|[IVX]{1,4}\.\s))"  # a bulleted or numbered line
    r"|(?<=;)\n(?=\s*(?:Tổng cộng|Tổng số|Cộng|Tất cả|Cả thảy)\s*:)"  # the line that sums a list's items, after the last
    # item's semicolon ("b) Người dân, tổ chức: 1.177 phiếu;" / "Tổng cộng: 2.735 phiếu.")
    r"|\n\s*\n")


# abbreviations whose full stop is no sentence end: "TP. Hồ Chí Minh", "TX. Kinh Môn", "TS. Nguyễn Văn A"
ABBREVIATIONS = ("TP", "Tp", "TX", "Tx", "TT", "Q", "P", "H", "X", "ThS", "TS", "PGS", "GS", "BS", "KS")
# ... or a stray mark OCR put after other punctuation ("Huyện Cẩm Giàng:." before the list's last line)
_ABBREVIATION_END_RE = re.compile(rf"(?:^|[\s(,;:])(?:{'|'.join(ABBREVIATIONS)})\.$|[,;:_]\.$")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences: after a full stop (not an abbreviation's), before a bullet, at a blank line, after a
    heading (a short line with no closing punctuation followed by a capitalised one), after a short list item
    followed by a line that opens on a figure and after a line told with pipes."""
    breaks = [(m.start(), m.end()) for m in _BREAK_RE.finditer(text)
              if not _ABBREVIATION_END_RE.search(text, max(0, m.start() - 5), m.start())]
    pos = 0
    for line in text.split("\n")[:-1]:
        end = pos + len(line)
        stripped = line.strip()
        following = text[end + 1: end + 4].lstrip().lstrip("“\"‘'«")  # (a line may open on a quotation)
        if 0 < len(stripped) < 60 and stripped[-1] not in ",;:(-–" and (
                following[:1].isupper() or stripped[0] in "•-–+*" and following[:1].isdigit()):
            breaks.append((end, end + 1))  # ("• Sơn La" then "19,72% – khoảng cách …": the list item ends there)
        elif " | " in stripped and stripped[-1] not in ",;:(-–" and following:
            breaks.append((end, end + 1))  # a row told with pipes ends at its line ("… | -4 bậc" then "33 trên 64 …")
        pos = end + 1
    spans, start = [], 0
    for a, b in sorted(breaks):
        if a > start:
            spans.append((start, a))
        start = max(start, b)
    if start < len(text):
        spans.append((start, len(text)))
    return _join_bare_figures([(a, b) for a, b in spans if text[a:b].strip()], text)


# a figure exclaimed alone ("91,59%!", "95,83 điểm…") and the sentence after it that says what the figure is,
# opening on words that point back to it ("Đó là điểm số giúp …", "Con số này đưa …"); (after a full stop the two
# stay apart: a full stop ends a clause, and the figure would still have no words)
_BARE_FIGURE_RE = re.compile(r"^\s*[+-]?\d+(?:[.,]\d+)?\s*(?:%|điểm(?: phần trăm)?)?\s*(?:!|\?!|…)\s*$", re.I)
_POINTS_BACK_RE = re.compile(r"^\s*[\"“]?(?:chính\s+)?(?:đó|đây|chính|con số|mức điểm|số điểm|điểm số|kết quả)\s+"
                             r"(?:là|này|ấy|đó)\b", re.I)


def _join_bare_figures(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """One sentence of a figure said alone and the sentence that names it next ("91,59%! Đó là điểm số giúp Tây
    Ninh đứng đầu"): apart, the figure has no words and the words no figure."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and _BARE_FIGURE_RE.match(text[out[-1][0]: out[-1][1]]) and _POINTS_BACK_RE.match(text[a:b]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _noun_after(folded: str, pos: int, printed: str | None = None) -> tuple[str, str | None, int] | None:
    """The count noun right after a number (folded text from `pos`), with its scope and end."""
    rest = folded[pos: pos + 60]
    stripped = rest.lstrip()
    skip = len(rest) - len(stripped)
    for words, scope in count_nouns():
        if stripped.startswith(words) and (len(stripped) == len(words) or not stripped[len(words)].isalnum()):
            need = _PRINTED_AS.get(re.split(r"[ ,]", words)[0])
            if need and printed is not None and not printed[pos + skip: pos + skip + len(need)].lower() == need:
                continue  # "số" (number) and "sở" (department) fold alike, so do "quản lý" and "quận"
            end = pos + skip + len(words)
            joined = _JOINED_NOUN_RE.match(folded, end)
            if joined and scope is not None:  # "sở, ban, ngành và UBND cấp huyện": units of both scopes
                other = _noun_after(folded, joined.end())
                if other is not None and other[1] not in (None, scope) and other[1] in _UNIT_SCOPE_SET:
                    return folded[pos + skip: other[2]], None, other[2]
            return words, scope, end
    return None


# count nouns whose folded form other words share: the printed word must be this one
_PRINTED_AS = {"so": "sở", "quan": "quận"}
_JOINED_NOUN_RE = re.compile(r"\s*(?:va|,)\s*(?:cac\s*)?")
_UNIT_SCOPE_SET = {"provinces", "ministries", "departments", "districts"}


_APPROX_RE = re.compile(r"(?:(?P<at_least>hon|(?<!dua )tren)|(?P<at_most>gan)|(?P<about>khoang|xap xi|(?<!tinh )chung|toi|den))\s*$")


def _bound(before: str) -> str | None:
    """How the words right before a count qualify it ("hơn 86.000 phiếu" is at least 86.000; "dựa trên 47.436
    phiếu" is exact)."""
    m = _APPROX_RE.search(before)
    return m.lastgroup if m else None
_RANK_BEFORE_RE = re.compile(r"(?:\bthu|\bhang|vi tri|vi tri thu|vi tri so|thu hang|(?<!\w)xep)\s*$")
# the place a unit moved to, after the place it moved from: "từ vị trí 7 xuống 18/35", "hạng 9 lên 2/20"
_RANK_MOVED_TO_RE = re.compile(r"\b(?:hang|vi tri|thu)\s*(?:thu\s*|so\s*)?\d{1,3}(?:/\d{1,3})?\s*(?:[,;]\s*)?"
                               r"(?:roi |tut |vuon |di |nhay |bat )?(?:xuong|len|ve|toi|den)\s*(?:hang\s*|vi tri\s*|thu\s*)?$")
# a rank in words needs a verb or noun of ranking before it: "xếp thứ mười hai", "vị trí thứ bảy", "hạng mười"
_WORD_RANK_BEFORE_RE = re.compile(r"(?:\bxep(?: hang)?|\bdung|vi tri|\bhang|\bthu hang)\s*(?:thu\s*|so\s*)?$"
                                  r"|\b(?:tu|len|xuong|den|toi) thu\s*$")  # "từ thứ 41 lên thứ mười sáu"
# "• Hạng năm 2019: 16/39", "Hạng 2019: 16", "Vị trí 2021 – 9", "cột “Xếp hạng năm 2021”: 26" (not "được đánh giá, xếp hạng năm 2018 là 63": the whole;
# after "xếp hạng năm Y" only a colon labels a rank)
_YEARS_RANK_IS = r"|(?<!xep )\b(?:hang|vi tri) (?:nam )?\d{4}\s*(?:la|:|[–-])\s*$|\bxep hang nam \d{4}[”\"’']?\s*:\s*$"
_RANK_IS_RE = re.compile(r"(?:thu hang|xep hang)\b[^;.⟨]{0,60}?(?:\bla|:)\s*$"  # "Thứ hạng của Bộ X năm 2021 là 14/18"
                         + _YEARS_RANK_IS)
_PLACE_IS_RE = re.compile(r"(?:thu hang|vi tri xep hang|vi tri cua|\bhang cua)\b[^;.⟨]{0,60}?(?:\bla|:)\s*$"  # "Thứ hạng của X: 33"
                          + _YEARS_RANK_IS)
# a year right after a rank's noun, then a colon, a dash or a pipe: the year labels the rank that follows ("Hạng 2021:
# 12", "Vị trí 2022 – 8/29"), it is no rank of its own
_YEAR_LABELS_RANK_AFTER_RE = re.compile(r"\s*(?::|[–|-](?!\s*\d{4}))")
_YEAR_BEFORE_RE = re.compile(r"(?:nam|nam hoc|giai doan|ky|index|par index|cchc|chi so|cuoi|dau|den|tu|-|–)\s*$")
_PCT_AFTER_RE = re.compile(r"\s*(%|diem phan tram|diem %|diem)(?!\w)")


_LABEL_BEFORE_RE = re.compile(r"(?:nhom [a-d]|nhom thu \w+|nhom \d|(?:xep )?loai [a-z ]{2,10}|xuat sac|tot|kha|trung binh|yeu)"
                              r"\s*(?::|\bla\b|\bco\b|\bgom\b|\bchiem\b|\(|\bvoi\b|[-–])\s*$"
                              # "… 63 tỉnh, thành: nhóm A 5, nhóm B 50, nhóm C 8", "…: loại Tốt 10, loại Khá 16"
                              r"|(?:^|[:,;–-]|\bva)\s*(?:(?:con|rieng)\s+)?(?:(?:thuoc|dat|xep|duoc xep)\s+)?"
                              r"(?:nhom [a-d]|loai (?:xuat sac|tot|kha|trung binh|yeu))\s*$"
                              # "Bảng phân loại: Xuất sắc 05, Tốt 19, Khá 04", "thuộc nhóm B 16": an item of a list of classes
                              r"|(?:^|[:,;–-])\s*(?:xuat sac|tot|kha|trung binh|yeu)\s*$"
                              # "từ 90% trở lên – 5, từ 80% đến dưới 90% – 24": a band's bounds, then its count
                              r"|(?:tro len|(?:den )?duoi \d+(?:[.,]\d+)?\s*(?:%|diem)?)\s*(?::|[-–])\s*$")
# a group or class opening its clause, then one or two words of what it took in, right before its bare count: "nhóm
# A đón ", "còn loại Tốt quy tụ ", "nhóm C năm nay tiếp nhận " (no word of a change, a rank, a score or a bound)
_NOT_TAKEN_IN = (r"(?:tang|giam|them|mat|bot|hon|it|nhieu|so|xep|dung|hang|vi|diem|dat|tren|duoi|den|toi|len|xuong|"
                 r"chenh|cach|nam|la|co|lan|luot|cao|thap|vuot|chi|gan|khoang|con)\b")
_BAND_VERB_BEFORE_RE = re.compile(r"(?:^|[.:,;(–-]|\bva|\bcon|\brieng)\s*(?:(?:con|va|rieng)\s+)?"
                                  r"(?:nhom [a-d]|loai (?:xuat sac|tot|kha|trung binh|yeu))(?:\s+nam (?:nay|\d{4}))?"
                                  rf"\s+(?!{_NOT_TAKEN_IN}|tu\b)[a-z]+(?:\s+(?!{_NOT_TAKEN_IN})[a-z]+)?\s*$")
# the label of a count by its year or by its units' move: "năm nay có", "năm trước", "cùng kỳ:", "tăng điểm:"
PERIOD_LABEL_RE = re.compile(r"(?:\bnam nay|\bnam truoc|\bnam ngoai|\bcung ky|\bhien|\b(?:so )?(?:tang|giam) diem)"
                              r"\s*(?:co|la|:|chi co|chi con|con|dat)?\s*$")
_RANK_WORDS_RE = re.compile(r"\b(?:thu hang|xep hang|vi tri|hang|bac)\b")
# a bare number followed by the class it is the count of: "có 4 đạt loại Xuất sắc", "năm thuộc nhóm A"
_CLASS_AFTER_RE = re.compile(r"\s*(?:(?:da|duoc|deu)\s+)?(?:thuoc|dat loai|xep loai|duoc xep loai|o)\s+"
                             r"(?:nhom [a-d]\b|(?:loai\s+)?(?:xuat sac|tot|kha|trung binh|yeu)\b)")


_WHOLE_NOUNS = {"nganh", "bo, nganh", "don vi", "dia phuong", "co quan, don vi", "tinh, thanh pho"}
_COUNTED_TAIL_RE = re.compile(r"([a-z ,]{2,40}?)\b[^;:]{0,90}?(?::|\(|\bla\b|\bco\b|\b(?:da )?(?:len toi|len den|tang len|giam xuong|"
                              r"chi con|con lai|dung o|dat))\s*$")


# a sentence that opens on the units assessed and ends, before a bare number, on the words of their assessment
_ASSESSED_HEAD_RE = re.compile(r"(?:^|(?<=[.;!?\n]))\W*(?:(?:cac|nhung|toan bo|tat ca)\s+)?([a-z ,]{2,45}?)\s+(?:da\s+|duoc\s+)?"
                               r"(?:tham gia|duoc danh gia|duoc xep hang|duoc cham diem|duoc xac dinh|xep hang|cham diem|danh gia)\b"
                               r"[^;:⟨.]{0,60}?(?:nam\s*⟨Y\d+⟩\s*)?:\s*$")
# words that make the units counted a part of those assessed (a class, a bound, a move, an extreme)
_PART_WORDS_RE = re.compile(r"\b(?:tang|giam|tren(?! dia ban)|duoi|cao nhat|thap nhat|trung binh|binh quan|loai|nhom|muc|vuot)\b")


# "63 hồ sơ, tương ứng với các tỉnh, …", "28 bộ hồ sơ tự chấm điểm của các sở, ban, ngành …": dossiers, then whose
_DOSSIERS_OF_RE = re.compile(r"\s*(?:bo\s+)?ho so\b(?P<what>[a-z ,]{0,40}?)\b(?:cua|tuong ung voi|ung voi)\s+"
                             r"(?:(?:cac|ca|toan bo|tat ca)\s+)?")
_SELF_ASSESSMENT_RE = re.compile(r"\b(?:tu danh gia|tu cham diem|tu cham|danh gia, cham diem)\b")


def _units_of_dossiers(folded: str, a: int, b: int, printed: str) -> tuple[str, str | None, int] | None:
    """A count of self-assessment dossiers of the units assessed is a count of those units: each sends one ("Tổng số
    hồ sơ tự đánh giá đã được thẩm định: 63 hồ sơ, tương ứng với các tỉnh, thành phố …"); not dossiers of another
    kind ("120 hồ sơ thủ tục hành chính của các sở")."""
    m = _DOSSIERS_OF_RE.match(folded, b)
    if m is None or not (_SELF_ASSESSMENT_RE.search(m.group("what")) or _SELF_ASSESSMENT_RE.search(folded, max(0, a - 60), a)):
        return None
    noun = _noun_after(folded, m.end(), printed)
    return noun if noun is not None and noun[1] in _UNIT_SCOPE_SET | {None} else None


# what a count names before the units it counts: a word in quotation marks for effect, then a dash, a colon or a
# bracket ("27 “thí sinh” – các sở, ban, ngành …", "63 ‘ứng viên’ (các tỉnh, thành phố …)"); the rows of a table,
# each one unit's ("18 dòng, mỗi dòng là kết quả của một bộ")
_UNITS_NAMED_APART_RE = re.compile(
    r"\s*(?:[“\"‘'][a-z ]{2,25}[”\"’']\s*(?:[–:(-]|,)\s*(?:(?:tuc la|tuc|do la|gom|la)\s+)?"
    r"|dong\s*,?\s*(?:moi|mot) dong\s*(?:la|ung voi|tuong ung voi|danh cho|ghi)?\s*(?:ket qua|diem so|diem|chi so)?\s*"
    r"(?:cua\s*)?(?:mot|tung|moi)\s+)(?:cac\s+|ca\s+)?")


def _units_named_apart(folded: str, b: int, printed: str) -> tuple[str, str | None, int] | None:
    """The kind of unit a count names after a figure of speech or the rows it fills (see the pattern): a count of
    the units assessed, as if the noun stood right after it."""
    m = _UNITS_NAMED_APART_RE.match(folded, b)
    if m is None:
        return None
    noun = _noun_after(folded, m.end(), printed)
    return noun if noun is not None and noun[1] in _UNIT_SCOPE_SET | {None} else None


def _counted_before(before: str, printed: str) -> tuple[str | None, str | None] | None:
    """A bare number that the words before it make a count: "Nhóm A: 04", "Số địa phương ...: 63",
    "(tỉnh: 58; thành phố trực thuộc Trung ương: 5)".  `printed` is `before` as printed (the same length)."""
    labelled = _labelled_bracket_noun(before, printed)
    if labelled is not None:  # "gồm tỉnh (số lượng: 58) và …": a kind of unit, its count after a label of quantity
        return labelled
    if _LABEL_BEFORE_RE.search(before) or re.search(r"\bso luong\s*(?:la\s*|:\s*)$|,\s*hien (?:co|con|la)\s*$|,\s*con so\s*(?:la\s*|:\s*)$"
                                                     r"|[(;,–|-]\s*(?:tong|tong so|cong|tong cong|tat thay|ca thay|tat ca|tren tong so)\s*(?:la\s*|:\s*|[-–=]\s*|[\[(]\s*)?$"
                                                     r"|\b(?:cau tra loi|dap an|dap|tra loi)\s*(?:la\s*|:\s*)?$", before):
        # "Nhóm A: 04", "Xuất sắc (số lượng: 1)", "nhóm C mất đi 1 bộ, hiện có 3": a count of what the words before
        # it name
        return None, None
    for head in reversed(list(re.finditer(r"\bso (?:luong )?", before))):  # "So với cùng kỳ, số bộ, ngành tăng điểm là 11":
        # each "số" tried, the nearest first ("số tỉnh là 58, số thành phố … là 5": 5 is of the second)
        m = _COUNTED_TAIL_RE.match(before, head.end())  # "số tỉnh không dưới 80% đã lên tới 52"
        # the longest noun there ("đơn vị", not "đơn")
        noun = _noun_after(" " + before[m.start(1):], 0, " " + printed[m.start(1):]) if m else None
        if noun is not None:
            return noun[0], noun[1]
    # "- Tỉnh: 58", "sở, ban, ngành – 19", "Các tỉnh, thành phố trên trung bình: 32", "Về cơ cấu, tỉnh có 58": every
    # separator tried as the label's start
    # (", còn UBND cấp huyện chiếm 8", ", và tỉnh là 58": a connective may open the next kind's clause)
    for m in re.finditer(r"(?=(?:[(;,:|]|^\W*)\s*(?:(?:con|va|rieng)\s+)?(?:(?:cac|nhung)\s+)?([a-z ,]{2,45}?)\s*(?::|\s[-–]|=|\s(la|co|chiem))\s*$)", before):
        noun = _noun_after(" " + m.group(1), 0, " " + printed[m.start(1): m.end(1)])
        # ", tỉnh là 58": a kind of unit and its count (not "bộ, ngành là 15", the whole's noun before a rank; not
        # "Bộ Tư pháp: 16", a unit's name, capitalised after its noun, and its figure)
        if noun is not None and not (m.group(2) and noun[0] in _WHOLE_NOUNS) \
                and not (" " + printed[m.start(1): m.end(1)])[noun[2]:].lstrip()[:1].isupper():
            return noun[0], noun[1]
        if noun is not None:
            break
    m = _ASSESSED_HEAD_RE.search(before)
    if m and (m.start() > 0 or len(before) < 130) and not _PART_WORDS_RE.search(m.group(0)):
        # "Tỉnh, thành phố trực thuộc Trung ương tham gia xác định Chỉ số CCHC năm 2020: 63": the units assessed open
        # the sentence, the words of their assessment and a colon follow (not a unit's name: "Tỉnh Nam Định …")
        noun = _noun_after(" " + m.group(1), 0, " " + printed[m.start(1): m.end(1)])
        if noun is not None and noun[1] in UNIT_SCOPES and not (" " + printed[m.start(1): m.end(1)])[noun[2]:].lstrip()[:1].isupper():
            return noun[0], noun[1]
    m = _BRACKETED_COUNT_NOUN_RE.search(before)
    if m:  # "gồm tỉnh (58) và thành phố trực thuộc Trung ương (5)": a count in brackets after its noun
        # (a heading word before it: "mục tỉnh (58)", "khối huyện (8)")
        lead = re.match(r"(?:muc|khoi|phan|cum|nhom don vi)\s+", m.group(1))
        skip = lead.end() if lead else 0
        noun = _noun_after(" " + m.group(1)[skip:], 0, " " + printed[m.start(1) + skip: m.end(1)])
        if noun is not None and noun[1] != "ballots" and len(m.group(1)[skip:].split()) - len(noun[0].split()) <= 4:
            return noun[0], noun[1]  # ("thành phố trực thuộc Trung ương": the noun and what qualifies it)
    m = _NEXT_ITEM_RE.search(before)
    if m:  # "Số địa phương đạt trên 90% là 3; từ 80% đến dưới 90% là 55": the list's next item, the same noun
        head = re.sub(r"\s*\d+\s*$", "", before[: m.start()])
        return _counted_before(head, printed[: len(head)])
    m = _NEXT_CLASS_ITEM_RE.search(before)
    if m:  # "nhóm A có 18 tỉnh, thành phố; nhóm B có 34; nhóm C có 11": the noun the list's first item gave its
        # count, not printed again (only a kind of unit, right after the previous item's number)
        for number in reversed(list(re.finditer(r"\d\s+", before[: m.start()]))):
            noun = _noun_after(before[: m.start()], number.end(), printed[: m.start()])
            if noun is not None:
                if noun[1] in _UNIT_SCOPE_SET and _CLASS_ITEMS_RE.fullmatch(before, noun[2], m.start()):
                    return noun[0], noun[1]  # (across items that gave their counts bare: "…; nhóm C có 11")
                break
    return None


# a label that names who answered a survey, right before a colon: "– Lãnh đạo, quản lý cấp vụ, cấp sở: ",
# "Trong đó, người dân, tổ chức: " (the label's segment since the last separator, or the bullet or item mark that
# opens it: "b) Người dân, tổ chức: "; items may be set apart by a bar: "… | Người dân, tổ chức: 18.169 | …")
_LABEL_SEGMENT_RE = re.compile(r"(?:^[\s+•–*-]*|^\s*(?:[a-z]|\d{1,2})\)\s*|[;:(+•–|]|\s-|\btrong do,|\bgom|\bva)\s*([a-z ,]{3,80}?)\s*(?::|\bchiem|\bla)\s*$")
_WHOLE_BALLOTS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+|[1-9]\d{2,5}")
# a label that sums the items before it, opening its item: "| Cộng: ", "; tổng cộng: ", "– Tất cả: "
_SUM_LABEL_RE = re.compile(r"(?:^|[;|]|[•–+-]\s)\s*(?:tong cong|tong so|tong|cong|tat ca|ca thay)\s*:\s*$")


# … or right before the number itself when it has a thousands dot: "; người dân, doanh nghiệp 2.900"
_BARE_LABEL_SEGMENT_RE = re.compile(r"(?:^[\s+•–*-]*|[;:(+•–]|\s-|\btrong do,|\bgom|\bva)\s*([a-z ,]{3,80}?)\s+$")


def _respondents_label(before: str, printed: str) -> bool:
    """Is a whole number (a thousands dot, or 100 and more: no score) the ballots of the respondents the label
    right before its colon names?  A score there is printed with its decimal comma or its unit."""
    if not _WHOLE_BALLOTS_RE.fullmatch(printed):
        return False
    m = _LABEL_SEGMENT_RE.search(before) or _BARE_LABEL_SEGMENT_RE.search(before)
    return bool(m) and re.search(rf"\b(?:{catalogue()['roles']['respondents']})\b", m.group(1)) is not None


def _respondents_after(after: str) -> bool:
    """Does a bracket right after a number name who answered ("2.300 (người dân, tổ chức)")?"""
    m = re.match(r"\s*\(\s*([a-z ,]{3,60})\)", after)
    return bool(m) and re.search(rf"\b(?:{catalogue()['roles']['respondents']})\b", m.group(1)) is not None


# the noun a count in brackets follows, right after a list's separator: "gồm tỉnh (", "và thành phố … ("
_BRACKETED_COUNT_NOUN_RE = re.compile(r"(?:^|[,;:|]|\bgom|\bva|\b(?:chia|phan) (?:lam|thanh))\s*"
                                      r"((?:(?![,;:]|\bgom\b|\bva\b|\bchia\b|\bphan\b)[a-z ]){2,45}?)\s*[(\[]\s*$")
# … with a label of quantity inside the bracket: "và thành phố trực thuộc Trung ương (số lượng: ", "có sở, ban, ngành
# (số lượng " (the kind's words may hold commas: every word that may open the kind is tried, the nearest first)
_QUANTITY_BRACKET_RE = re.compile(r"\(\s*(?:so luong|so don vi|sl)\s*(?::\s*|la\s*)?$")
_KIND_OPENS_RE = re.compile(r"(?:^|[;:(]|\bgom|\bva|\bcung|\bco|\bla|\bvoi|\b(?:chia|phan) (?:lam|thanh))\s*")


def _labelled_bracket_noun(before: str, printed: str) -> tuple[str, str | None] | None:
    """The kind of unit named right before a bracket that labels the count in it a quantity ("tỉnh (số lượng: 58)"),
    or None: the kind must open on a separator or a word that introduces it and be a count noun with at most four
    words qualifying it ("thành phố trực thuộc Trung ương")."""
    bracket = _QUANTITY_BRACKET_RE.search(before)
    if bracket is None:
        return None
    for m in reversed(list(_KIND_OPENS_RE.finditer(before, 0, bracket.start()))):
        words = before[m.end(): bracket.start()].strip()
        if not words or len(words) > 45 or not re.fullmatch(r"[a-z ,]+", words):
            continue
        noun = _noun_after(" " + words, 0, " " + printed[m.end(): m.end() + len(words)])
        if noun is not None and noun[1] != "ballots" and len(words.replace(",", " ").split()) - len(noun[0].replace(",", " ").split()) <= 4:
            return noun[0], noun[1]
    return None


# a number that names what it counts after it: "60 là số địa phương …", "17 – đó là tổng số bộ, ngành …"
_COUNTED_AFTER_RE = re.compile(r"\s*(?:[-–:,]\s*)?(?:(?:do|day) (?:chinh )?)?la (?:tong )?(?:so|con so|so luong)(?: cac)? "
                               r"|\s*[-–]\s*(?:tong )?(?:so|so luong) (?:cac )?")  # ("55 – số địa phương có điểm …")


# the next item of a list of counts by class or bound that left its noun to the first item
_CLASS_ITEMS_RE = re.compile(r"\s*,?(?:\s*;\s*(?:va\s+|con\s+)?(?:nhom|loai|xep loai|muc)\s[^;:]{0,50}?\b(?:co|gom|la)\s*\d+)*\s*")
_NEXT_CLASS_ITEM_RE = re.compile(r";\s*(?:va\s+|con\s+)?(?:nhom|loai|xep loai|muc)\s[^;:⟨]{0,50}?\b(?:co|gom|la)\s*$")
_NEXT_ITEM_RE = re.compile(r"\d\s*[;,]\s*(?:va\s+|con\s+)?(?:tu |tren |duoi |hon |nhom |loai |xep loai |dat |muc )"
                           r"[^;:]{0,50}?(?:\bla\b|:)\s*$")


# a pipe between words of prose separates what a row states, as a semicolon does: "Hạng 2021: 12 | hạng 2022: 8/29 |
# +4 bậc", "2021: 37 | 2022: 49"; after a cell of words only it is a label's colon: "Tăng điểm | 40 địa phương"
_PIPE_RE = re.compile(r" \| ")


def _pipes_as_stops(shape: str) -> str:
    """Each pipe of a shape written as the colon or semicolon it stands for (padded to the same length); a row of
    scores headed by a cell with no score keeps its pipes ("Sở Xây dựng | 2021: 85,67 điểm | 2022: 82,89 điểm": the unit
    first speaks for every cell; "Thanh Hóa 83,27% | Khánh Hòa 81,33% | chênh 1,94%": each cell its own clause)."""
    first = _PIPE_RE.search(shape)
    if first and "⟨P" in shape and "⟨P" not in shape[: first.start()]:  # (a unit's name may hold a number: "Quận 6")
        return shape
    out, last = [], 0
    for m in _PIPE_RE.finditer(shape):
        cell = shape[last: m.start()].replace("⟨Y", "")
        out += [shape[last: m.start()], ";  " if "⟨" in cell else ":  "]
        last = m.end()
    return "".join(out) + shape[last:]


# "tương ứng (là)", "theo thứ tự (là)" before a run of figures say what "lần lượt" says: the figures in the order of
# what was named before them ("nhóm A, nhóm B và nhóm C tương ứng là 3, 50 và 10"); written as "lần lượt" in the
# shape (padded to the same length), so every reader of respective runs reads them (not "tương ứng với 5 bậc")
_RESPECTIVELY_WORDS_RE = re.compile(r"\b(?:tuong ung|theo thu tu)(?=\s*(?:la|co|:|bang|dat|o muc)?\s*⟨[A-Z]\d+⟩"
                                    r"[^⟨;.]{0,25}?(?:,|\bva)\s*⟨[A-Z]\d+⟩)")


def _shape(dt: DocText, start: int, end: int) -> Sentence:
    text, folded = dt.text[start:end].translate(SQUARE_AS_ROUND), dt.folded[start:end]
    taken: list[tuple[int, int, str | None, Mention | None]] = []  # (a, b, placeholder kind, mention)

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y, _, _ in taken)

    for m in _DATE_RE.finditer(text):
        taken.append((m.start(), m.end(), "D", None))
    for m in _DOCNO_RE.finditer(text):
        if free(m.start(), m.end()):
            taken.append((m.start(), m.end(), "N", None))
    for m in _OUT_OF_RE.finditer(text):
        if free(m.start(), m.end()):
            value = parse_number(m.group(1))
            taken.append((m.start(), m.end(), "P", Mention("P", value, start + m.start(), start + m.end(), m.group(1),
                                                          unit="điểm" if m.group(2) else None)))
    for m in _RATIO_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        num, den = float(m.group(1) or m.group(3)), float(m.group(2) or m.group(4))
        before = folded[max(0, m.start() - 14): m.start()]
        noun = _noun_after(folded, m.end(), text)
        if _RANK_BEFORE_RE.search(before) or _RANK_MOVED_TO_RE.search(folded[max(0, m.start() - 40): m.start()]) \
                or _RANK_IS_RE.search(folded[max(0, m.start() - 70): m.start()]) \
                or _PLACE_IS_RE.search(folded[max(0, m.start() - 70): m.start()]) \
                or _NAME_BRACKET_RE.search(text, 0, m.start()) and re.match(r"\s*\)", text[m.end():]):
            # "Trà Vinh (47/63) đánh mất 25 bậc": a place out of all, in brackets after a unit's name
            mention = Mention("K", num, start + m.start(), start + m.end(), m.group(0), denominator=den)
        else:
            mention = Mention("R", num, start + m.start(), start + m.end(), m.group(0), denominator=den,
                              noun=noun[0] if noun else None, scope=noun[1] if noun else None)
        taken.append((m.start(), m.end(), mention.kind, mention))
    for m in list(_NUM_RE.finditer(text)) + list(_WORD_NUM_RE.finditer(text)):
        a, b = m.start(), m.end()
        if not free(a, b):
            continue
        printed = m.group(0)
        if re.fullmatch(r"\d{1,2}", printed) and text[b: b + 1] == ")" and text.count("(", 0, a) <= text.count(")", 0, a) \
                and re.search(r"(?:^|[\s:;,])$", text[max(0, a - 1): a]):
            continue  # "…: 1) đại biểu …; 2) hộ gia đình …": an item's number, no figure
        is_word = not printed[0].isdigit() and printed[0] not in "+-"
        value = parse_number(printed)
        if value is None:
            continue
        before = folded[max(0, a - 16): a]
        after = _PCT_AFTER_RE.match(folded, b)
        noun = _units_of_dossiers(folded, a, b, text) or _units_named_apart(folded, b, text) or _noun_after(folded, b, text)
        if is_word:
            # "năm" right after a word of change and before no year ("giảm năm so với năm 2022") is five
            if noun is None and not (fold_same_length(printed).startswith("nam") and not re.search(r"(?:tang|giam)\s*$", before)) \
                    and re.match(r"\s*(?:[.;,):]|so voi\b|so cung ky\b|$)", folded[b:]) \
                    and re.search(r"\b(?:tang|giam|bot|them|it hon|nhieu hon)\s*(?:di\s*|them\s*|len\s*|xuong\s*)?$",
                                  before):
                # "… đã giảm bốn.", "tăng hai so với cùng kỳ": a change of a count whose noun the sentence gave before
                taken.append((a, b, "X", Mention("X", value, start + a, start + b, printed)))
                continue
            if noun is None and _LABEL_BEFORE_RE.search(folded[max(0, a - 40): a]) \
                    and (re.match(r"\s*(?:[.;,)]|$)", folded[b:]) and (not fold_same_length(printed).startswith("nam")
                                                                        or fold_same_length(printed).startswith("nam muoi"))
                         or re.match(r"\s*(?:[;,(]|va\b)", folded[b:]) and re.search(r":\s*$", folded[max(0, a - 4): a])):
                # ("loại Xuất sắc: năm; loại Tốt: 23 và loại Khá: bốn (đơn vị tính …)": after a label's colon and before
                # the list's next separator, "năm" is five: a year is printed in digits after it)
                # "Bộ, ngành thuộc nhóm A: một.": the count of the group just named
                taken.append((a, b, "C", Mention("C", value, start + a, start + b, printed)))
                continue
            if noun is None and re.match(r"\s*(?:[.;,)]|$)", folded[b:]) and PERIOD_LABEL_RE.search(folded, max(0, a - 30), a):
                # "số địa phương tăng điểm là mười chín, số giảm điểm là năm.": a count labelled by its units' move
                # ("năm" with a stop after it is no year)
                taken.append((a, b, "C", Mention("C", value, start + a, start + b, printed)))
                continue
            if noun is None and re.match(r"\s*(?:[.;,)]|$)", folded[b:]) and re.search(r"(?:\bla|:)\s*$", before) \
                    and (not fold_same_length(printed).startswith("nam") or fold_same_length(printed).startswith("nam muoi")) \
                    and _THRESHOLD_BEFORE_RE.search(folded, max(0, a - 120), a) \
                    and (counted := _counted_before(folded[max(0, a - 130): a], text[max(0, a - 130): a])) is not None \
                    and counted[0] is not None:
                # "Số lượng đơn vị có kết quả từ 85 điểm trở lên … là mười sáu": a count at or above the threshold the
                # words name, read as its digits would be (not a level a change is between)
                taken.append((a, b, "C", Mention("C", value, start + a, start + b, printed, noun=counted[0], scope=counted[1])))
                continue
            if noun is None and not fold_same_length(printed).startswith("nam") \
                    and re.match(r"\s*(?:[.;,)]|$)", folded[b:]) and re.search(r"\b(?:la|con|chi con|co)\s*$", before) \
                    and _COUNTED_BEFORE_WORDS_RE.search(folded[max(0, a - 120): a]):
                # "số địa phương thuộc nhóm A là ba, trong khi năm 2022 là hai": the count the sentence speaks of
                taken.append((a, b, "X", Mention("X", value, start + a, start + b, printed)))
                continue
            if noun is None and (_word_count_level(folded, a, b, printed) or _word_from_to_count(folded, a, b, printed)
                                 or _word_new_level(folded, a, b, printed)
                                 or _word_change_count(folded, a, b) or _word_named_count(folded, a, b)):
                # "… năm 2022 có ba bộ, ngành, năm 2021 có hai.", "giảm từ mười ba (năm 2016) xuống mười hai (năm
                # 2017)": a count in words labelled by its year, its noun given before
                taken.append((a, b, "X", Mention("X", value, start + a, start + b, printed)))
                continue
            if noun is None and re.match(r"\s*(?:tren tong(?: so)?|trong tong so|trong so|trong)\s*\d", folded[b:]) \
                    and not _WORD_RANK_BEFORE_RE.search(before) and not re.search(r"\bthu\s*$", before):
                # "mười bốn trên tổng 30": a count in words, then the whole it is of ("năm" too: no year is "of 30";
                # "lên thứ mười sáu trong 63 …" is a rank)
                taken.append((a, b, "C", Mention("C", value, start + a, start + b, printed)))
                continue
            word = fold_same_length(printed).lower()
            if noun is None and _WORD_RANK_BEFORE_RE.search(before) and not word.startswith("mot") and (
                    not word.endswith("nam") or word.startswith("muoi") and word != "muoi nam"
                    or word == "nam" and re.search(r"\b(?:xep|dung|vi tri|hang|tu|len|xuong|den|toi) thu\s*$", before)
                    and not re.match(r"\s*\d", text[b:])):
                # "xếp thứ mười hai", "vị trí thứ bảy", "xếp thứ năm": a rank written in words ("vị trí số một" is the
                # top, a cue; "nhóm thứ hai" is a group's name; "năm" is a year unless "xếp thứ" puts it in a rank)
                taken.append((a, b, "K", Mention("K", value, start + a, start + b, printed)))
                continue
            if noun is None and _CLASS_AFTER_RE.match(folded, b) and not re.match(r"\s*\d", text[b:]):
                # "Trong 63 địa phương: năm thuộc nhóm A; bốn thuộc nhóm C": the count of the class after it
                taken.append((a, b, "C", Mention("C", value, start + a, start + b, printed)))
                continue
            if noun is None or noun[1] in ("rank",) and not re.search(
                    r"(?:tang|giam|len|xuong|lui|tut|tut doc|tien|cai thien|thang|sut|nhich|mat|them|nhay vot|but pha|vuot|leo|roi|"
                    r"nang|cao hon|thap hon)"
                    r"\s*(?:duoc\s*|them\s*)?$",
                    before) and not re.match(r"\s*bac\s*(?:[–:-]\s*)?(?:(?:do|day)\s+)?(?:chinh\s+)?(?:la\s*)?(?:muc\s*|buoc\s*|cu\s*)?(?:tang|giam|tut|roi|lui|tien)\b", folded[b:]) \
                    and not _MOVE_NOUN_BEFORE_RE.search(folded, max(0, a - 80), a):
                continue  # "năm" is a year far more often than five
            if fold_same_length(printed).startswith("nam") and re.match(r"\s*\d", text[b:]):
                continue
            mention = Mention("C", value, start + a, start + b, printed, noun=noun[0], scope=noun[1],
                              bound=_bound(before))
        elif (_RANK_BEFORE_RE.search(before) or _PLACE_IS_RE.search(folded[max(0, a - 70): a])) \
                and "." not in printed and "," not in printed and after is None \
                and (noun is None or noun[1] == "rank") \
                and not (noun and noun[0] == "bac") \
                and not (re.fullmatch(r"(19[89]\d|20[0-4]\d)", printed) and _YEAR_LABELS_RANK_AFTER_RE.match(folded, b)):
            # ("xếp hạng 63 tỉnh, thành phố" counts what was ranked; "Vị trí của X được cải thiện: 5 bậc", "tăng hạng
            # 4 bậc": a number of places is a move, never a rank)
            mention = Mention("K", value, start + a, start + b, printed)
        elif after is not None and not (re.fullmatch(r"(19[89]\d|20[0-4]\d)", printed) and _YEAR_BEFORE_RE.search(before)):
            # (not "năm 2021 điểm trung bình là …": a year, then the score's noun)
            unit = {"%": "%", "diem": "điểm", "diem %": "%", "diem phan tram": "điểm phần trăm"}[after.group(1)]
            mention = Mention("P", value, start + a, start + b, printed, unit=unit)
            b = after.end()
        elif re.fullmatch(r"(19[89]\d|20[0-4]\d)", printed) and (
                _YEAR_BEFORE_RE.search(before) or noun is None):
            mention = Mention("Y", value, start + a, start + b, printed)
        elif noun is not None:
            mention = Mention("C", value, start + a, start + b, printed, noun=noun[0], scope=noun[1],
                              bound=_bound(before))
        elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+", printed) and value == int(value) and (
                counted := _counted_before(folded[max(0, a - 130): a], text[max(0, a - 130): a])) is not None and counted[0] is not None:
            # "Số phiếu của lãnh đạo, quản lý là 19.257.": a count with its thousands dot, its noun before it
            mention = Mention("C", value, start + a, start + b, printed, noun=counted[0], scope=counted[1])
        elif re.fullmatch(r"\d+", printed) and re.match(r"\s*\)\s*:", folded[b:]) and _LABEL_YEAR_BRACKET_RE.search(
                folded, max(0, a - 40), a):
            # "Nhóm A năm 2018 (4): Nam Định, …": the count of the class and year named, heading their list
            mention = Mention("C", value, start + a, start + b, printed)
        elif re.fullmatch(r"\d+", printed) and (of := _OF_THE_UNITS_RE.match(folded, b)) and (
                counted := _noun_after(folded, of.end(), text)) is not None and counted[1] in _UNIT_SCOPE_SET | {None}:
            # "Có 15 trong số các bộ, ngành đạt điểm trên 80%": a count of the units named after it
            mention = Mention("C", value, start + a, start + b, printed, noun=counted[0], scope=counted[1])
        elif re.fullmatch(r"\d+", printed) and (m_after := _COUNTED_AFTER_RE.match(folded, b)) and (
                counted := _noun_after(folded, m_after.end(), text)) is not None:
            # "60 là số địa phương đạt …": the count first, what it counts after it
            mention = Mention("C", value, start + a, start + b, printed, noun=counted[0], scope=counted[1])
        elif _respondents_label(folded[max(0, a - 90): a], printed) and re.match(r"\s*(?:[;.,)|]|$)", folded[b:]) \
                or _WHOLE_BALLOTS_RE.fullmatch(printed) and _respondents_after(folded[b: b + 70]):
            # ("1.200 (lãnh đạo) + 2.300 (người dân)": who answered in brackets after the count)
            # "– Người dân, tổ chức: 10.356", "Phiếu của lãnh đạo, quản lý: 813": ballots, named by who answered
            mention = Mention("C", value, start + a, start + b, printed, noun="phieu", scope="ballots")
        elif _WHOLE_BALLOTS_RE.fullmatch(printed) and _SUM_LABEL_RE.search(folded, max(0, a - 30), a) \
                and re.match(r"\s*(?:[;.,)|]|$)", folded[b:]) and any(t[3] is not None and t[3].scope == "ballots" for t in taken):
            # "… | Người dân, tổ chức: 18.169 | Cộng: 53.401": the sum, after its colon, of the ballots counted before it
            mention = Mention("C", value, start + a, start + b, printed, noun="phieu", scope="ballots")
        elif re.search(r"\d[.,]\d", printed):
            mention = Mention("P", value, start + a, start + b, printed)
        elif re.fullmatch(r"\d{1,3}", printed) and PERIOD_LABEL_RE.search(folded, max(0, a - 30), a) \
                and not re.match(r"\s*/", folded[b:]) and not _RANK_WORDS_RE.search(folded, max(0, a - 80), a):
            # "loại Trung bình năm nay có 1, năm trước 3", "Tăng điểm: 46 – giảm điểm: 17", "(cùng kỳ: 5)": a count
            # labelled by its year or by what the units did, its noun left to the sentence
            mention = Mention("C", value, start + a, start + b, printed)
        elif re.fullmatch(r"\d+", printed) and _CLASS_AFTER_RE.match(folded, b):
            # "có 4 đạt loại Xuất sắc; còn lại 21 đạt loại Tốt": the count of the class named after it
            mention = Mention("C", value, start + a, start + b, printed)
        elif re.fullmatch(r"\d{1,3}", printed) and (whole := _OUT_OF_AFTER_RE.match(folded, b)) \
                and (counted := _noun_after(folded, whole.end(), text)) is not None and counted[1] in UNIT_SCOPES:
            # "Điểm của 30 trong 63 tỉnh, thành phố …", "30 trên 63 địa phương": a count of the units of the whole after it
            mention = Mention("C", value, start + a, start + b, printed, noun=counted[0], scope=counted[1])
        elif re.fullmatch(r"\d{1,3}", printed) and _BAND_VERB_BEFORE_RE.search(folded, max(0, a - 50), a) \
                and re.match(r"\s*(?:[.;,(]|va\b|con\b|$)", folded[b:]):
            # "nhóm A đón 03, nhóm B đón 50", "loại Tốt quy tụ 18;": a group, the verb of what it took in, and its count
            # (nothing counted after it; no change, rank, score or bound between)
            mention = Mention("C", value, start + a, start + b, printed)
        elif printed[:1] not in "+-−" and (counted := _counted_before(folded[max(0, a - 130): a], text[max(0, a - 130): a])) is not None:
            mention = Mention("C", value, start + a, start + b, printed, noun=counted[0], scope=counted[1])
        else:
            mention = Mention("X", value, start + a, start + b, printed)
        taken.append((a, b, mention.kind, mention))
    taken.sort(key=lambda t: t[0])
    mentions: list[Mention] = []
    shape_parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for a, b, kind, mention in taken:
        shape_parts.append(folded[pos:a])
        offsets.extend(range(start + pos, start + a))
        if mention is not None:
            token = f"⟨{kind}{len(mentions)}⟩"
            mentions.append(mention)
        else:
            token = f"⟨{kind}⟩"
        shape_parts.append(token)
        offsets.extend([start + a] * (len(token) - 1) + [start + b - 1])
        pos = b
    shape_parts.append(folded[pos:])
    offsets.extend(range(start + pos, start + len(text)))
    shape = re.sub(r"\s", " ", "".join(shape_parts))
    shape = _pipes_as_stops(shape)
    shape = _RESPECTIVELY_WORDS_RE.sub(lambda m: " " * (len(m.group(0)) - 8) + "lan luot", shape)  # (the same length)
    shape = _scare_quoted_change().sub(lambda m: f" {m.group(1)} ", shape)  # (the same length)
    return Sentence(start=start, end=end, text=text, shape=shape, mentions=mentions, offsets=offsets)


@lru_cache(maxsize=1)
def _scare_quoted_change() -> re.Pattern:
    """A word of change set in quotation marks for effect ("Điểm bình quân “nhích” 1,74 điểm", "Bộ X ‘tụt’ 3
    bậc"): the marks are no quotation, and the word reads as it would bare (a quoted speech is longer)."""
    cues = catalogue()["cues"]
    return re.compile(rf"[“\"‘']((?:{cues['up']}|{cues['down']})(?: (?:len|xuong|nhe|them|di))?)[”\"’']")


# "Trong 26 đơn vị, …", "trên tổng số 63": words before a count that make it the units assessed
# an arrow between a figure's two years ("38 → 54 địa phương", "90,03% (năm 2022) → 90,92%")
ARROW = r"(?:→|->|=>|➝|⇒)"
# "có 6 địa phương, trong đó có A, B": a list after these words may name only some of the units counted
PARTIAL_LIST_CUE = r"\btrong (?:so )?do,? co\b"
# a number right after a count, and the whole it is out of: "30 trong (số) 63 …", "30 trên (tổng số) 63 …"
_OUT_OF_AFTER_RE = re.compile(r"\s*(?:tren tong(?: so)?|trong tong so|trong so|trong|tren)\s*\d{1,3}\s*")
POPULATION_BEFORE_RE = re.compile(r"\b(?:trong|trong so|trong tong so|tren tong so|tren|tong so)\s*$")
UNIT_SCOPES = (None, "provinces", "ministries", "departments", "districts")  # what a count of units may count
# a clause that speaks of who was assessed: "17 bộ … được đánh giá", "30 đơn vị vừa nhận bảng điểm cải cách hành
# chính", "điểm trung bình của 63 tỉnh" (the average's units), "Số lượng: 24 đơn vị", "tổng hợp kết quả của 24 …"
ASSESSED_RE = re.compile(r"danh gia|xep hang|xac dinh|cong bo|cong khai|tham gia|khao sat|cham diem|cchc|chi so|par index|bang diem|"
                         r"cai cach hanh chinh|doi tuong|pham vi|duoc xep|(?:trung binh|binh quan)(?: chung)? cua|"
                         # "Số lượng: 24 đơn vị", "tổng hợp kết quả của 24 …", "tập hợp số liệu từ 17 bộ", "thẩm định 39 …"
                         r"so luong|quy mo|tong hop|tap hop|tham dinh|bao quat")


def clause_bounds(shape: str, pos: int) -> tuple[int, int]:
    """The clause of a shape around `pos`: between semicolons and full stops (not the point of "TP. Hồ Chí Minh")."""
    stops = _stops(shape)
    start = max([shape.rfind(";", 0, pos)] + [i for i in stops if i < pos]) + 1
    ends = [i for i in [shape.find(";", pos)] + [i for i in stops if i >= pos] if i >= 0]
    return start, min(ends) if ends else len(shape)


@lru_cache(maxsize=256)
def _stops(shape: str) -> tuple[int, ...]:
    return tuple(m.start() for m in re.finditer(r"\. ", shape) if not _ABBREVIATED_RE.search(shape, 0, m.start()))


# the word before a point that is an abbreviation's ("tp. ho chi minh", "ths. nguyen"), so no full stop
_ABBREVIATED_RE = re.compile(rf"(?:^|[\s(,;:])(?:{'|'.join(sorted({a.lower() for a in ABBREVIATIONS}))})$")


_BAND_NAMES = {"tot": "Tốt", "kha": "Khá", "trung binh": "Trung bình", "yeu": "Yếu", "kem": "Kém",
               "xuat sac": "Xuất sắc", "nhat": "thứ nhất", "hai": "thứ hai", "ba": "thứ ba", "tu": "thứ tư"}


def printed_band(label: str, family: str) -> str:
    """A class or group label as a reader writes it ("Nhóm A", "Tốt") from its folded form and family."""
    if family == "letters":
        return f"Nhóm {label.upper()}"
    if family == "ordinals":
        return f"Nhóm {_BAND_NAMES.get(label, label)}"
    return _BAND_NAMES.get(label, label)
