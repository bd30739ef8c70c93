"""Document metadata from the administrative-document layout (Nghị định 30/2020/NĐ-CP).

Vietnamese official documents put the issuing body top-left (parent body above it), the
national motto top-right, ``Số: N/KIND-BODY`` and ``Place, ngày D tháng M năm Y`` next, the kind
in capitals (``BÁO CÁO``) with the subject below it (or a ``V/v`` line for letters), and at the
end ``Nơi nhận:`` (recipients, left) beside the signature block (authority, title, name, right).
Everything is matched on folded text, so raw OCR without diacritics and repaired text both work.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from parscan.normalizers.names import fold, strip_diacritics
from parscan.registries import unit_registry
from parscan.schemas.document import ParscanDocument
from parscan.schemas.geometry import Box, Evidence
from parscan.schemas.ocr import Line
from parscan.schemas.records import DocumentMeta, LegalReference, Person

KINDS = {  # folded title -> (display, symbol abbreviation)
    "bao cao": ("Báo cáo", "BC"), "ke hoach": ("Kế hoạch", "KH"), "quyet dinh": ("Quyết định", "QĐ"),
    "thong bao": ("Thông báo", "TB"), "to trinh": ("Tờ trình", "TTr"), "chi thi": ("Chỉ thị", "CT"),
    "nghi quyet": ("Nghị quyết", "NQ"), "huong dan": ("Hướng dẫn", "HD"), "cong van": ("Công văn", "CV"),
    "chuong trinh": ("Chương trình", "CTr"), "giay moi": ("Giấy mời", "GM"), "bien ban": ("Biên bản", "BB"),
}
ABBREV_KIND = {abbr.upper(): display for display, abbr in KINDS.values()}
ABBREV_KIND.update({"QD": "Quyết định", "NĐ": "Nghị định", "TT": "Thông tư", "TTLT": "Thông tư liên tịch"})
# Symbol segments with their canonical spelling; matched on a key where Đ/P/B read alike.
SYMBOL_SEGMENTS = ["QĐ", "HĐ", "HĐND", "HĐCCHC", "NĐ", "TTg", "BNV", "UBND", "SNV", "CP", "TT", "BTC", "KH", "BC",
                   "TB", "TTr", "CV", "NQ", "CT", "HD", "VP", "NC", "CCHC", "TU", "BCĐ", "SGDĐT", "SNNPTNT", "BTP"]
_LEGAL_KINDS = {"quyet dinh": "Quyết định", "ke hoach": "Kế hoạch", "cong van": "Công văn", "nghi dinh": "Nghị định",
                "nghi quyet": "Nghị quyết", "thong tu": "Thông tư", "chi thi": "Chỉ thị", "bao cao": "Báo cáo",
                "huong dan": "Hướng dẫn", "thong bao": "Thông báo", "chuong trinh": "Chương trình"}
_SYMBOL_RE = re.compile(r"(?<![\w/])(\d{1,5}[a-zA-Z]?)\s*/\s*((?:\d{4}/)?[A-Za-zĐđ][A-Za-zĐđ0-9&]*(?:\s?-\s?[A-Za-zĐđ][A-Za-zĐđ0-9&.]*)*)")
_DATE_RE = re.compile(
    r"ng\w{0,2}y\s*([0-9]{1,2}|[a-z.…]{0,3})\W{0,2}\s*th\w{0,3}ng\s*([0-9il]{1,2})\W{0,2}\s*n\w{0,2}m\s*(\d{4})")
_NUM_DATE_RE = re.compile(r"ng\w{0,2}y\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
_MOTTO_RE = re.compile(r"\b(?:cong hoa|c[a-z]{1,2}ng hoa|d[a-z]{0,2}c la[pb]|doc lap)\b")
_SURNAMES = ["nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
             "duong", "ly", "luong", "truong", "dinh", "dao", "cao", "lam", "mai", "ta", "ha", "to", "trinh", "doan",
             "chu", "lai", "tong", "quach", "luu", "kieu", "thai", "la", "vuong", "nong", "lo", "ha", "khuat", "tran"]
_TITLES = [("pho chu tich", "Phó Chủ tịch"), ("chu tich", "Chủ tịch"), ("pho giam doc", "Phó Giám đốc"),
           ("giam doc", "Giám đốc"), ("chanh van phong", "Chánh Văn phòng"), ("truong ban", "Trưởng ban"),
           ("pho truong ban", "Phó Trưởng ban"), ("chanh thanh tra", "Chánh Thanh tra"), ("bo truong", "Bộ trưởng")]
_AUTH_RE = re.compile(r"\b(kt|tm|tl|tuq|q)\s*[.,]?\s*(?=[a-z])")
_PAR_WORDS = ("cai cach hanh chinh", "cchc", "par index", "chi so cai cach")


def _lines(doc: ParscanDocument) -> list[tuple[int, int, Line]]:
    return [(page.number, i, line) for page in doc.pages for i, line in enumerate(page.lines, start=1)]


def _evidence(page: int, idx: int, line: Line) -> Evidence:
    return Evidence(page=page, box=line.box, line_start=idx, line_end=idx, text=line.text)


def _segment_key(seg: str) -> str:
    return strip_diacritics(seg).upper().replace("P", "D").replace("B", "D")


_SEGMENT_BY_KEY: dict[str, str] = {}
for _seg in SYMBOL_SEGMENTS:
    _SEGMENT_BY_KEY.setdefault(_segment_key(_seg), _seg)


def normalize_symbol(number: str, symbol: str) -> str:
    """``251``, ``BC-SNV`` -> ``251/BC-SNV``; OCR spellings of Đ fixed (``QD``/``Qb`` -> ``QĐ``)."""
    parts = [p for p in re.split(r"\s*-\s*", symbol.strip(" .;,")) if p]
    out = []
    for part in parts:
        if re.fullmatch(r"\d{4}/.*", part):
            year, _, rest = part.partition("/")
            out.append(f"{year}/{_SEGMENT_BY_KEY.get(_segment_key(rest), rest.upper())}")
            continue
        key = _segment_key(part)
        out.append(_SEGMENT_BY_KEY.get(key, part if part[:1].isupper() and not part.isupper() and len(part) > 3
                                       else part.upper()))
    return f"{number}/{'-'.join(out)}"


def _iso(day: str | None, month: str, year: str, notes: list[str]) -> str | None:
    month_digits = month.replace("i", "1").replace("l", "1")
    if not month_digits.isdigit() or not 1 <= int(month_digits) <= 12:
        return None
    m, y = int(month_digits), int(year)
    if day and day.isdigit():
        d = int(day)
        if not 1 <= d <= 31 and day[0] in "74":  # '1' read as '7' or '4'
            fixed = int("1" + day[1:]) if len(day) == 2 else None
            if fixed and 1 <= fixed <= 31:
                notes.append(f"day {day!r} read as {fixed}")
                d = fixed
        if 1 <= d <= 31:
            return f"{y:04d}-{m:02d}-{d:02d}"
    return f"{y:04d}-{m:02d}"


def _left_of_motto(text: str) -> str:
    """Text of a header line left of the national motto column."""
    tokens = text.split()
    for i in range(len(tokens)):
        window = fold(" ".join(tokens[i:i + 3]))
        if _MOTTO_RE.match(window) or window.startswith(("xa hoi chu nghia", "tu do hanh phuc", "hanh phuc")):
            return " ".join(tokens[:i]).strip(" ,-—")
    return text.strip()


def _title_case_body(text: str) -> str:
    """``SỞ NỘI VỤ`` -> ``Sở Nội vụ`` style: first letter upper, keep acronyms."""
    words = text.split()
    out = []
    for i, w in enumerate(words):
        if w.isupper() and len(w) <= 5 and fold(w) in ("ubnd", "cchc", "hdnd", "par", "sipas", "ttr"):
            out.append(w)
        else:
            out.append(w.capitalize() if i == 0 else w.lower())
    return " ".join(out)


def _issuer(header: list[str], place: str | None, symbol: str | None) -> tuple[str | None, str | None]:
    """(issuer, parent) from the left header column."""
    registry = unit_registry()
    text = " ".join(h for h in header if h)
    folded = fold(text)
    prov = registry.find_province(text) or (registry.find_province(place) if place else None) \
        or (_fuzzy_province(place) if place else None)
    ubnd = None
    if prov and re.search(r"\b(ubnd|uy ban nhan dan|uy ban)\b", folded):
        ubnd = f"UBND {prov.unit_word} {prov.name}"
    # a subordinate body printed below the UBND line
    sub_lines = [h for h in header if h and not re.search(r"\b(ubnd|uy ban nhan dan)\b", fold(h))
                 and not (prov and fold(h).replace("tinh ", "").replace("thanh pho ", "").strip() == fold(prov.name))]
    sub = " ".join(sub_lines).strip(" ,")
    if sub:
        match = registry.match(sub, prov.id if prov else None, "department")
        body = match.canonical or _title_case_body(sub)
        return body, ubnd
    if ubnd:
        return ubnd, None
    if prov and symbol and "UBND" in symbol:
        return f"UBND {prov.unit_word} {prov.name}", None
    return (_title_case_body(text) if text else None), None


def _signer(lines: list[tuple[int, int, Line]]) -> Person | None:
    start = _recipients_start(lines)
    block = lines[start: start + 30] if start is not None else lines[-30:]
    name, name_ev = None, None
    for page, idx, line in reversed(block):
        tokens = line.text.replace("%", " ").split()
        run: list[str] = []
        for tok in reversed(tokens):
            if re.fullmatch(r"[^\W\d_][^\W\d_]*", tok) and tok[0].isupper() and (len(tok) == 1 or not tok[1:].isupper()):
                run.insert(0, tok)
            else:
                break
        for start_at in range(0, max(0, len(run) - 1)):
            cand = run[start_at:]
            if 2 <= len(cand) <= 4 and max(fuzz.ratio(fold(cand[0]), s) for s in _SURNAMES) >= 80:
                name, name_ev = " ".join(cand), _evidence(page, idx, line)
                break
        if name:
            break
    title, authority = None, None
    for _, _, line in block:
        caps = [t for t in line.text.split() if (t.isupper() and len(t.strip(".,;:")) >= 2) or t.rstrip(".") in ("KT", "TM", "TL")]
        key = fold(" ".join(caps))
        auth = _AUTH_RE.search(key)
        for phrase, display in _TITLES:
            pos = key.find(phrase)
            if pos >= 0:
                if auth and auth.start() < pos and authority is None:
                    authority = auth.group(1).upper() + "."
                if title is None or (display.startswith("Phó") and not title.startswith("Phó")):
                    title = display
                break
        if authority is None and re.search(r"\btm\s+uy ban nhan dan\b", key):
            authority = "TM."
    if not (name or title):
        return None
    return Person(name=name, title=title, authority=authority, evidence=name_ev)


def _recipients_start(lines: list[tuple[int, int, Line]]) -> int | None:
    for k, (_, _, line) in enumerate(lines):
        key = fold(line.text)
        if key.startswith(("noi nhan", "noi nh")) and len(key) < 60:
            return k
    return None


def _recipients(lines: list[tuple[int, int, Line]]) -> list[str]:
    out: list[str] = []
    start = _recipients_start(lines)
    if start is None:
        return out
    misses = 0
    for _, _, line in lines[start + 1: start + 30]:
        text = line.text.strip()
        if not text:
            continue
        if not text.startswith(("-", "—", "–")):
            misses += 1
            if misses > 2:
                break
        if text.startswith(("-", "—", "–")):
            item = re.split(r"\s{2,}", text.lstrip("-—– ").strip())[0]
            item = item.rstrip(" ;,.")
            if item:
                out.append(item)
        elif out and len(text) < 40 and text[:1].islower():
            out[-1] = f"{out[-1]} {text.rstrip(' ;,.')}"
    return out


def _legal_references(lines: list[tuple[int, int, Line]], own: str | None) -> list[LegalReference]:
    refs: list[LegalReference] = []
    seen = {own} if own else set()
    for page, idx, line in lines:
        for m in _SYMBOL_RE.finditer(line.text):
            number, symbol = m.group(1), m.group(2)
            if not re.search(r"[A-Za-zĐđ]{2}", symbol):
                continue
            norm = normalize_symbol(number, symbol)
            if norm in seen:
                continue
            before = fold(line.text[max(0, m.start() - 30): m.start()])
            abbr = norm.split("/")[-1].split("-")[0]
            kind = ABBREV_KIND.get(abbr.upper()) or next(
                (display for key, display in _LEGAL_KINDS.items() if key in before), None)
            if kind is None:
                continue
            after = strip_diacritics(line.text[m.end(): m.end() + 30]).lower()
            date = None
            dm = _NUM_DATE_RE.search(after)
            if dm:
                date = _iso(dm.group(1), dm.group(2), dm.group(3), [])
            seen.add(norm)
            refs.append(LegalReference(number_symbol=norm, kind=kind, date=date, evidence=_evidence(page, idx, line)))
    # a symbol broken at a line end ("13/2016/QĐ-" + "UBND") also matched as its prefix: drop those
    return [r for r in refs if not any(o is not r and o.number_symbol.startswith(r.number_symbol + "-") for o in refs)]


def _district_province(place: str) -> object | None:
    """The province of the one district named `place`: a district's report is dated from its own town
    ("Thanh Hà, ngày ..."), which a fuzzy match would take for a province (Thanh Hóa)."""
    key = fold(place)
    found = [p for p in unit_registry().provinces if any(fold(name) == key for _, name in p.districts)]
    return found[0] if len(found) == 1 else None


def _fuzzy_province(place: str) -> object | None:
    key = fold(place)
    best = max(unit_registry().provinces, key=lambda p: fuzz.ratio(key, fold(p.name)))
    return best if key and fuzz.ratio(key, fold(best.name)) >= 70 else None


def extract(doc: ParscanDocument) -> None:
    lines = _lines(doc)
    if not lines:
        return
    meta = DocumentMeta()
    head = lines[:40]
    notes: list[str] = []
    number_idx = None
    for k, (page, idx, line) in enumerate(head):
        plain = strip_diacritics(line.text)
        m = re.search(r"\bS\S{0,2}\s*:\s*(\d{1,5}[a-zA-Z]?)\s*/\s*([A-Za-zĐđ][\w&]*(?:\s?-\s?[\w&.]+)*)", plain, re.I)
        if m and number_idx is None:
            number_idx = k
            meta.number_symbol = normalize_symbol(m.group(1), m.group(2))
            meta.evidence["number_symbol"] = _evidence(page, idx, line)
        low = plain.lower()
        dm = _DATE_RE.search(low)
        if dm and meta.date is None:
            day = dm.group(1) if dm.group(1).isdigit() else None
            meta.date = _iso(day, dm.group(2), dm.group(3), notes)
            meta.evidence["date"] = _evidence(page, idx, line)
            before = line.text[: dm.start()].rsplit(",", 1)[0]
            if m:
                before = before[m.end():] if len(before) > m.end() else before
            place = re.sub(r"^.*?/\S+\s*;?\s*", "", before).strip(" ,;") or before.strip(" ,;")
            prov = unit_registry().find_province(place) or _district_province(place) or _fuzzy_province(place)
            meta.place = prov.name if prov else (place or None)
    # kind: the capitalised title line, else the symbol's abbreviation, else a V/v line -> Công văn
    for k, (page, idx, line) in enumerate(head):
        key = fold(line.text)
        for title, (display, _) in KINDS.items():
            tail_words = line.text.split()[-len(title.split()):]
            if key == title or (key.endswith(title) and len(key) <= len(title) + 4
                                and all(w.isupper() for w in tail_words)):
                meta.kind = display
                meta.evidence["kind"] = _evidence(page, idx, line)
                subject = []
                for _, _, nxt in head[k + 1:]:
                    if not nxt.text.strip():
                        if subject:
                            break
                        continue
                    subject.append(nxt.text.strip().lstrip("- "))
                    if len(subject) >= 4:
                        break
                meta.subject = " ".join(subject) or None
                break
        if meta.kind:
            break
    if meta.number_symbol:
        abbr = meta.number_symbol.split("/")[-1].split("-")[0]
        kind_abbr = {display: ab for display, ab in KINDS.values()}.get(meta.kind or "")
        if meta.kind is None:
            meta.kind = ABBREV_KIND.get(abbr.upper())
        elif kind_abbr and abbr.upper() != kind_abbr.upper() and abbr.upper() not in ABBREV_KIND and len(abbr) == len(kind_abbr):
            fixed = meta.number_symbol.replace(abbr, kind_abbr, 1)
            notes.append(f"symbol {meta.number_symbol} read as {fixed} (document kind {meta.kind})")
            meta.number_symbol = fixed
    vv = next(((p, i, line) for p, i, line in head if re.match(r"^\s*v\s*/\s*v\b", fold(line.text).replace(" v v", "v/v"))
               or strip_diacritics(line.text).strip().lower().startswith("v/v")), None)
    if vv:
        page, idx, line = vv
        pos = next(k for k, item in enumerate(head) if item[2] is line)
        subject = [line.text.strip()]
        for _, _, nxt in head[pos + 1: pos + 4]:
            if not nxt.text.strip():
                break
            subject.append(nxt.text.strip())
        if meta.kind is None or (meta.number_symbol and meta.number_symbol.split("/")[-1].split("-")[0].upper()
                                 not in ABBREV_KIND):
            meta.kind = "Công văn"
        meta.subject = meta.subject or " ".join(subject)
    # issuer: left column of the lines above the number line
    header = [_left_of_motto(line.text) for _, _, line in head[: number_idx or 0]]
    header = [h for h in header if h]
    meta.issuer, meta.issuer_parent = _issuer(header, meta.place, meta.number_symbol)
    if head[: number_idx or 0]:
        p0, i0, l0 = head[0]
        meta.evidence["issuer"] = Evidence(page=p0, line_start=i0, line_end=head[(number_idx or 1) - 1][1],
                                           box=_union([line.box for _, _, line in head[: number_idx or 1]]),
                                           text="\n".join(header))
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", meta.subject or "")]
    meta.year_assessed = years[-1] if years else (int(meta.date[:4]) if meta.date else None)
    meta.signer = _signer(lines)
    meta.recipients = _recipients(lines)
    if meta.signer and meta.signer.name:  # the signature column is printed beside the recipients
        meta.recipients = [r.replace(meta.signer.name, "").strip(" %;,") for r in meta.recipients]
    meta.legal_references = _legal_references(lines, meta.number_symbol)
    text = fold(" ".join(line.text for _, _, line in lines[:400]))
    meta.is_par_document = sum(text.count(word) for word in _PAR_WORDS) >= 3
    if not meta.is_par_document and lines:
        # not an error: archives mix PAR documents with others, whose text is still worth having
        notes.append("does not read as a PAR Index document (fewer than 3 PAR terms): no PAR records expected")
    doc.document = meta
    doc.warnings.extend(f"metadata: {note}" for note in notes)


def _union(boxes: list[Box | None]) -> Box | None:
    out = None
    for box in boxes:
        if box is not None:
            out = box if out is None else out.union(box)
    return out
