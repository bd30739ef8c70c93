"""The one number parser of parscan.

Published PAR tables mix conventions (decimal comma in prose, decimal point in tables, dot as
thousands separator in counts such as ``1.580 phiếu``) and OCR adds its own damage: lost decimal
separators (``8550`` for 85.50), letters read for digits (``9O.5``), footnote marks glued to the
number (``56.75*``).  Every stage must read numbers the same way, so they all call this module.
A value that cannot be read is None - never a guess.
"""

from __future__ import annotations

import re
import unicodedata

# Placeholders that mean "not applicable / not assessed" in PAR tables.
_PLACEHOLDERS = {"x", "-", "–", "—", "/", "...", "..", "…", "k", "kxd", "kđ", "n/a", "na"}
# Footnote / reference marks printed next to numbers (OCR renders ``*`` as ° " ’ ^ too).
_MARK_CHARS = "*°\"'’‘^`¹²³⁽⁾"
# Letters OCR reads for digits; applied only when every other character is numeric.
_DIGIT_CONFUSIONS = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "|": "1",
                                   "i": "1", "!": "1", "S": "5", "s": "5", "B": "8", "Z": "2", "g": "9"})
_NUMERIC_RE = re.compile(r"^[+-]?\d[\d.,]*$")

_UNITS = {"khong": 0, "mot": 1, "mout": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5,
          "sau": 6, "bay": 7, "tam": 8, "chin": 9}


class NumberReading:
    """A parsed number and what was noticed while parsing it.

    A plain class, not a dataclass: `parscan repair` imports this module (number_repair.py), and the
    dataclasses module (with inspect, ast, dis, tokenize) was ~11 % of the instructions of its start-up.
    """

    __slots__ = ("value", "marks", "notes")

    def __init__(self, value: float | None, marks: list[str] | None = None, notes: list[str] | None = None) -> None:
        self.value = value
        self.marks = [] if marks is None else marks  # '*' footnote, 'X' placeholder, '%' ...
        self.notes = [] if notes is None else notes  # 'decimal_restored', 'ocr_digit_fix', 'words' ...

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NumberReading):
            return NotImplemented
        return (self.value, self.marks, self.notes) == (other.value, other.marks, other.notes)

    __hash__ = None  # type: ignore[assignment]  # mutable: unhashable, as the dataclass was

    def __repr__(self) -> str:
        return f"NumberReading(value={self.value!r}, marks={self.marks!r}, notes={self.notes!r})"


def _strip_accents(text: str) -> str:
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return text.replace("đ", "d").replace("Đ", "D")


def _parse_words(text: str) -> float | None:
    """Vietnamese number words up to the thousands: ``sáu`` -> 6, ``mười hai`` -> 12, ``hai mươi lăm`` -> 25."""
    words = _strip_accents(text).lower().replace("-", " ").split()
    if not words or len(words) > 8:
        return None
    total, current, seen = 0, 0, False
    for word in words:
        if word == "muoi":  # mười / mươi
            current = (current or 1) * 10
        elif word in _UNITS:  # một / mốt, năm / lăm, bốn / tư ... fold to the same key
            current += _UNITS[word]
        elif word == "tram":
            current = (current or 1) * 100
        elif word in ("nghin", "ngan"):
            total += (current or 1) * 1000
            current = 0
        elif word in ("le", "linh"):
            continue
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def _resolve_separators(body: str, decimals: int | None) -> tuple[float | None, list[str]]:
    notes: list[str] = []
    sign = -1.0 if body.startswith("-") else 1.0
    body = body.lstrip("+-")
    seps = [ch for ch in body if ch in ".,"]
    if not seps:
        digits = body
        if decimals and len(digits) > 1 and (digits.startswith("0") or len(digits) >= decimals + 2):
            # the separator was lost: "8550" in a two-decimal column is 85.50, "05" is 0.5
            cut = 1 if digits.startswith("0") else len(digits) - decimals
            notes.append("decimal_restored")
            return sign * float(f"{digits[:cut]}.{digits[cut:]}"), notes
        return sign * float(digits), notes
    if len(set(seps)) == 2:
        decimal_sep = body[max(body.rfind("."), body.rfind(","))]
        thousands = "," if decimal_sep == "." else "."
        whole, _, frac = body.replace(thousands, "").partition(decimal_sep)
        return sign * float(f"{whole}.{frac}"), notes
    sep = seps[0]
    parts = body.split(sep)
    if any(p == "" for p in parts[1:-1]) or parts[0] == "":
        return None, notes
    if parts[-1] == "":  # trailing separator: "95." -> 95
        parts = parts[:-1]
        if len(parts) == 1:
            return sign * float(parts[0]), notes
    if len(parts) > 2:
        if all(len(p) == 3 for p in parts[1:]):
            return sign * float("".join(parts)), notes
        return None, notes
    whole, frac = parts
    if sep == "." and len(frac) == 3 and whole != "0" and len(whole) <= 3 and decimals != 3:
        return sign * float(whole + frac), notes  # 1.580 phiếu -> 1580
    return sign * float(f"{whole}.{frac}"), notes


