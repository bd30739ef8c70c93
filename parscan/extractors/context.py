"""Document-level facts several extractors need: the province, footnotes, interpreted tables."""

from __future__ import annotations

import re
from collections.abc import Callable

from parscan.extractors.table_model import Interpreted, interpret_tables
from parscan.normalizers.names import fold, strip_diacritics
from parscan.registries import match_unit, unit_registry
from parscan.schemas.document import ParscanDocument
from parscan.schemas.records import Match

# a footnote opens with its star: "(*)", "*", "(**)", after OCR's edge noise ("~ (*)")
_FOOTNOTE_RE = re.compile(r"^[^\w*]{0,4}\*")
# its maximum: "thang điểm tối đa: 60", "điểm tối đa là 60 điểm", "Chỉ số = Điểm đạt được x 100/60"
# (letters tolerate OCR: "diém", "tôi")
_FOOTNOTE_MAX_RES = (
    re.compile(r"di\w{1,2}m\s+t\w{1,2}i\s+da\W{0,3}(?:la\s+|chi\s+(?:con\s+|co\s+)?)?(\d{2,3}(?:[.,]\d{1,2})?)\b"),
    re.compile(r"[x×*]\s*100\s*[/:]\s*(\d{2,3}(?:[.,]\d{1,2})?)\b"),
)


def doc_province(doc: ParscanDocument) -> str | None:
    """Registry id of the province the document is from (issuer, then place, then first lines)."""
    meta = doc.document
    registry = unit_registry()
    if is_national(doc):
        return None  # a ministry's report "Hà Nội, ngày …" ranks provinces: Hà Nội's districts are not its units
    for text in (meta.issuer_parent, meta.issuer, meta.place):
        if text:
            prov = registry.find_province(text)
            if prov:
                return prov.id
    if doc.pages:
        head = " ".join(line.text for line in doc.pages[0].lines[:6])
        prov = registry.find_province(head)
        if prov:
            return prov.id
    return None


_NATIONAL_ISSUER_RE = re.compile(r"\b(?:bo noi vu|ban chi dao cai cach hanh chinh cua chinh phu|chinh phu|thu tuong)\b")
# on folded text, which keeps no punctuation ("các bộ, cơ quan ngang bộ" folds to "cac bo co quan ngang bo")
_NATIONAL_SCOPE_RE = re.compile(r"tinh thanh pho truc thuoc trung uong|cac bo co quan ngang bo|63 tinh thanh")


def is_national(doc: ParscanDocument) -> bool:
    """Is this a national document (issued by the Ministry of Home Affairs or the Government's PAR steering
    committee, or about all provinces / all ministries), which names no province of its own?"""
    meta = doc.document
    issuer = fold(" ".join(filter(None, [meta.issuer_parent, meta.issuer])))
    if issuer and _NATIONAL_ISSUER_RE.search(issuer) and not unit_registry().find_province(issuer):
        return True
    head = fold(" ".join(line.text for page in doc.pages[:1] for line in page.lines[:12]))
    return bool(_NATIONAL_SCOPE_RE.search(head)) and not re.search(r"\bubnd tinh|uy ban nhan dan tinh|so noi vu",
                                                                     head)


def unit_matcher(doc: ParscanDocument) -> Callable[[str, str | None], Match]:
    """How the document's unit names are matched: a national document's against the provinces and ministries,
    a province's report against its departments and districts."""
    if is_national(doc):
        from parscan.registries.national import match_national_unit

        year = doc.document.year_assessed
        return lambda name, kind=None: match_national_unit(name, None, year)
    province = doc_province(doc)
    return lambda name, kind=None: match_unit(name, province, kind)


def footnote_max_points(doc: ParscanDocument) -> float | None:
    """The maximum of the units marked with a star, from the footnote that explains the star: ``(*) Thang
    điểm tối đa: 60 điểm``, ``(*) Đơn vị không chấm điểm tiêu chí …, điểm tối đa là 60 điểm``, ``(*) …
    Chỉ số = Điểm đạt được x 100/60``.  The footnote may wrap, so the star's line is read with the two
    lines after it (up to the next footnote)."""
    from parscan.normalizers.numbers import read_number

    for page in doc.pages:
        lines = [strip_diacritics(line.text).lower() for line in page.lines]
        for i, line in enumerate(lines):
            if not _FOOTNOTE_RE.match(line):
                continue
            text = line
            for nxt in lines[i + 1:i + 3]:
                if _FOOTNOTE_RE.match(nxt):
                    break
                text += " " + nxt
            for pattern in _FOOTNOTE_MAX_RES:
                m = pattern.search(text)
                value = read_number(m.group(1)).value if m else None
                if value is not None:
                    return value
    return None


# "điểm thẩm định tối đa là 90 điểm và điểm khảo sát sự hài lòng … tối đa là 10 điểm" (folded)
_PART_MAX_RE = re.compile(r"\b(tham dinh|khao sat|dieu tra)\b[^.;:]{0,60}?\btoi da\W{0,3}(?:la\s+)?(\d{1,3}(?:[.,]\d{1,2})?)"
                          r"\s*diem")


def stated_part_maxima(doc: ParscanDocument) -> dict[str, float]:
    """The maxima of the appraisal and survey parts as the document's own methodology paragraph states them
    (first statement of each), keyed 'appraisal' / 'survey'."""
    from parscan.normalizers.numbers import read_number

    out: dict[str, float] = {}
    for page in doc.pages:
        text = fold(" ".join(line.text for line in page.lines))
        for m in _PART_MAX_RE.finditer(text):
            part = "appraisal" if m.group(1) == "tham dinh" else "survey"
            value = read_number(m.group(2)).value
            if value is not None:
                out.setdefault(part, value)
    return out


def interpreted_tables(doc: ParscanDocument) -> list[Interpreted]:
    """Tables with the kind and column keys set by the `table_interpret` step."""
    return [Interpreted(t, [k or None for k in t.columns] or [None] * t.n_cols, t.kind) for t in doc.tables]


def merge_and_classify(doc: ParscanDocument) -> None:
    """Recognise columns, classify, and merge continued tables (run once, before the interpreters)."""
    doc.tables = [item.table for item in interpret_tables(doc.tables)]
