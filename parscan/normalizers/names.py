"""Folding keys for fuzzy matching of Vietnamese names through OCR damage.

The seeds were OCR'd without Vietnamese support (``S& Noi vu``, ``Pao tao``, ``HQI``), and the
repair stage restores most but not all diacritics.  Matching therefore happens on a *folded* key
that is the same for the clean name, the repaired text and the raw OCR: diacritics stripped,
đ -> d, lower case, and the usual OCR confusions mapped to the letter they stand for.  Both sides
of every comparison go through `fold`, so the mapping only has to be consistent, not correct.
"""

from __future__ import annotations

import re
import unicodedata

# Characters OCR produces for the Vietnamese "ơ/ở/ộ" family and similar, inside words.
_IN_WORD = str.maketrans({"&": "o", "¢": "o", "§": "o", "0": "o", "6": "o", "8": "o", "1": "l", "3": "a",
                          "4": "a", "w": "u", "$": "s", "|": "l", "€": "e", "@": "o"})
_TOKEN_RE = re.compile(r"(?:[^\W_]|[&¢§$|€@])+", re.UNICODE)
_WORDISH_RE = re.compile(r"[&¢§$|€@]|[^\W\d_]", re.UNICODE)
_P_AS_D_RE = re.compile(r"\bP(?=[aeiouyAEIOUYàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ])")
_Q_AS_O_RE = re.compile(r"(?<=[A-Za-z])Q(?![Uu])")


def strip_diacritics(text: str) -> str:
    """``Sở Nội vụ`` -> ``So Noi vu`` (đ/Đ -> d/D too)."""
    if text.isascii():  # nothing to strip (most of legacy OCR's tokens): the per-character pass is the cost
        return text
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", text.replace("đ", "d").replace("Đ", "D"))


def fold(text: str) -> str:
    """Matching key: no diacritics, lower case, OCR confusions folded, punctuation -> single spaces.

    ``Sở Giáo dục và Đào tạo``, ``S& Giao duc va Pao tao`` and ``SO GIAO DUC VA DAO TAO`` all give
    ``so giao duc va dao tao``.
    """
    text = unicodedata.normalize("NFC", text or "")
    text = _P_AS_D_RE.sub("D", text)  # Đ read as P: "Pao tao", "PIEU"; "Ph..." untouched
    text = _Q_AS_O_RE.sub("O", text)  # Ộ read as Q: "HQI", "BQ"
    text = strip_diacritics(text).lower()
    out: list[str] = []
    for token in _TOKEN_RE.findall(text):
        if _WORDISH_RE.search(token) and not token.isdigit():
            token = token.translate(_IN_WORD)
        out.append(token)
    return " ".join(out)


def fold_compact(text: str) -> str:
    """`fold` without spaces, for matching names OCR split or glued (``Tha nh tra`` / ``Thanhtra``)."""
    return fold(text).replace(" ", "")
