"""Recover tables from plain text lines (OCR text files, text layers, OCR lines without ruling).

A PAR table row printed as text is ``[index] name values… [trailing text]``: the values are a run
of numeric tokens (or ``X``/``-`` placeholders) and the trailing text is the lead-agency column of
criteria tables.  Rows whose cells wrap put the name on several lines around the line that holds
the numbers (the *anchor*), so non-numeric lines between anchors are shared out between the row
above and the row below.  The output is the same generic `Table` (cells by row/col) that scan-table
detection produces; interpretation (rankings, criteria) never looks at the text lines again.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from parscan.extractors.headers import LABELS, detect_labels, header_years
from parscan.normalizers.names import fold
from parscan.normalizers.numbers import read_number
from parscan.schemas.document import ParscanDocument
from parscan.schemas.geometry import Evidence
from parscan.schemas.ocr import Page
from parscan.schemas.records import Cell, Table

_SPLIT_RE = re.compile(r"[\s|\[\]]+")
_NUM_TOKEN_RE = re.compile(r"^[+-]?[\dOoIl!g]*\d[\dOoIl!g]*(?:[.,]\d+)*[.,]?[*°\"'’^]*%?$|^!$")
_CODE_RE = re.compile(r"^(?:\d{1,2}(?:[.,]\d{1,2}){0,3}[.,]?|[IVX]{1,4}\.?|[a-zđ]\))$")
_DOTTED_CODE_RE = re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?$")
_PLACEHOLDERS = {"x", "X", "-", "–", "—"}
_GROUP_RE = re.compile(
    r"^(?:(?:\d+|[ivx]{1,4}|[a-d])\.?\s*)?(?:ubnd\s+|uy ban nhan dan\s+)?(?:c[a-z]{1,2}|khoi|nhom|cap)\s+(?:s[a-z]?|huyen|quan|co quan|don vi|ban|xa|phuong|thi xa"
    r"|thanh pho|tinh|uy ban|ubnd)\b"
)
_TOTAL_RE = re.compile(r"^(?:trung binh|gia tri trung binh|diem trung binh|chi so trung binh|tong diem|tong cong|tong so|"
                       r"binh quan|tong)\b")
_HEADER_WORDS = {"stt", "diem", "xep", "hang", "tieu", "chi", "linh", "vuc", "tri", "tham", "muu", "toi", "da",
                 "khao", "sat", "dinh", "co", "quan", "don", "vi", "loai", "tong", "so", "nam", "muc", "cchc"}
PROSE_LEN = 62


def is_value_token(token: str) -> bool:
    """A cell value printed as a number, or a not-applicable placeholder."""
    if token in _PLACEHOLDERS:
        return True
    return bool(_NUM_TOKEN_RE.match(token)) and read_number(token).value is not None


def tokens(line: str) -> list[str]:
    return [t for t in _SPLIT_RE.split(line.strip()) if t and t not in {"'", "’", ".", ",", ";", ":", "‘"}]


@dataclass
class _LineRow:
    """One text line classified: anchor (has a value run) or text."""

    index: int  # 1-based line number in the page
    text: str
    toks: list[str]
    run: tuple[int, int] | None = None  # [start, end) of the value run in toks

    @property
    def is_anchor(self) -> bool:
        return self.run is not None


@dataclass
class _Row:
    index_text: str = ""
    name_lines: list[str] = field(default_factory=list)
    values: list[str] = field(default_factory=list)
    trailing: list[str] = field(default_factory=list)
    line_start: int = 0
    line_end: int = 0
    special: str | None = None  # group | total


def _value_run(toks: list[str]) -> tuple[int, int] | None:
    """Longest run (last on ties) of ≥2 value tokens, with at least one real number in it."""
    best: tuple[int, int] | None = None
    i = 0
    while i < len(toks):
        if is_value_token(toks[i]):
            j = i
            while j < len(toks) and is_value_token(toks[j]):
                j += 1
            real = sum(1 for t in toks[i:j] if t not in _PLACEHOLDERS)
            if j - i >= 2 and real >= 2 and (best is None or j - i >= best[1] - best[0]):
                best = (i, j)
            i = j
        else:
            i += 1
    return best


def _header_score(text: str) -> int:
    words = fold(text).split()
    return sum(1 for w in words if w in _HEADER_WORDS)


def _is_header_line(text: str) -> bool:
    folded = fold(text)
    hits = detect_labels(text)
    if len(text) > PROSE_LEN:  # a long line is a header only when it is a row of labels
        return len(hits) >= 4 or (len(hits) >= 3 and text.count("|") >= 3)
    return len(hits) >= 2 or (_header_score(text) >= 3 and len(folded.split()) <= 12)


def _header_like(line: _LineRow) -> bool:
    """Header lines: label words, or only column years / letters split off the labels (``2 2020``)."""
    if _is_header_line(line.text):
        return True
    return bool(line.run) and any(re.fullmatch(r"(?:19|20)\d\d", t) for t in line.toks[line.run[0]: line.run[1]])


def row_label_kind(text: str) -> str | None:
    folded = fold(text)
    folded_no_num = re.sub(r"[\d.,|%]+", " ", folded).strip()
    if _TOTAL_RE.match(folded_no_num):
        return "total"
    if _GROUP_RE.match(folded_no_num) and len(text) < PROSE_LEN:
        return "group"
    return None


def _repeats(header: list[_LineRow], known_headers: frozenset[str]) -> bool:
    """Is this a header printed before (a table continued from an earlier page)?"""
    return bool(header) and all(fold(line.text) in known_headers for line in header)


_SENTENCE_END_RE = re.compile(r"\w[.!?]\s*$")


def _nearest_header_block(lines: list[_LineRow], first: int, anchor: int) -> int:
    """Where the header of the rows at `anchor` starts: the block of header lines nearest above them.  A title
    with label words ("Kết quả xác định Chỉ số CCHC năm 2023") and a sentence may stand between an earlier header-like
    line and the table's own header ("STT Cơ quan, đơn vị Chỉ số CCHC (%) Xếp hạng")."""
    last = max((k for k in range(first + 1, anchor) if _is_header_line(lines[k].text)), default=None)
    if last is None:
        return first
    while last - 1 >= first and _is_header_line(lines[last - 1].text) and not _SENTENCE_END_RE.search(lines[last - 1].text):
        last -= 1  # (a header of two or three rows; a sentence ends where the header begins)
    return last


