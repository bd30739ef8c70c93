"""Assignments in prose: ``- Sở Nội vụ phụ trách lĩnh vực 1 - … (trừ các tiêu chí 1.4; 1.6; 1.7); lĩnh vực 4 …``.

Letters that share the PAR fields out among agencies write one bullet per agency.  Each bullet is
split at the verb (phụ trách / chủ trì / tham mưu) into the agency (matched to the registry) and
the scope, which is read as a sequence of ``lĩnh vực N`` / ``tiêu chí N.N`` / ``tiêu chí thành phần
N.N.N`` lists; ``(trừ …)`` lists become exclusions of the scope before them and ``thuộc lĩnh vực N``
only says where the codes belong.
"""

from __future__ import annotations

import re

from parscan.extractors.context import doc_province
from parscan.normalizers.names import strip_diacritics
from parscan.registries import criteria_set, match_unit
from parscan.schemas.document import ParscanDocument
from parscan.schemas.geometry import Evidence
from parscan.schemas.records import Assignment, AssignmentScope

_VERB_RE = re.compile(r"\b(?:ph\S{0,2}\s*tr\S{0,2}ch|ch\S{0,2}\s+tr\S?\s+tham\s+m\S{0,3}|ch\S{0,2}\s+tr\S?|"
                      r"ch\S{0,2}u\s+tr\S{0,2}ch\s+nhi\S{0,2}m)\b")
_KEYWORD_RE = re.compile(r"(?P<sub>ti\S{0,2}u\s+ch\S\s+th\S{0,2}nh\s+ph\S{0,3}n)|(?P<crit>ti\S{0,2}u\s+ch\S)|"
                         r"(?P<field>[li]{1,2}nh\s+v\S{0,2}c)")
_CODES_RE = re.compile(r"^\s*:?\s*((?:\d{1,2}(?:\s?\.\s?\d{1,2}){0,2}\s*(?:[;,]|\bva\b|\band\b)?\s*)+)")
_EXCEPT_RE = re.compile(r"\(\s*tr\S{0,2}\s+(?:c\S{1,2}c\s+)?(.*?)\)", re.S)
_CONTEXT_RE = re.compile(r"th\S{1,3}c\s+[li]{1,2}nh\s+v\S{0,2}c\s+\d{1,2}")
_LEVEL_DOTS = {"field": 0, "crit": 1, "sub": 2}
_LEVEL_NAME = {"field": "field", "crit": "criterion", "sub": "sub_criterion"}


def _codes(text: str, level: str, warnings: list[str]) -> list[str]:
    out = []
    for raw in re.findall(r"\d{1,2}(?:\s?\.\s?\d{1,2}){0,2}", text):
        code = re.sub(r"\s", "", raw)
        want = _LEVEL_DOTS[level]
        if code.count(".") < want and re.fullmatch(r"\d\d(\.\d)+", code):  # "73.3" for 7.3.3: a dot lost
            fixed = f"{code[0]}.{code[1:]}"
            warnings.append(f"code {code} read as {fixed}")
            code = fixed
        out.append(code)
    return out


def parse_scope(text: str) -> tuple[list[AssignmentScope], list[str]]:
    """Scope text after the verb -> scopes (with exclusions); also returns reading warnings."""
    plain = strip_diacritics(text).lower().replace("ﬁ", "a")
    warnings: list[str] = []
    exclusions: list[tuple[int, list[str]]] = []
    for m in _EXCEPT_RE.finditer(plain):
        inner = m.group(1)
        kw = _KEYWORD_RE.search(inner)
        level = next((k for k in ("sub", "crit", "field") if kw and kw.group(k)), "crit")
        exclusions.append((m.start(), _codes(_CONTEXT_RE.sub(" ", inner), level, warnings)))
    body = _EXCEPT_RE.sub(lambda m: " " * len(m.group(0)), plain)
    body = _CONTEXT_RE.sub(lambda m: " " * len(m.group(0)), body)
    scopes: list[tuple[int, AssignmentScope]] = []
    for kw in _KEYWORD_RE.finditer(body):
        level = next(k for k in ("sub", "crit", "field") if kw.group(k))
        codes_m = _CODES_RE.match(body[kw.end():])
        if not codes_m:
            continue
        for code in _codes(codes_m.group(1), level, warnings):
            scopes.append((kw.start(), AssignmentScope(level=_LEVEL_NAME[level], code=code)))  # type: ignore[arg-type]
    for pos, codes in exclusions:
        before = [s for p, s in scopes if p < pos]
        if before:
            before[-1].excluding.extend(c for c in codes if c not in before[-1].excluding)
    return [s for _, s in scopes], warnings


def _bullets(doc: ParscanDocument):
    """(page, first line, last line, text) of each '-' bullet, joined over its wrapped lines."""
    for page in doc.pages:
        current: list[tuple[int, str]] = []
        for idx, line in enumerate(page.lines, start=1):
            text = line.text.strip()
            starts = text.startswith(("-", "–", "—", "+"))
            if starts or not text:
                if current:
                    yield page.number, current[0][0], current[-1][0], " ".join(t for _, t in current)
                current = [(idx, text.lstrip("-–—+ "))] if starts else []
            elif current:
                current.append((idx, text))
        if current:
            yield page.number, current[0][0], current[-1][0], " ".join(t for _, t in current)


def extract(doc: ParscanDocument) -> None:
    year = doc.document.year_assessed or 0
    cset = criteria_set("provincial_2022_2030" if year >= 2022 else "provincial_2017_2021")
    province = doc_province(doc)
    for page, first, last, text in _bullets(doc):
        plain = strip_diacritics(text).lower()
        verb = _VERB_RE.search(plain)
        if not verb or verb.start() == 0 or not _KEYWORD_RE.search(plain[verb.end():]):
            continue
        agency_text = text[: verb.start()].strip(" ,;:")
        if len(agency_text) > 60:
            continue
        scopes, warnings = parse_scope(text[verb.end():])
        if not scopes:
            continue
        for scope in scopes:
            item = cset.get(scope.code)
            if item and item.name:
                scope.name = item.name
        doc.assignments.append(Assignment(
            agency=match_unit(agency_text, province, "department"), scope=scopes,
            evidence=Evidence(page=page, line_start=first, line_end=last, text=text),
        ))
        doc.warnings.extend(f"assignment ({agency_text}): {w}" for w in warnings)
