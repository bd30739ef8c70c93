"""Document identity for the audit across documents: which year it assesses, whose units, who issued it.

    ident = identify(doc)
    ident.year_assessed   # 2022 for "Chỉ số CCHC năm 2022" published in March 2023
    ident.scopes          # ["provinces"], ["departments", "districts"], ["ministries", "provinces"] ...
    ident.issuer_level    # national (Bộ Nội vụ, Ban Chỉ đạo CCHC của Chính phủ), provincial, unknown (press)
    ident.authority       # the issuing authority's own publication of its units' figures for that year

The year assessed comes first from the title ("Chỉ số CCHC năm 2022", "PAR INDEX 2022"), then from the
years the statements are about, then from a ranking table's header, and only last from the date line
(the year before the date for a results announcement: results are published the year after).

`classify_unit` tells which kind of unit a printed name is (a province, a ministry, a department, a
district) and its key, so that figures about one unit from different documents meet.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from parscan.normalizers.names import fold
from parscan.schemas.archive import DocumentIdentity
from parscan.schemas.document import ParscanDocument

_TITLE_YEAR_RE = re.compile(
    r"(?:chi so|cchc|par index|sipas|papi|pci|ddci|cai cach hanh chinh|hai long)\b[^.;]{0,80}?\bnam (20\d\d)\b"
    r"|\b(?:par index|sipas|papi|pci|ddci) (20\d\d)\b")
_NATIONAL_ISSUERS = ("bo noi vu", "ban chi dao cai cach hanh chinh cua chinh phu", "chinh phu", "thu tuong chinh phu",
                     "van phong chinh phu")
_SCOPE_WORDS = (
    ("provinces", re.compile(r"\b(?:cac )?tinh thanh pho truc thuoc trung uong\b|\b63 tinh thanh\b|\bcac dia phuong\b")),
    ("ministries", re.compile(r"\bcac bo co quan ngang bo\b|\bbo co quan ngang bo\b")),
    ("departments", re.compile(r"\bso ban nganh\b|\bcac so\b|\bco quan chuyen mon\b")),
    ("districts", re.compile(r"\b(?:cac )?huyen thi xa thanh pho\b|\bcap huyen\b|\bubnd cac huyen\b")),
)
_LOCAL_DEPARTMENT_RE = re.compile(r"^(?:so|ban|van phong(?! chinh phu)|thanh tra(?! chinh phu)|bql|ban quan ly|cong an tinh)\b")
_LOCAL_DISTRICT_RE = re.compile(r"^(?:ubnd |uy ban nhan dan )?(?:huyen|thi xa|quan|thanh pho|tp)\b")
# who assesses a province's departments and districts: its People's Committee, its Department of Home Affairs
_ASSESSOR_RE = re.compile(r"^(?:uy ban nhan dan|ubnd) (?:tinh|thanh pho)\b|\bso noi vu\b|\bban chi dao cai cach")
# the documents a document cites by number: the decision or report whose figures it quotes, the plan it follows
_CITED_KINDS = ("quyết định", "báo cáo", "kế hoạch", "công văn", "thông báo")
_CITED_RE = re.compile(r"(?:Quyết định|Báo cáo|Kế hoạch|Công văn|Thông báo) (?:số )?(\d{1,5}/(?:\d{4}/)?[A-ZĐ]{1,5}-[\wĐđ-]+)")
_MINISTRY_HEAD_RE = re.compile(r"^(?:bo|ngan hang nha nuoc|thanh tra chinh phu|van phong chinh phu|uy ban dan toc)\b")


def _head_lines(doc: ParscanDocument, n: int = 40) -> list[str]:
    first = doc.text.split("\f", 1)[0] if doc.text else ""
    lines = first.splitlines()
    if not lines and doc.pages:
        lines = [line.text for line in doc.pages[0].lines]
    return [line for line in lines[:n] if line.strip()]


def _title_text(doc: ParscanDocument) -> str:
    """The title block: the subject (when the metadata found one) or the first lines of the text."""
    parts = [doc.document.subject or ""]
    head = _head_lines(doc, 14)
    parts.extend(head)
    return " ".join(parts)


def year_assessed(doc: ParscanDocument) -> tuple[int | None, str | None]:
    """(year, how it was decided): title, claims, table header, date-1, metadata."""
    for text, source in ((doc.document.subject or "", "title"), (" ".join(_head_lines(doc, 14)), "title")):
        m = _TITLE_YEAR_RE.search(fold(text))
        if m:
            return int(m.group(1) or m.group(2)), source
    years = Counter(c.year for c in doc.claims if c.year)
    if years:
        return years.most_common(1)[0][0], "claims"
    for table in doc.tables:
        m = re.search(r"\bnam (20\d\d)\b", fold(" ".join(table.header)))
        if m:
            return int(m.group(1)), "table_header"
    date = doc.document.date
    if date and date[:4].isdigit():
        return int(date[:4]) - 1, "date-1"
    return doc.document.year_assessed, "metadata" if doc.document.year_assessed else None


def _issuer(doc: ParscanDocument) -> tuple[str | None, str]:
    """(issuer, level) from the header lines above the number line, else the metadata.  Without a number line
    there is no header (a press article): its first lines are prose ("Bộ Nội vụ công bố ...") that names who
    published the figures, not who wrote the text."""
    head: list[str] = []
    for line in _head_lines(doc, 8):
        key = fold(line)
        if key.startswith("so ") and re.search(r"\d", line) and "/" in line:
            break
        head.append(key)
    else:
        head = []
    for key in head:
        for name in _NATIONAL_ISSUERS:
            if key == name or key.startswith(name + " "):
                return {"bo noi vu": "Bộ Nội vụ", "chinh phu": "Chính phủ", "thu tuong chinh phu": "Thủ tướng Chính phủ",
                        "van phong chinh phu": "Văn phòng Chính phủ"}.get(name, "Ban Chỉ đạo CCHC của Chính phủ"), "national"
    for key in head:
        if _MINISTRY_HEAD_RE.match(key):  # a ministry reporting on itself: one of the units the ministry scope ranks
            from parscan.registries.national import match_national_unit

            ministry = match_national_unit(key, "ministries").canonical
            if ministry:
                return ministry, "unit"
    meta = doc.document
    for text in (meta.issuer_parent, meta.issuer, " ".join(head)):
        if text and province_of(text):
            issuer = fold(meta.issuer or text)
            level = "provincial" if (not meta.issuer or _ASSESSOR_RE.search(issuer)) else "unit"
            return (meta.issuer or text), level
    return meta.issuer, "unknown"


@lru_cache(maxsize=4096)
def province_of(text: str) -> str | None:
    """The province named in a text (an issuer line, 'của tỉnh Hà Nam'), canonical; None when none."""
    prov = _registry().find_province(text) if text else None
    return prov.name if prov else None


@lru_cache(maxsize=1)
def _registry():
    from parscan.registries import unit_registry

    return unit_registry()


def _scopes(doc: ParscanDocument, title: str) -> list[str]:
    found: Counter[str] = Counter()
    key = fold(title)
    for scope, pattern in _SCOPE_WORDS:
        if pattern.search(key):
            found[scope] += 3
    for row in doc.rankings:
        if row.group in ("departments", "districts"):
            found[row.group] += 1
        else:
            kind, _ = classify_unit(row.unit.canonical or row.unit.printed)
            if kind:
                found[kind] += 1
    for claim in doc.claims:
        if claim.scope:
            found[claim.scope] += 1
    return [s for s, _ in found.most_common()]


def identify(doc: ParscanDocument) -> DocumentIdentity:
    meta = doc.document
    title = _title_text(doc)
    year, year_source = year_assessed(doc)
    issuer, level = _issuer(doc)
    scopes = _scopes(doc, title)
    province = None
    if level in ("provincial", "unit"):
        province = province_of(" ".join(x for x in (meta.issuer_parent or "", meta.issuer or "") if x)) or \
            province_of(meta.place or "")
    if province is None and any(s in scopes for s in ("departments", "districts")):
        m = re.search(r"\b(?:cua |tren dia ban )?tinh ([a-z ]{3,30})", fold(title))
        province = province_of(m.group(0)) if m else None
        province = province or province_of(meta.place or "")
    kinds = Counter(t.index_kind for t in doc.tables if t.index_kind and t.index_kind != "unknown")
    kinds.update(c.index_kind for c in doc.claims if c.index_kind)
    if not kinds:
        from parscan.extractors.index_kind import kind_of_text

        k = kind_of_text(title)
        if k and k != "unknown":
            kinds[k] += 1
    cites = [r.number_symbol for r in meta.legal_references if (r.kind or "").lower().startswith(_CITED_KINDS)]
    cites += [m.group(1) for m in _CITED_RE.finditer(doc.text[:20000]) if m.group(1) not in cites]
    cites = [c for c in cites if symbol_key(c) != symbol_key(meta.number_symbol or "")]
    published = int(meta.date[:4]) if meta.date and meta.date[:4].isdigit() else None
    ident = DocumentIdentity(
        path=doc.source.path, sha256=doc.source.sha256, year_assessed=year, year_published=published,
        year_source=year_source, scopes=scopes, province=province, issuer=issuer, issuer_level=level,  # type: ignore[arg-type]
        index_kind=kinds.most_common(1)[0][0] if kinds else "par", kind=meta.kind, number_symbol=meta.number_symbol,
        cites=list(dict.fromkeys(cites)),
    )
    ident.authority = bool(doc.rankings) and any(publishes(ident, s, province) for s in scopes)
    return ident


def symbol_key(number_symbol: str) -> str:
    """A number and symbol as a key: '2376/QĐ-UBND' and '2376/QD - UBND' meet."""
    return re.sub(r"[\s.]", "", fold(number_symbol)).upper()


def publishes(ident: DocumentIdentity, scope: str | None, owner: str | None) -> bool:
    """Is the document's issuer the authority that assesses and publishes this scope's figures?"""
    if scope in ("provinces", "ministries"):
        return ident.issuer_level == "national"
    if scope in ("departments", "districts"):
        return ident.issuer_level == "provincial" and owner is not None and ident.province == owner
    return False


@lru_cache(maxsize=65536)
def classify_unit(name: str, hint: str | None = None) -> tuple[str | None, str]:
    """(scope, key) of a printed unit name: provinces and ministries by the national registry (key its id),
    departments and districts by their head word (key the folded name without generic words)."""
    from parscan.registries.national import match_national_unit
    from parscan.scoring.unit_names import _core, unit_key

    key = fold(name)
    if not key:
        return None, ""
    if _LOCAL_DEPARTMENT_RE.match(key):
        return "departments", _core(unit_key(name))
    if not _LOCAL_DISTRICT_RE.match(key) or key.startswith(("thanh pho", "tp")):
        prov = match_national_unit(name, "provinces")
        if prov.canonical:
            return "provinces", prov.registry_id or fold(prov.canonical)
    if _LOCAL_DISTRICT_RE.match(key):
        return "districts", _core(unit_key(name))
    if _MINISTRY_HEAD_RE.match(key) or hint == "ministries":
        mini = match_national_unit(name, "ministries")
        if mini.canonical:
            return "ministries", mini.registry_id or fold(mini.canonical)
    if hint in ("departments", "districts"):
        return hint, _core(unit_key(name))
    return None, _core(unit_key(name))