def _segments(lines: list[_LineRow], known_headers: frozenset[str] = frozenset()) -> list[tuple[int, int, int]]:
    """(header_start, first_body, end) index triples into `lines` for each table found on a page.

    A table needs two rows, except under a header printed before (`known_headers`: the folded header lines
    of the tables on earlier pages): a table continued over a page break may carry only its last row and
    its average onto the new page."""
    out: list[tuple[int, int, int]] = []
    i, n = 0, len(lines)
    while i < n:
        # a segment starts at a header block followed by an anchor, or at 3 close anchors
        start = None
        if _is_header_line(lines[i].text):
            look = [k for k in range(i + 1, min(n, i + 14)) if lines[k].is_anchor]
            if look:
                start = _nearest_header_block(lines, i, look[0])
        elif lines[i].is_anchor:
            near = [k for k in range(i, min(n, i + 8)) if lines[k].is_anchor]
            if len(near) >= 3:
                start = i
        if start is None:
            i += 1
            continue
        body = start
        while body < n and (not lines[body].is_anchor or _header_like(lines[body])) and (
                start == body or _is_header_line(lines[body].text) or not row_label_kind(lines[body].text)):
            body += 1
            if body < n and row_label_kind(lines[body].text):
                break
        if body >= n:
            break
        end, gap = body, 0
        k = body
        while k < n:
            line = lines[k]
            if line.is_anchor or row_label_kind(line.text):
                end, gap = k + 1, 0
            elif len(line.text.strip()) >= PROSE_LEN or (k > body and _is_header_line(line.text) and gap > 0):
                break
            elif line.text.strip():
                gap += 1
                if gap > 10:
                    break
            k += 1
        # short continuation lines right after the last anchor belong to the last row
        while end < n and lines[end].text.strip() and len(lines[end].text.strip()) < 40 and not lines[end].is_anchor \
                and not row_label_kind(lines[end].text) and not _is_header_line(lines[end].text):
            end += 1
        anchors = sum(1 for line in lines[body:end] if line.is_anchor)
        if anchors >= 2 or (anchors == 1 and _repeats(lines[start:body], known_headers)):
            out.append((start, body, end))
        i = max(end, i + 1)
    return out