def read_number(text: str | None, *, decimals: int | None = None) -> NumberReading:
    """Parse one printed number with everything noticed on the way (see module doc)."""
    if text is None:
        return NumberReading(None)
    raw = unicodedata.normalize("NFC", str(text)).strip()
    marks: list[str] = []
    notes: list[str] = []
    body = raw.strip(" \t|[](){};:")
    if body.lower().rstrip(".") in _PLACEHOLDERS or body.lower() in _PLACEHOLDERS:
        return NumberReading(None, ["X"] if body.lower() in ("x", "k", "kxd") else ["-"])
    if "(*)" in body:
        marks.append("*")
        body = body.replace("(*)", "")
    while body and body[-1] in _MARK_CHARS:
        marks.append("*" if body[-1] in "*°\"'’‘^`" else body[-1])
        body = body[:-1].rstrip()
    while body and body[0] in "*":
        marks.append("*")
        body = body[1:].lstrip()
    if body.endswith("%"):
        marks.append("%")
        body = body[:-1].rstrip()
    body = body.replace(" ", "") if re.fullmatch(r"[+-]?\s*[\d\s.,]+", body) else body
    body = body.replace("−", "-").replace("–", "-")
    if not body:
        return NumberReading(None, marks)
    if not _NUMERIC_RE.match(body):
        fixed = body.translate(_DIGIT_CONFUSIONS)
        if _NUMERIC_RE.match(fixed) and (any(ch.isdigit() for ch in body) or body == "!"):
            notes.append("ocr_digit_fix")
            body = fixed
        else:
            value = _parse_words(body)
            return NumberReading(value, marks, notes + (["words"] if value is not None else []))
    try:
        value, sep_notes = _resolve_separators(body, decimals)
    except ValueError:
        return NumberReading(None, marks, notes)
    return NumberReading(value, marks, notes + sep_notes)


def parse_number(text: str | None, *, decimals: int | None = None) -> float | None:
    """Printed number -> float, or None for placeholders (``X``, ``-``) and unreadable text.

    ``decimals`` is the number of decimals the column normally prints; with it a token that lost
    its separator (``8550`` -> 85.50, ``05`` -> 0.5) is restored.
    """
    return read_number(text, decimals=decimals).value


def parse_number_with_marks(text: str | None, *, decimals: int | None = None) -> tuple[float | None, list[str]]:
    """Like parse_number, also returning footnote/placeholder marks (``'*'``, ``'X'``, ``'%'``)."""
    reading = read_number(text, decimals=decimals)
    return reading.value, reading.marks


def digit_candidates(text: str) -> list[float]:
    """Every value a separator-less token could stand for: ``"15"`` -> [15, 1.5, 0.15].

    Used where a registry or the column's bounds decide which reading is meant (criteria tables).
    """
    reading = read_number(text)
    if reading.value is None:
        return []
    body = re.sub(r"[^\d]", "", text)
    if re.search(r"[.,]", text) or not body:
        return [reading.value]
    out = [float(body)]
    for cut in range(len(body) - 1, 0, -1):
        out.append(float(f"{body[:cut]}.{body[cut:]}"))
    out.append(float(f"0.{body}"))
    return out


# Digit pairs Tesseract confuses in table cells (eng model on Vietnamese scans), and the ruling
# line read as a trailing "1".  Only used where an independent source (a registry) says which.
_DIGIT_SWAPS = {"4": "1", "1": "47", "7": "1", "g": "9", "o": "0", "O": "0", "!": "1"}


def ocr_variants(text: str) -> list[str]:
    """Readings of a cell one OCR confusion away: ``45`` -> ``15``, ``121`` -> ``12`` (ruling read as 1)."""
    body = re.sub(r"\s+", "", text or "")
    out: list[str] = []
    for i, ch in enumerate(body):
        for sub in _DIGIT_SWAPS.get(ch, ""):
            out.append(body[:i] + sub + body[i + 1:])
    if len(body) > 1 and body.endswith(("1", "|", "!")):
        out.append(body[:-1])
    return [v for v in dict.fromkeys(out) if v != body]
