"""Column-label recognition: printed header text -> canonical column key.

Published PAR tables name the same columns many ways (``Điểm thẩm định`` / ``Thẩm định``,
``Chỉ số CCHC 2022 (%)`` / ``Chỉ số``), and OCR garbles them further, so keys are found by fuzzy
matching folded phrases.  Years in a label become part of the key where they distinguish columns
(``score_2019``, ``target_2020``, ``rank_2021``).  This is shared by tables recovered from text and
tables detected on scans, so both are interpreted by one code path.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from parscan.normalizers.names import fold, strip_diacritics

# key -> folded phrases, most specific first.  Order of keys is the usual printed column order,
# used when labels are known to be present but their positions are not (text tables).
LABELS: dict[str, tuple[str, ...]] = {
    "stt": ("stt", "so thu tu", "tt"),
    "rank": ("xep hang", "thu hang", "hang"),
    "unit": ("co quan dia phuong", "co quan don vi", "ten co quan", "ten don vi", "tinh thanh pho", "don vi",
             "dia phuong", "co quan"),
    "criterion": ("linh vuc tieu chi tieu chi thanh phan", "linh vuc tieu chi", "noi dung tieu chi", "tieu chi"),
    "max_points": ("diem toi da", "thang diem toi da", "thang diem", "toi da"),
    "self_assessed": ("diem tu danh gia", "tu cham diem", "tu danh gia"),
    "appraisal": ("diem tham dinh", "tham dinh", "diem hoi dong tham dinh"),
    "survey": ("diem khao sat su hai long", "diem dieu tra xa hoi hoc", "khao sat", "hai long", "dieu tra xhh",
               "xa hoi hoc", "sipas"),
    "score": ("diem nam", "ket qua nam", "diem dat nam", "diem so"),
    "target": ("muc tieu", "phan dau", "chi tieu"),
    "total": ("diem dat duoc", "tong diem dat duoc", "tong diem", "tong so diem", "diem dat", "ket qua dat duoc"),
    "index_pct": ("chi so cchc", "chi so cai cach hanh chinh", "chi so par", "ty le", "chi so"),
    "classification": ("xep loai", "phan loai", "muc xep loai"),
    "lead_agency": ("chu tri tham muu", "co quan chu tri", "chu tri", "don vi chu tri"),
    "note": ("ghi chu",),
}
KEY_ORDER = list(LABELS)
YEAR_KEYS = {"score", "target", "rank", "index_pct"}
_YEAR_RE = re.compile(r"\b(20\d\d|19\d\d)\b")
_SCALE_NOTE_RE = re.compile(r"\([^()]*(?:tối đa|toi da|điểm|diem)[^()]*\)", re.IGNORECASE)


def _without_scale_note(label: str) -> str:
    """"Điểm điều tra XHH (tối đa 38)" names the survey column; its bracketed scale is a note, unless the
    bracket is all the label has."""
    outside = re.sub(r"\([^()]*\)", " ", label)
    return outside if outside.strip() and _SCALE_NOTE_RE.search(label) else label
_FIELD_RE = re.compile(r"^(?:lv|linh vuc)\s*(\d)\b")
_GROUP_RE = re.compile(r"^(?:chi so|diem|cac chi so|cac diem) thanh phan\s+(\S.*)$")


def _phrase_score(key_text: str, phrase: str) -> float:
    if len(phrase) <= 3:  # 'stt', 'tt': whole-token match only
        return 100.0 if phrase in key_text.split() else 0.0
    if phrase in key_text:
        return 100.0
    if len(key_text) < len(phrase) - 2:
        return fuzz.ratio(key_text, phrase)
    return fuzz.partial_ratio(phrase, key_text)


def recognise(label: str, *, field_names: dict[str, str] | None = None) -> str | None:
    """Canonical key for one printed column label, or None.

    ``field_names`` (code -> name) lets per-field score columns (14-column tables) become
    ``field_<code>``.
    """
    text = fold(_without_scale_note(label))
    if not text:
        return None
    group = _GROUP_RE.match(text)
    if group:  # a column under a group header: "Chỉ số thành phần | CS1", "Điểm thành phần | Thẩm định"
        key = recognise(group.group(1), field_names=field_names)
        raw = _GROUP_RE.match(re.sub(r"[^a-z0-9]+", " ", strip_diacritics(label).lower()).strip())
        return key or f"part_{re.sub(r'[^a-z0-9]+', '_', (raw or group).group(1)).strip('_')}"
    years = _YEAR_RE.findall(text)
    plain = _YEAR_RE.sub(" ", text).replace("%", " ").strip()
    field = _FIELD_RE.match(re.sub(r"[^a-z0-9 ]", " ", strip_diacritics(label).lower()).strip())
    if field:
        return f"field_{field.group(1)}"
    best_key, best = None, 0.0
    for key, phrases in LABELS.items():
        for rank, phrase in enumerate(phrases):
            score = _phrase_score(plain, phrase) - rank * 0.01 + len(phrase) * 0.001
            if score > best:
                best_key, best = key, score
    if field_names:
        for code, name in field_names.items():
            score = fuzz.token_set_ratio(plain, fold(name))
            if score >= 88 and score > best:
                best_key, best = f"field_{code}", score
    if best < 85 or best_key is None:
        return None
    if best_key == "score" and not years:
        return "score"
    if best_key in YEAR_KEYS and years:
        return f"{best_key}_{years[-1]}"
    if best_key == "unit" and "tieu chi" in plain:
        return "criterion"
    return best_key


def detect_labels(header_text: str) -> list[str]:
    """Keys whose phrases occur in a jumbled header block (text tables, where columns interleave).  A bracketed
    scale ("Điểm thẩm định (tối đa 70)") is a note on the label before it, not a column of maxima."""
    text = fold(_SCALE_NOTE_RE.sub(" ", header_text))
    found: list[str] = []
    for key, phrases in LABELS.items():
        if key in ("stt", "rank", "score"):
            continue
        for phrase in phrases:
            # score_cutoff: rapidfuzz gives up on a phrase as soon as 90 is out of reach (half the CPU; same test)
            if len(phrase) > 4 and (phrase in text or fuzz.partial_ratio(phrase, text, score_cutoff=90) >= 90):
                found.append(key)
                break
    words = set(text.split())
    if "stt" in words or text.startswith("tt "):  # "STT", or "TT" opening the header
        found.append("stt")
    if "xep" in words and "hang" in words:
        found.append("rank")
    return sorted(set(found), key=KEY_ORDER.index)


def header_years(header_text: str) -> list[int]:
    return sorted({int(y) for y in _YEAR_RE.findall(fold(header_text))})