def _build_rows(body: list[_LineRow], n_values: int) -> list[_Row]:
    rows: list[_Row] = []
    pending: list[_LineRow] = []  # text lines not yet given to a row
    single_line = sum(1 for line in body if not line.is_anchor and line.text.strip()) < 0.3 * max(
        1, sum(1 for line in body if line.is_anchor))

    def share_pending(next_row: _Row | None) -> None:
        nonlocal pending
        texts = [p for p in pending if p.text.strip()]
        pending = []
        if not texts:
            return
        prev = rows[-1] if rows and rows[-1].special is None else None
        cut = len(texts) // 2 if (prev and next_row) else (len(texts) if prev else 0)
        if single_line:
            cut = 0 if next_row is None else cut
        for p in texts[:cut]:
            prev.name_lines.append(p.text.strip())
            prev.line_end = max(prev.line_end, p.index)
        rest = texts[cut:]
        if next_row is not None:
            next_row.name_lines = [p.text.strip() for p in rest] + next_row.name_lines
            if rest:
                next_row.line_start = min(next_row.line_start, rest[0].index)
        elif prev is not None:
            for p in rest:
                prev.name_lines.append(p.text.strip())
                prev.line_end = max(prev.line_end, p.index)

    for line in body:
        special = row_label_kind(line.text)
        if special:
            share_pending(None)
            row = _Row(special=special, line_start=line.index, line_end=line.index)
            toks = line.toks
            if line.run:
                row.name_lines = [" ".join(toks[: line.run[0]])]
                row.values = toks[line.run[0]: line.run[1]]
            else:
                vals = [t for t in toks if is_value_token(t) and t not in _PLACEHOLDERS]
                row.name_lines = [" ".join(t for t in toks if t not in vals)]
                row.values = vals
            rows.append(row)
            continue
        if not line.is_anchor:
            if not single_line and line.toks and _DOTTED_CODE_RE.match(line.toks[0]) and len(line.toks) > 1:
                share_pending(None)  # a coded row whose numbers were lost: keep it as a row
                rows.append(_Row(index_text=line.toks[0], name_lines=[" ".join(line.toks[1:])],
                                 line_start=line.index, line_end=line.index))
                continue
            pending.append(line)
            continue
        s, e = line.run
        toks = line.toks
        lead, values, trail = toks[:s], toks[s:e], toks[e:]
        if len(values) > n_values and (lead or not trail):
            # columns are right-aligned (values, then the optional trailing text): the surplus leading
            # numbers end the name ('… ISO 9001', '… so với năm 2015'), they are not cells
            extra = len(values) - n_values
            lead, values = lead + values[:extra], values[extra:]
        row = _Row(line_start=line.index, line_end=line.index, values=values, trailing=[" ".join(trail)] if trail else [])
        if lead and _CODE_RE.match(lead[0]) and (len(lead) > 1 or not rows):
            row.index_text, lead = lead[0], lead[1:]
        elif not lead and values and len(values) > n_values:
            row.index_text, row.values = values[0], values[1:]
        row.name_lines = [" ".join(lead)] if lead else []
        share_pending(row)
        rows.append(row)
    share_pending(None)
    return rows


