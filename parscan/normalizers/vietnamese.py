"""Small Vietnamese text helpers shared by the repair model's builder and decoder."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from parscan.normalizers.names import strip_diacritics

# a token: a run of non-space characters; punctuation at its edges is kept apart
_EDGE = re.compile(r"^([\"'“”‘’(\[{<«]*)(.*?)([\"'“”‘’)\]}>».,;:!?…¹²³⁴⁵*/]*)$", re.DOTALL)
NUMBER = re.compile(r"^[+-]?\d+(?:[.,/-]\d+)*%?\*?$")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=200_000)
def split_edges(token: str) -> tuple[str, str, str]:
    """'(Sở' -> ('(', 'Sở', ''); 'vụ;' -> ('', 'vụ', ';'). Cached: a document repeats its tokens."""
    match = _EDGE.match(token)
    assert match is not None
    return match.group(1), match.group(2), match.group(3)


def skeleton(word: str) -> str:
    """Lower case without diacritics: the part of a syllable legacy OCR mostly keeps."""
    return strip_diacritics(word).lower()


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below (NFD)


@lru_cache(maxsize=100_000)
def tone_split(word: str) -> tuple[str, str]:
    """(the word in lower case without its tone mark, the tone mark): ("Để" -> ("đê", hook above)).
    The vowel hats and đ stay with the letters: a `vie` scan at low resolution misreads the small
    tone mark of a short word (để read as đề) far more than it turns ê into e. Two spellings that
    place the same mark on other vowels (thỏa, thoả) split alike."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tone = "".join(ch for ch in decomposed if ch in _TONE_MARKS)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONE_MARKS)), tone


_VOWEL_LETTERS = frozenset("aăâeêioôơuưy")


def other_tones(word: str) -> list[str]:
    """The word's letters (lower case, hats and đ kept) with each other tone mark on each of its vowels,
    in sorted order: the spellings among which a lexicon finds the word's other tones (để, đế, đễ, ...
    for đề), without a scan of the lexicon."""
    letters, tone = tone_split(word)
    found = set()
    for at, letter in enumerate(letters):
        if letter in _VOWEL_LETTERS:
            for mark in _TONE_MARKS:
                if mark != tone:
                    found.add(letters[:at] + unicodedata.normalize("NFC", letter + mark) + letters[at + 1:])
    if tone:
        found.add(letters)  # no tone mark at all
    return sorted(found)


def apply_case(word: str, model: str) -> str:
    """Give `word` the letter case of the OCR token it replaces (ALL CAPS, Title, lower).

    Each part of a slashed pair keeps its own case ("vuc/Tiéu" -> "vực/Tiêu"), and a capital I
    that stands for a small l ("Iy" -> "lý") is no capital.
    """
    if "/" in word and word.count("/") == model.count("/"):
        return "/".join(apply_case(w, m) for w, m in zip(word.split("/"), model.split("/")))
    if model[:1] == "I" and word[:1] == "l" and model[1:2].islower():
        model = "l" + model[1:]
    letters = [ch for ch in model if ch.isalpha()]
    upper = sum(1 for ch in letters if ch.isupper())
    # "CHi", "HQi": legacy OCR reads a capital with a lost diacritic as a small letter
    if len(letters) > 1 and letters[0].isupper() and upper >= max(2, len(letters) - 1):
        return word.upper()
    if letters and letters[0].isupper():  # the first letter, after a list dash the word may carry ("- loại")
        first = next((i for i, ch in enumerate(word) if ch.isalpha()), 0)
        return word[:first] + word[first:first + 1].upper() + word[first + 1:]
    return word


@lru_cache(maxsize=100_000)
def has_marks(word: str) -> bool:
    return unicodedata.normalize("NFD", word) != word or "đ" in word or "Đ" in word


def lm_token(word: str) -> str:
    """The language model's view of a token: lower case, numbers folded to one class."""
    if NUMBER.match(word):
        return "<num>"
    return word.lower()


_ROMAN = re.compile(r"^[IVXLC]+$")
_VOWELS = set("AEIOUYĂÂÊÔƠƯ")


def looks_like_acronym(word: str) -> bool:
    """UBND, CBCCVC, QPPL, IV, UBNDTP: capitals that are not a Vietnamese syllable ("HQI" is a garbled
    HỘI). A syllable has vowels and no run of three consonants except a leading NGH."""
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return False
    bare = strip_diacritics(word)
    vowels = sum(1 for ch in bare if ch in _VOWELS)
    runs = [m for m in _CONSONANT_RUN.finditer(bare) if not (m.start() == 0 and m.group() == "NGH")]
    return bool(_ROMAN.match(word)) or vowels == 0 or bool(runs)


_CONSONANT_RUN = re.compile(r"[^AEIOUYQ]{3,}")  # Q: legacy OCR of Ơ, Ộ ("TRUQNG")
_VOWEL_RUN = re.compile(r"[AEIOUY]+")


def vowel_groups(word: str) -> int:
    """How many runs of vowels the word has: a Vietnamese syllable has one (NGUYÊN, QUẢ, GIA), so a word of
    capitals with two (SIPAS, PAPI, ISO; PHAPLLUAT, two syllables glued) is no syllable."""
    return len(_VOWEL_RUN.findall(strip_diacritics(word).upper()))