def _header_labels(header_text: str, n_values: int, has_index: bool, has_trailing: bool) -> list[str]:
    """Printed-style labels per column for a text table (values left blank when not identifiable).  A caption
    among the header lines ("Bảng 2. Chỉ số CCHC năm 2023 …") names the table, not a column."""
    header_text = "\n".join(line for line in header_text.split("\n") if not _CAPTION_RE.match(line)) or header_text
    found = detect_labels(header_text)
    # "STT … Tổng điểm Xếp hạng": a row number first and the rank printed among the values, at the right
    rank_among_values = "stt" in found and "rank" in found
    index_label = "Xếp hạng" if "rank" in found and not rank_among_values else "STT"
    name_label = "Lĩnh vực/Tiêu chí" if "criterion" in found else "Cơ quan, đơn vị"
    values = [""] * n_values
    criteria_like = "criterion" in found or "lead_agency" in found
    trailing_rank = False
    if criteria_like:
        years = header_years(header_text)
        keys = (["Điểm tối đa"] if "max_points" in found or n_values > len(years) else [])
        for pos, year in enumerate(years):
            is_target = pos == len(years) - 1 and len(years) > 1 and ("target" in found or len(keys) + len(years) == n_values)
            keys.append(f"Mục tiêu năm {year}" if is_target else f"Điểm năm {year}")
        if len(keys) == n_values:
            values = keys
    else:
        printed = _PRINTED_LABELS
        value_keys = [k for k in found if k in ("appraisal", "survey", "total", "index_pct", "max_points")]
        if rank_among_values:
            value_keys = sorted(value_keys + ["rank"], key=lambda k: _printed_at(header_text, k))
            trailing_rank = has_trailing and value_keys[-1] == "rank" and len(value_keys) == n_values + 1
            value_keys = value_keys[:-1] if trailing_rank else value_keys  # (few rows: the rank read as trailing)
        if len(value_keys) == n_values:
            values = [printed[k] for k in value_keys]
    labels = ([index_label] if has_index else []) + [name_label] + values
    if has_trailing:
        labels.append("Chủ trì tham mưu" if "lead_agency" in found else ("Xếp loại" if "classification" in found
                                                                        else "Xếp hạng" if trailing_rank else ""))
    return labels


# how a report prints the value columns' labels (a text table's header is one run of words, so its own words
# cannot be cut per column): Vietnamese as printed, never the folded matching phrase
_PRINTED_LABELS = {"appraisal": "Điểm thẩm định", "survey": "Điểm điều tra XHH", "total": "Tổng điểm",
                   "index_pct": "Chỉ số CCHC (%)", "max_points": "Điểm tối đa", "rank": "Xếp hạng"}


_CAPTION_RE = re.compile(r"\s*(?:bảng|phụ lục|biểu)\s*(?:số\s*)?[\dIVX]*\s*[.:]", re.IGNORECASE)


def _printed_at(header_text: str, key: str) -> int:
    """Where the header prints a column's label first (its phrases on folded text; the end when not found)."""
    text = fold(header_text)
    found = [m.start() for phrase in LABELS[key] for m in [re.search(rf"\b{re.escape(phrase)}\b", text)] if m]
    return min(found, default=len(text))


def _split_header(header_lines: list[str], n_cols: int) -> list[str] | None:
    """Labels of a one-line header whose cells are separated by '|' or wide gaps (text layers)."""
    for line in reversed(header_lines):
        parts = [p.strip() for p in re.split(r"\s*\|\s*|\s{2,}|\t", line.strip()) if p.strip()]
        if len(parts) == n_cols:
            return parts
    return None


def tables_from_lines(page_number: int, texts: list[str], table_prefix: str = "t",
                      known_headers: frozenset[str] = frozenset()) -> list[Table]:
    """All tables recovered from one page's text lines (`known_headers`: see `_segments`)."""
    lines = []
    for idx, text in enumerate(texts, start=1):
        toks = tokens(text)
        lines.append(_LineRow(idx, text, toks, _value_run(toks) if len(text.strip()) < 140 else None))
    tables: list[Table] = []
    for seg_no, (start, body_start, end) in enumerate(_segments(lines, known_headers), start=1):
        header_lines = lines[start:body_start]
        body = lines[body_start:end]
        runs = Counter(line.run[1] - line.run[0] for line in body if line.run)
        n_values = max(runs.items(), key=lambda kv: (kv[1], kv[0]))[0]
        rows = _build_rows(body, n_values)
        has_index = any(r.index_text for r in rows)
        # a repeated header's continuation may hold one row: its trailing words are then the header's last column
        has_trailing = sum(1 for r in rows if r.trailing) >= (
            1 if _repeats(header_lines, known_headers) else max(2, len(rows) // 4))
        header_text = "\n".join(line.text for line in header_lines)
        labels = _header_labels(header_text, n_values, has_index, has_trailing)
        printed = _split_header([line.text for line in header_lines], len(labels))
        if printed:
            labels = printed
        cells: list[Cell] = []
        for r_no, row in enumerate(rows):
            cols = ([row.index_text] if has_index else []) + [" ".join(row.name_lines).strip()]
            vals = list(row.values)
            if row.special == "total":  # averages/totals align to the right-most columns
                vals = [""] * max(0, n_values - len(vals)) + vals[-n_values:]
            cols += (vals + [""] * n_values)[:n_values]
            if len(row.values) > n_values:
                cols[-1] = " ".join(row.values[n_values - 1:])
            if has_trailing:
                cols.append(" ".join(row.trailing))
            for c_no, text in enumerate(cols):
                cells.append(Cell(row=r_no, col=c_no, text=text, page=page_number,
                                  line_start=row.line_start, line_end=row.line_end))
        first = header_lines[0].index if header_lines else body[0].index
        tables.append(Table(
            id=f"{table_prefix}{page_number}_{seg_no}", pages=[page_number], header=labels,
            n_rows=len(rows), n_cols=len(labels), cells=cells, ruled=None,
            evidence=Evidence(page=page_number, line_start=first, line_end=body[-1].index, text=header_text),
        ))
    return tables


def extract(doc: ParscanDocument) -> None:
    """Add text-recovered tables for pages that have no table detected on the image."""
    pages_with_tables = {p for table in doc.tables for p in table.pages}
    reader = TextTables()
    for page in doc.pages:
        reader.page(page, image_tables=page.number in pages_with_tables)
    reader.finish(doc)


class TextTables:
    """`extract` a page at a time, in page order (a header printed on an earlier page marks a
    continued table, so the pages must come in order).

    Why: `parscan extract --jobs N` reads the tables of the pages that are in (and repaired) while
    the workers still OCR the rest, instead of all of them after the last page. `finish` adds the
    tables to the document as `extract` does, and raises there what a page raised, so the
    extractors record the failure at the same point as when `extract` runs.
    """

    def __init__(self) -> None:
        self.tables: list[Table] = []
        self._headers: set[str] = set()
        self._failure: Exception | None = None

    def page(self, page: Page, *, image_tables: bool) -> None:
        """Read the next page; `image_tables`: the page stage found a table on its image (then none here)."""
        if self._failure is not None or image_tables or not page.lines:
            return
        try:
            found = tables_from_lines(page.number, [line.text for line in page.lines],
                                      known_headers=frozenset(self._headers))
            self._headers.update(fold(text) for t in found if t.evidence and t.evidence.text
                                 for text in t.evidence.text.split("\n") if _is_header_line(text))
        except Exception as exc:  # noqa: BLE001 - raised again by `finish`, where `extract` would have raised it
            self._failure = exc
            return
        self.tables.extend(found)

    def finish(self, doc: ParscanDocument) -> None:
        """Add the tables read so far to `doc`; raise what a page raised (the pages after it were not read)."""
        doc.tables.extend(self.tables)
        if self._failure is not None:
            raise self._failure
