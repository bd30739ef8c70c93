"""Vietnamese OCR repair: a noisy-channel decoder over each line.

For every OCR token the channel model proposes printed syllables with log P(token | syllable);
a syllable bigram language model scores their order; Viterbi picks the best line. Numbers,
codes and legal symbols pass through (a `QD` inside a symbol becomes `QĐ`). Each line is first
classified: clean text is left alone, modern `vie` OCR gets light repair (tokens that are not
Vietnamese syllables, and on `vie` pages the tone marks `vie` is known to misread and words it read
as other words), legacy OCR without Vietnamese support gets full repair. Consecutive lines see each
other (wrapped sentences) and the document's own words (a cache language model).
"""

from __future__ import annotations

import gc
import math
import os
import re
from array import array
from collections.abc import Callable, Iterable
from functools import lru_cache
from struct import pack as _pack

from parscan.normalizers import DATA_DIR, kernels
from parscan.normalizers.channel import Channel
from parscan.normalizers.decoder import DocumentCache, Readings, decode
from parscan.normalizers.formulas import catalogue as formula_catalogue
from parscan.normalizers.lm import BOS, EOS, BigramLM
from parscan.normalizers.state_cache import cached_state, read_bytes
from parscan.normalizers.names import strip_diacritics
from parscan.normalizers.number_repair import decimal_separators, restore_decimal_commas, writes_decimal_commas
from parscan.normalizers.vietnamese import (
    NUMBER,
    apply_case,
    has_marks,
    lm_token,
    looks_like_acronym,
    nfc,
    other_tones,
    skeleton,
    split_edges,
    vowel_groups,
)

TYPE_CHECKING = False  # not typing's: its import is `parscan repair FILE`'s start-up (~13 M instructions)
if TYPE_CHECKING:  # the document model is pydantic's: importing it costs 0.1 s that `parscan repair` needs not
    from typing import Literal

    from parscan.schemas.document import ParscanDocument
    from parscan.schemas.ocr import Page

    LineKind = Literal["legacy", "vie", "clean", "noise"]

MODEL_FILE = "repair_model.json.gz"
# the units' names a repair must not rewrite
REGISTRY_DATA = os.path.join(os.path.dirname(os.path.dirname(DATA_DIR)), "registries", "data")
CHANNEL_WEIGHT = 0.7  # tuned on held-out synthetic pairs (benchmarks), never on the dev gold
# A line whose OCR is badly garbled gets less of the channel's word and more of the language model's: there
# the channel, learned from renders, is sure of what it cannot know. Garbled: more than GARBLED_SHARE of its
# words (letters only, two or more) have no candidate whose log P(token | word) reaches GARBLED_BELOW.
# Tuning pairs (seeds 20000+; eng / eng degraded / vie / vie degraded, 84.65 / 87.58 % degraded without):
# below -3, share 0.3, weight 0.5: 99.71 / 84.90 / 99.76 / 87.63; share 0.2: 84.87 / 87.64; share 0.4:
# 84.82 / 87.58; below -2 or -5: 84.87 / 87.62, 84.83 / 87.64; weight 0.4, 0.45, 0.6: 84.75, 84.74, 84.73
# (clean sets unchanged throughout). One weight of 0.6 or 0.5 for every line instead: degraded eng 84.74 /
# 84.87 %, but clean eng 99.68 % and dev 95.74 -> 95.55 / 95.22 %: dev's real scans are garbled in 4 % of
# their lines by this measure, the degraded tuning scans in 23 %.
GARBLED_BELOW = -3.0
GARBLED_SHARE = 0.3
GARBLED_WEIGHT = 0.5
TONE_SWAP_COST = 1.0  # light repair changes a known word's tone mark only when the context insists
# ... and makes it another word of the channel's shortlist at this cost beyond the channel's score
# (_vie_readings); chosen on the tuning pairs (seeds 20000+, `vie` degraded 82.76 % without: 86.83 at 1,
# 86.76 at 2, 86.67 at 3, 86.28 at 4; clean `vie` 99.76 % at each), 2 rather than 1 for fewer changes to
# right words; 86.75 with letters alone left to their marks
VIE_WORD_COST = 2.0
# every other tone of a `vie` word's letters (other_tones), beyond the misreadings seen in training: chosen on
# held-out tuning pairs (seeds 20000+; degraded `vie` 87.63 % without, 87.71 at 2, 87.69 at 3 and 4, 87.63 at 5),
# 4 for the fewest changes to right `vie` text (the dev gold fed as `vie` output)
OTHER_TONE_COST = 4.0
# a capitals token that is no syllable and no known acronym may be a known one garbled (_acronym_readings);
# chosen on the tuning pairs (seeds 20000+; degraded eng / vie 83.23 / 86.75 % without, 83.56 / 87.07 at
# 0.5, 83.53 / 87.06 at 1, 83.53 / 87.04 at 2, 83.52 / 86.98 at 4): the middle of the plateau
ACRONYM_COST = 2.0
# ... and such capitals (three letters or more) kept as read cost this much, unless a known acronym is part of
# them (_holds_acronym: UBNDTP, VPUBND, and PTTH for PT-TH): before, nothing beyond the language model's price of
# an unknown word, so a known acronym garbled past a few edits (`PRND`, `CGCHC`, `TTDT` for UBND, CCHC, TTĐT)
# stayed as read. Tuning pairs (seeds 20000+), degraded eng / vie: 84.98 / 87.70 % at 0, 85.03 / 87.78 at 4,
# 85.03 / 87.80 at 6, 85.04 / 87.82 at 10 (but there the dev gold fed as `vie` output loses a line). Without the
# exception for known parts, from 2 "Văn phòng UBNDTP" became UBND and from 4 "Đài PTTH" TTHC.
UNKNOWN_ACRONYM_COST = 6.0
# two capitals without a vowel that are no known acronym may be a syllable whose marked vowel Tesseract `eng`
# read as a capital consonant of its shape (`SG` for Sở, `BQ` for Bộ, `XW` for Xử: _capital_pair_readings), at
# this cost; tuning pairs (seeds 20000+) eng 99.50 % without, 99.71 % at 1, 2, 4 and 6, 99.68 % at 8. Other
# second letters are abbreviations too often (TP, BC, CV); the dev gold fed as `vie` output had TP -> Tử
PAIR_COST = 4.0
_VOWEL_LIKE = set("GQW")  # ở, ộ, ơ read as G or Q, ư as W
SHORTLIST = 30  # candidates per token the decoder sees (tuned on held-out synthetic pairs: 12 -> 30 +1.3 pts degraded)
# ... of which COMMON_SLOTS go to the commonest words within the channel's reach (the channel's score plus
# COMMON_WEIGHT x the prior): legacy OCR drops the marks, so a short token's best-aligned words are the dozen
# mark variants of its letters, mostly rare (`be` -> bè, bệ, bê, bé, bế, bẹ, ...), which filled the list and
# left out a common word one letter further (kế, để); `1@` lost lệ, `wii` mới, `none` trong so. Tuning pairs
# (seeds 20000+), degraded eng / vie: 84.46 / 87.29 % without; 5 slots at weight 1.5, 2, 3: 84.62 / 87.57,
# 84.65 / 87.58, 84.66 / 87.57; 8 at 2: 84.65 / 87.59; 10 at 3: 84.69 / 87.63; 15 at 2: 84.64 / 87.63 (a
# plateau); clean eng / vie 99.70 / 99.76 -> 99.71 / 99.76. A longer list instead (45, 60 words: 84.73 /
# 87.51, 84.89 / 87.66 %) costs the decoder 10-25 % more time on seed 002.
COMMON_SLOTS = 5
COMMON_WEIGHT = 2.0
SHORTLISTED_LIMIT = 100_000  # tokens whose shortlist is kept; a long-running batch worker starts afresh past it
OPTION_SPAN = 14.0  # options whose channel score trails the best by more never win (speed)
PRIOR_WEIGHT = 0.8
CLEAN_MARKS = 0.5  # Vietnamese prose carries diacritics on ~80 % of syllables, legacy OCR on < 30 %
VIE_MARKS = 0.6
NOISE_SHARE = 0.45  # lines where most words are unlike any OCR of Vietnamese are left alone
_SYMBOL = re.compile(r"^\d+[\w.]*/[\w./&Đđ-]+$")
_SYMBOL_PARTS = {"qd": "QĐ", "qb": "QĐ", "qp": "QĐ", "qđ": "QĐ", "hdnd": "HĐND", "hd": "HĐ", "nd": "NĐ"}
_NUMBERED = re.compile(r"^(\d+[-.)])([^\W\d_].*)$")
_SPLIT_NUMBER = re.compile(r"^([^\W\d_]{2,})([il1I|]?\d+)$")
# a number glued before a word ("26thang" for "26 tháng"): two digits or more, or one that OCR never
# makes of a letter (a 1 is an l, a 6 an o: "1ap" is "lập")
_GLUED_NUMBER = re.compile(r"^(\d{2,}|[257])([^\W\d_]{2,})$")
# ... and any one digit before three capitals or more ("4CALCACH" for "4 CẢI CÁCH": a heading's number glued
# to its first word; the number was lost); a digit that stands for a letter is read in lower-case words ("1ap"),
# and before two capitals ("1SO" is ISO in seed 002)
_GLUED_HEADING = re.compile(r"^(\d)([^\W\d_]{3,})$")
# a date or figure, a point and a word in lower case, without a space ("05/06/2019.của"): a sentence that ends
# there would start with a capital, so the point is where OCR lost the space; the number and point are kept
_NUMBER_DOT_WORD = re.compile(r"^(\d[\d/.,]*\d)\.([^\W\d_A-ZĐ][^\W\d_]+)$")
# capitals that hold two syllables glued (_two_syllables_glued) are read as the channel's words of two syllables
# and as the two parts of each cut (_splits), at this cost; tuning pairs (seeds 20000+), degraded eng / vie:
# 84.90 / 87.69 % without, 84.96 / 87.70 at 0, 1, 2, 4 and 6 (with the glued heading number: the number alone
# 84.94 / 87.70, the capitals alone 84.93 / 87.69)
GLUED_CAPITALS_COST = 2.0
_ACRONYM_FIXES = {"HDND": "HĐND", "HPND": "HĐND", "QD": "QĐ", "QDD": "QĐ"}  # Đ read as D or P
_DASHES = {"~": "-", "_": "-"}  # a list dash read as a tilde or underscore (never a token of its own)
_ROMAN_LETTERS = {"I", "V", "X"}  # section numbers, never a garbled syllable
_ROMAN_DIGITS = set("IVXLC")
# a section number II or III whose later I's OCR read as l, 1 or | ("Il.", "I11."): no syllable looks so
_ROMAN_MISREAD = re.compile(r"^I[Il1|]{1,2}$")
_MARKED_WORD = {"- ", "| "}  # the starts of the channel's words that carry a list dash or a ruling
_WORD_MARKED = {" -", " |"}  # ... and their ends
_LIST_MARKS = {"-", "+", "•", "*", "|"}  # after _DASHES ("~" is "-")
_DOLLAR_S = re.compile(r"^\$(?:.$|[^\W\d_])")  # a "$" for S (_dollar_s)
_DIGITISH = str.maketrans({"i": "1", "l": "1", "I": "1", "|": "1"})
# Tesseract `eng` reads a Vietnamese vowel under stacked marks as a digit (ố/ộ/ở -> 6, 8, 9, 0; à/ả -> 2, 3,
# 4), an l as 1 and an S as 5 or 8: "Chi 56" is "Chỉ số", "86 Noi vu" "Sở Nội vụ", "ty 18" "tỷ lệ".
# The letters each digit can stand for; a two-digit token in a legacy line may be read as a word
# through them, at a cost, where the language model prefers a word to a number there.
# A 1 may be a t too and a 9 an s ("16 chức" is "tổ chức", "96" số): tuning pairs (seeds 20000+), degraded eng
# 85.15 % with l and o alone, 85.21 with t, 85.19 with s, 85.25 with both.
_DIGIT_LETTERS = {"0": "o", "1": "lt", "2": "a", "3": "a", "4": "a", "5": "s", "6": "o", "8": "soe", "9": "os"}
_DIGIT_WORD = re.compile(r"^[0-689]{2}$")
DIGIT_WORD_COST = 3.0  # chosen on held-out degraded `eng` (2: same, 4: -0.01, 6: -0.05 pt); dev +0.03 pt
# letters of a capitals token that prose makes a capital and marks (_cased); tuning pairs (seeds 20000+):
# eng 99.02 -> 99.36 %, degraded eng 82.54 -> 83.00 % (4: the same)
PROSE_CAPS = 3
# a token whose best candidate scores below SPLIT_BELOW (or that has none) may be two syllables glued
# ("Dinhky"); SPLIT_COST chosen on held-out tuning pairs (seeds 20000+: degraded `eng` 82.41 -> 82.54 %
# at 2, 82.50 % at 4); two cuts of two candidates a part give the tuning pairs what three of three did,
# with 8 options a token instead of 27 (repair of degraded text ~10 % faster)
SPLIT_BELOW = -12.0
SPLIT_WAYS = 2
SPLIT_EACH = 2
SPLIT_COST = 2.0


def fix_symbol(token: str) -> str:
    """'1952/Qb-UBND' -> '1952/QĐ-UBND': only the kind part of a legal symbol is touched."""
    parts = re.split(r"([/-])", token)
    return "".join(_SYMBOL_PARTS.get(p.lower(), p) if i and p not in "/-" else p for i, p in enumerate(parts))


class Repairer:
    def __init__(self, state: dict) -> None:
        """From `derive_state(model)` (possibly cached: see state_cache.py)."""
        self.lm = BigramLM.from_state(state["lm"])
        self.lexicon: set[str] = state["lexicon"]
        self.acronyms: set[str] = state["acronyms"]
        self.channel = Channel.from_state(state["channel"])
        self._unknown = self.lm.unknown  # the id of `<unk>` and of every word the corpus lacks
        words = state["words"]
        self._first_of, self._last_of = array("q", words["first"]).tolist(), array("q", words["last"]).tolist()
        self._word_prior = array("d", words["prior"])
        self._word_digit = words["digit"]  # a byte per word, 1: it holds a digit
        # the transitions inside a printed word of several tokens, with the model's own probability (derived:
        # computing them was ~1.2 ms of every process's model load)
        self._word_inner: dict[int, tuple[tuple[int, int, float], ...]] = words["inner"]
        self._shortlisted: dict[str, tuple[array, array]] = {}  # _shortlist's, by token
        self._best_logp: dict[str, float] = {}  # the best candidate's log P(token | word), by token shortlisted
        self._garbled: dict[str, int] = {}  # by OCR token: 1 a word beyond the channel's reach, 0 not, -1 no word
        self._bare_acronyms: set[str] | None = None  # _holds_acronym's, made on first use

    @staticmethod
    def derive_state(model: dict) -> dict:
        lexicon = set(model["lexicon"])
        lm = BigramLM(model["bigrams"])
        channel = Channel(model["table"], model["chars"], model["lexicon"], model.get("table_vie"))
        return {
            "lm": lm.state(),
            "lexicon": lexicon,
            # a capitalised syllable ("CAO" from an unaccented heading) is not an acronym; capitals of two vowel
            # groups are no syllable, though the corpus has them in lower case too (SIPAS, PAPI, ISO)
            "acronyms": {a for a in model["acronyms"]
                         if a.lower() not in lexicon or looks_like_acronym(a) or vowel_groups(a) > 1},
            "channel": channel.state(),
            "words": _word_tables(channel.words, BigramLM.from_state(lm.state())),
        }

    # --- classification --------------------------------------------------------------
    @lru_cache(maxsize=100_000)
    def _is_word(self, core: str) -> bool:
        if core in self.acronyms or looks_like_acronym(core):
            return True
        parts = [p for p in re.split(r"[/-]", core) if p]
        return bool(parts) and all(p.lower() in self.lexicon or p in self.acronyms for p in parts)

    def _in_lexicon(self, core: str) -> bool:
        return core.lower() in self.lexicon

    def classify(self, text: str, *, vie_ocr: bool = False) -> LineKind:
        """`vie_ocr`: the line comes from Tesseract `vie`, so even a line of dictionary words may
        carry misread tone marks (kiếm for kiểm, Sớ for Sở) and gets light repair, not none."""
        kind = self._classify(text)
        return "vie" if vie_ocr and kind == "clean" and any(ch.isalpha() for ch in text) else kind

    @lru_cache(maxsize=20_000)
    def _classify(self, text: str) -> LineKind:
        # the line's words (cores with a letter, not a legal symbol) and what is counted of each, per token
        # from a cache (_token_facts): each distinct line was ~60 us of per-token Python, the tokens repeat
        facts = [f for f in map(self._token_facts, text.split()) if f is not None]
        if not facts:
            return "clean"
        marks, unknown, acronyms, strange = zip(*facts)
        marked = sum(marks) / len(facts)
        if not any(unknown) and (marked >= CLEAN_MARKS or all(acronyms)):
            return "clean"
        if marked >= VIE_MARKS:
            return "vie"
        if len(facts) >= 4 and sum(strange) / len(facts) > NOISE_SHARE:
            return "noise"  # upside-down or handwritten text read as letters: nothing to restore
        return "legacy"

    @lru_cache(maxsize=100_000)
    def _token_facts(self, token: str) -> tuple[bool, bool, bool, bool] | None:
        """What _classify counts of a token: None when its core is no word (no letter, or a legal symbol),
        else whether it has marks, is no word of the lexicon (nor an acronym), looks like an acronym, and
        is no word and no OCR form seen in training (strange)."""
        core = split_edges(token)[1]
        if not core or not any(ch.isalpha() for ch in core) or _SYMBOL.match(core):
            return None
        unknown = not self._is_word(core)
        return has_marks(core), unknown, looks_like_acronym(core), unknown and core.lower() not in self.channel.seen

    # --- decoding ----------------------------------------------------------------------
    def _lm_word(self, word: str) -> str:
        return _lm_token(word, self.lm)

    def _ids(self, tokens: tuple[str, ...]) -> list[int]:
        return [self.lm.id(token) for token in tokens]

    def _fixed(self, options: list[tuple[str, tuple[str, ...], float]], model: str) -> Readings:
        """Readings of options whose texts are known (not channel words)."""
        ids = [self._ids(tokens) for _, tokens, _ in options]
        return self._arrays([i[0] for i in ids], [i[-1] for i in ids], [o[2] for o in options],
                            [(k, a, b) for k, i in enumerate(ids) for a, b in zip(i, i[1:])], None,
                            [o[0] for o in options], [-1] * len(options), model)

    def _arrays(self, first: list[int], last: list[int], emission: list[float], inner: list[tuple[int, int, int]],
                inner_probs: list[float] | None, fixed: list[str | None], words: list[int], model: str) -> Readings:
        """Pack a token's options (lists: a few dozen items, cheaper than arrays until the end);
        `inner_probs`: the language model's P(word | previous) of the inner transitions, if known."""
        n, m = len(first), len(inner)
        # the arrays from struct's bytes: array("q", a_list) parses each item as a call's argument (~180
        # instructions an item, a tenth of a token's readings), struct converts it directly; the same bytes
        if not m:  # most tokens: no option of several tokens
            return Readings(len(set(last)) == n, tuple(fixed), tuple(words), model, (n, 0),
                            array("q", _pack(f"{2 * n}q", *first, *last)), array("d", _pack(f"{n}d", *emission)), ())
        option = [k for k, _, _ in inner]
        word = [b for _, _, b in inner]
        if inner_probs is None:
            inner_probs = [self.lm.prob(a, b) for _, a, b in inner]
        return Readings(len(set(last)) == n, tuple(fixed), tuple(words), model, (n, m),
                        array("q", _pack(f"{2 * (n + m)}q", *first, *last, *option, *word)),
                        array("d", _pack(f"{n + m}d", *emission, *inner_probs)), tuple(inner))

    @lru_cache(maxsize=100_000)
    def _readings(self, core: str, kind: LineKind, weight: float = CHANNEL_WEIGHT) -> Readings:
        """The options for one OCR token: printed texts with their language-model tokens and
        emission log-probs (the channel's, times `weight`: see GARBLED_WEIGHT)."""
        if not core or not any(ch.isalnum() for ch in core):
            return Readings(True, (_DASHES.get(core, core),), (-1,), core)
        if NUMBER.match(core):
            if kind == "legacy" and _DIGIT_WORD.match(core):
                return self._fixed([(core, ("<num>",), 0.0)] + self._digit_words(core, weight), core)
            return self._fixed([(core, ("<num>",), 0.0)], core)
        dated = _NUMBER_DOT_WORD.match(core) if core[:1].isdigit() else None
        if dated:  # "05/06/2019.clila" (no legal symbol): the space after a date or figure read as a point
            return self._after_number(dated.group(1) + ".", self._readings(dated.group(2), kind, weight))
        if _SYMBOL.match(core):
            return self._fixed([(fix_symbol(core), ("<num>",), 0.0)], core)
        numbered = _NUMBERED.match(core)
        if numbered:  # "1-Chỉ", "2.Cải": the item number is kept as printed, the word repaired
            rest = self._readings(numbered.group(2), kind, weight)
            return rest._replace(prefix=numbered.group(1) + rest.prefix)
        glued = _glued_number(core) if core[:1].isdigit() else None
        if glued:  # the number is kept and the word repaired after it, apart
            return self._after_number(glued.group(1), self._readings(glued.group(2), kind, weight))
        if _ROMAN_MISREAD.match(core) and core != "I" * len(core):
            return self._fixed([("I" * len(core), (self._lm_word("I" * len(core)),), 0.0)], core)
        if core.upper() in _ACRONYM_FIXES:
            return self._fixed([(_ACRONYM_FIXES[core.upper()], (self._lm_word(core),), 0.0)], core)
        if core in self.acronyms or core in _ROMAN_LETTERS:
            return self._fixed([(core, (self._lm_word(core),), 0.0)], core)
        if looks_like_acronym(core):
            if len(core) == 2 and core[1] in _VOWEL_LIKE:
                return self._capital_pair_readings(core, weight)
            return self._fixed(self._acronym_readings(core, weight), core)
        known = core.lower() in self.lexicon
        if kind == "vie" and known:
            return self._vie_readings(core, weight)
        return self._legacy_readings(core, known, weight)

    def _after_number(self, number: str, rest: Readings) -> Readings:
        """The readings of a word printed after `number`: each starts with the number's token."""
        if rest.ints is None:
            return rest
        num = self.lm.id("<num>")
        first = rest.first.tolist()
        inner = [(k, num, word) for k, word in enumerate(first)] + list(rest.transitions)
        shifted = self._arrays([num] * len(first), rest.last.tolist(), rest.emission.tolist(), inner, None,
                               list(rest.fixed), list(rest.words), rest.model)
        return shifted._replace(prefix=f"{rest.prefix}{number} ")

    def _legacy_readings(self, core: str, known: bool, weight: float) -> Readings:
        """The channel's shortlist for the token, a word split from a glued number ("Chỉ2"), and
        the token itself as a last resort (a name or term outside the lexicon)."""
        ids, logp = self._shortlist(core.lower())
        words = ids.tolist()
        fixed: list[str | None] = [None] * len(words)
        # map over the per-word tables rather than comprehensions: this runs once per distinct token of a
        # document (~2,000 a seed file), and its per-item Python was most of a token's readings
        first, last = list(map(self._first_of.__getitem__, words)), list(map(self._last_of.__getitem__, words))
        emission = [weight * score for score in logp]
        inner: list[tuple[int, int, int]] = []
        inner_probs: list[float] = []
        if not self._word_inner.keys().isdisjoint(words):  # a word of several tokens among them (few tokens)
            for k, word in enumerate(words):
                for a, b, p in self._word_inner.get(word, ()):
                    inner.append((k, a, b))
                    inner_probs.append(p)
        extra: list[tuple[str, tuple[str, ...], float]] = []
        split = _SPLIT_NUMBER.match(core)
        if split:
            head_ids, head_logp = self.channel.candidates(split.group(1).lower())
            if len(head_ids):
                text = self.channel.words[head_ids[0]]
                number = split.group(2).translate(_DIGITISH)
                extra.append((f"{apply_case(text, split.group(1))} {number}", (self._lm_word(text), "<num>"),
                              weight * (float(head_logp[0]) - 2.0)))
        if core.isalpha() and len(core) >= 4 and (not len(logp) or max(logp) < SPLIT_BELOW):
            extra += self._splits(core, weight)
        if self.channel.id_of(core.lower()) not in words and not any(o[0] == core for o in extra):
            extra.append((core, (self._lm_word(core),), -6.0 if not known else -1.0))
        for text, tokens, score in extra:
            token_ids = self._ids(tokens)
            if len(token_ids) > 1:
                inner += [(len(first), a, b) for a, b in zip(token_ids, token_ids[1:])]
                inner_probs += [self.lm.prob(a, b) for a, b in zip(token_ids, token_ids[1:])]
            first.append(token_ids[0])
            last.append(token_ids[-1])
            emission.append(score)
            fixed.append(text)
            words.append(-1)
        floor = max(emission) - OPTION_SPAN
        if min(emission) < floor:
            index = [k for k, e in enumerate(emission) if e >= floor]
            renumber = {old: new for new, old in enumerate(index)}
            kept = [(renumber[k], a, b, p) for (k, a, b), p in zip(inner, inner_probs) if k in renumber]
            inner, inner_probs = [(k, a, b) for k, a, b, _ in kept], [p for *_, p in kept]
            first, last, emission = [first[i] for i in index], [last[i] for i in index], [emission[i] for i in index]
            fixed, words = [fixed[i] for i in index], [words[i] for i in index]
        return self._arrays(first, last, emission, inner, inner_probs, fixed, words, core)

    def _splits(self, core: str, weight: float) -> list[tuple[str, tuple[str, ...], float]]:
        """Two syllables OCR glued into one token ("Dinhky", "XUly"): the best SPLIT_WAYS cuts into
        two parts of two letters or more, each part's best SPLIT_EACH candidates, at SPLIT_COST."""
        cuts = []
        lower = core.lower()
        self.channel.prepare([part for at in range(2, len(core) - 1) for part in (lower[:at], lower[at:])])
        for at in range(2, len(core) - 1):
            left, right = self._shortlist(lower[:at]), self._shortlist(lower[at:])
            if len(left[0]) and len(right[0]):
                cuts.append((max(left[1]) + max(right[1]), at, left, right))
        options = []
        for _, at, (left_ids, left_logp), (right_ids, right_logp) in sorted(cuts, reverse=True)[:SPLIT_WAYS]:
            for a, a_logp in zip(left_ids[:SPLIT_EACH].tolist(), left_logp[:SPLIT_EACH].tolist()):
                for b, b_logp in zip(right_ids[:SPLIT_EACH].tolist(), right_logp[:SPLIT_EACH].tolist()):
                    first, second = self.channel.words[a], self.channel.words[b]
                    if " " in first or " " in second:
                        continue
                    options.append((f"{apply_case(first, core[:at])} {apply_case(second, core[at:])}",
                                    (self._lm_word(first), self._lm_word(second)),
                                    weight * (a_logp + b_logp) - SPLIT_COST))
        return options

    def _digit_words(self, core: str, weight: float) -> list[tuple[str, tuple[str, ...], float]]:
        """Words a digit token may be a misreading of: the channel's shortlist of each letter form
        of its digits ("56" -> "so" -> số, sở, sổ), at DIGIT_WORD_COST beyond the channel's score."""
        best: dict[int, float] = {}
        for form in _digit_forms(core):
            ids, logp = self._shortlist(form)
            for word, score in zip(ids.tolist(), logp.tolist()):
                if score > best.get(word, -math.inf) and " " not in self.channel.words[word]:
                    best[word] = score
        return [(self.channel.words[word], (_lm_token(self.channel.words[word], self.lm),),
                 weight * score - DIGIT_WORD_COST) for word, score in best.items()]

    def _acronym_readings(self, core: str, weight: float) -> list[tuple[str, tuple[str, ...], float]]:
        """Capitals that are no syllable and no acronym the corpus knows: themselves, or a known
        acronym of the channel's shortlist at ACRONYM_COST (a garbled U, Ư or C: `BND`, `LBND`, `ƯBND`
        for UBND, `GCHC`, `CCHG` for CCHC); the language model decides. A Roman numeral (II, XIV) is
        only itself, as is a token of two letters (ND, TT: too many real ones)."""
        options = [(core, (self._lm_word(core),), 0.0)]
        if len(core) < 3 or set(core) <= _ROMAN_DIGITS:
            return options
        if not self._holds_acronym(core):  # as read at a cost (UNKNOWN_ACRONYM_COST)
            options = [(core, (self._lm_word(core),), -UNKNOWN_ACRONYM_COST)]
        ids, logp = self._shortlist(core.lower())
        glued = _two_syllables_glued(core)
        for word, score in zip(ids.tolist(), logp.tolist()):
            text = self.channel.words[word].upper()
            # the same letters with a hyphen (PTTH, PT-TH) are the token as printed, not a misreading
            if text in self.acronyms and "".join(filter(str.isalnum, text)) != core:
                options.append((text, (self._lm_word(text),), weight * score - ACRONYM_COST))
            elif glued and " " in text.strip(" -|"):  # a word of two syllables or more (a list dash aside)
                text = text.strip(" -|")
                options.append((text, tuple(map(self._lm_word, text.split())), weight * score - GLUED_CAPITALS_COST))
        if glued:
            options += [(text, tokens, score + SPLIT_COST - GLUED_CAPITALS_COST)
                        for text, tokens, score in self._splits(core, weight)]
        return options

    def _holds_acronym(self, core: str) -> bool:
        """Whether a known acronym of three letters or more, its hyphens dropped, is the token or part of it."""
        if self._bare_acronyms is None:
            self._bare_acronyms = {a.replace("-", "") for a in self.acronyms if len(a.replace("-", "")) >= 3}
        bare = self._bare_acronyms
        return any(core[i:i + n] in bare for n in range(3, len(core) + 1) for i in range(len(core) - n + 1))

    def _capital_pair_readings(self, core: str, weight: float) -> Readings:
        """Two capitals that are no syllable and no known acronym: themselves, or a syllable with marks
        of the channel's shortlist at PAIR_COST (`SG` for Sở: ở read as G); the language model decides.
        The syllables are packed as channel words, cased when chosen (a capital and marks among lower-case
        words, _cased)."""
        own = self.lm.id(self._lm_word(core))
        first, last, emission = [own], [own], [0.0]
        fixed: list[str | None] = [core]
        words = [-1]
        self._add_shortlisted(core, weight, PAIR_COST, has_marks, first, last, emission, fixed, words)
        return self._arrays(first, last, emission, [], None, fixed, words, core)

    def _tone_variants(self, core: str, weight: float) -> list[tuple[str, tuple[str, ...], float]]:
        """A known word from `vie` OCR, or the same letters with other marks: degraded scans turn
        hook-above into acute (kiểm -> kiếm, để -> đế); the language model decides."""
        options = [(core, (self._lm_word(core),), 0.0)]
        for text, logp in self.channel.variants(core):
            options.append((apply_case(text, core), (self._lm_word(text),), weight * logp - TONE_SWAP_COST))
        return options

    def _vie_readings(self, core: str, weight: float) -> Readings:
        """A known word from `vie` OCR: itself, its tone variants, and the other words of the channel's
        shortlist at VIE_WORD_COST (a degraded scan makes one word another: Sở -> Sử, Tốt -> Tất, cải ->
        củi); the language model decides. Besides the tone misreadings seen in training, every other tone
        of the same letters and hats at OTHER_TONE_COST (để read as đề: a confusion the training scans
        never showed). A letter alone (a list's "đ)", "g)") only gets the misreadings seen.
        The other tones and words are packed as channel words, their texts written only if chosen."""
        variants = self._tone_variants(core, weight)
        ids = [self.lm.id(tokens[0]) for _, tokens, _ in variants]
        first, last, emission = list(ids), list(ids), [score for _, _, score in variants]
        fixed: list[str | None] = [text for text, _, _ in variants]
        words = [-1] * len(variants)
        if len(core) >= 2:
            offered = {text.lower() for text, _, _ in variants}  # one syllable of the lexicon not offered yet
            for text in other_tones(core):
                if text in self.lexicon and text not in offered:
                    word = self.channel.id_of(text)
                    first.append(self._first_of[word])
                    last.append(self._last_of[word])
                    emission.append(-OTHER_TONE_COST)
                    fixed.append(None)
                    words.append(word)
                    offered.add(text)
            self._add_shortlisted(core, weight, VIE_WORD_COST, lambda text: text not in offered, first, last,
                                  emission, fixed, words)
        return self._arrays(first, last, emission, [], None, fixed, words, core)

    def _add_shortlisted(self, core: str, weight: float, cost: float, keep: Callable[[str], bool], first: list[int],
                         last: list[int], emission: list[float], fixed: list[str | None], words: list[int]) -> None:
        """The syllables of the channel's shortlist for `core` that the lexicon knows, that `keep` admits and
        that lie within reach of the word as read (speed), appended as channel words at `cost` (their texts
        written only if chosen)."""
        shortlist, logp = self._shortlist(core.lower())
        for word, score in zip(shortlist.tolist(), logp.tolist()):
            text, weighted = self.channel.words[word], weight * score - cost
            if text in self.lexicon and weighted >= -OPTION_SPAN and keep(text):
                first.append(self._first_of[word])
                last.append(self._last_of[word])
                emission.append(weighted)
                fixed.append(None)
                words.append(word)

    def _shortlist(self, token: str) -> tuple[array, array]:
        """Channel candidates re-ranked with how common each word is; the decoder sees the best few.
        A number is never the repair of a word-like token ("g5" read from a printed "6,5" in
        training): repair must not invent values; number tokens pass through unchanged instead."""
        found = self._shortlisted.get(token)
        if found is None:
            self._shortlists([token])
            found = self._shortlisted[token]
        return found

    def _shortlists(self, tokens: Iterable[str]) -> None:
        """`_shortlist` of many tokens at once, kept: the channel scores their candidates in one batch,
        then each token's are sorted by channel score plus PRIOR_WEIGHT times the word's prior, stably
        (the channel's order among equals), with COMMON_SLOTS places for common words, and each token's
        best channel score is kept (_channel_weight): in one C call where the kernels are built (~0.1 s
        of a seed file's CPU in Python), else in Python (shortlist_of, the reference)."""
        new = [token for token in dict.fromkeys(tokens) if token not in self._shortlisted]
        if not new:
            return
        if len(self._shortlisted) + len(new) > SHORTLISTED_LIMIT:
            self._shortlisted.clear()
            self._best_logp.clear()
            self._garbled.clear()
        self.channel.prepare(new)
        prior, digit = self._word_prior, self._word_digit
        candidates = [self.channel.candidates(token) for token in new]
        if kernels.COMPILED is not None:
            found = kernels.shortlist(candidates, prior, digit, PRIOR_WEIGHT, SHORTLIST, COMMON_SLOTS, COMMON_WEIGHT)
            for token, (ids, logp, best) in zip(new, found):
                self._shortlisted[token], self._best_logp[token] = (ids, logp), best
            return
        for token, (ids, logp) in zip(new, candidates):
            ids, logp, best = shortlist_of(ids, logp, prior, digit)
            self._shortlisted[token], self._best_logp[token] = (ids, logp), best

    def _text(self, r: Readings, option: int, prose: bool = False) -> str:
        fixed = r.fixed[option]
        if fixed is None:
            return r.prefix + self._cased(r.words[option], r.model, prose)
        if prose and len(r.model) <= PROSE_CAPS and fixed.isupper() and has_marks(fixed) and not (
                fixed in self.acronyms or looks_like_acronym(fixed)):
            # as _cased does for the channel's words: a `vie` word kept or given another tone ("SỐ", "TY" -> TỶ
            # among words in lower case is Số, Tỷ); tuning pairs (seeds 20000+), degraded `vie` 87.87 -> 87.95 %
            fixed = fixed[:1] + fixed[1:].lower()
        return r.prefix + fixed

    @lru_cache(maxsize=100_000)
    def _cased(self, word_id: int, model: str, prose: bool = False) -> str:
        """The channel's printed word in the case of the OCR token it replaces. Among words in lower
        case (`prose`), a short token in capitals whose word carries marks is a capital and marks read
        as capitals ("SO" for Sở, "NGi" for Nội: ở and ộ look like a tall O), so only its first letter.
        A known acronym is written in capitals whatever the OCR's case (tuning pairs, seeds 20000+: degraded
        eng 85.14 -> 85.15 %, vie the same)."""
        word = self.channel.words[word_id]
        if word == model.lower():
            return model
        upper = word.upper()
        # "ccHe" is CCHC, not cchc; a Roman numeral is cased as read (vi, li are words too: "Vi" was VI in seed 002)
        if upper in self.acronyms and looks_like_acronym(upper) and not set(upper) <= _ROMAN_DIGITS:
            return upper
        cased = apply_case(word, model)
        if prose and len(model) <= PROSE_CAPS and has_marks(word) and cased.isupper():
            return word[:1].upper() + word[1:]
        return cased

    def _decode(self, cores: list[str], readings: list[Readings | None], start: str = BOS, ends: bool = True,
                cache: DocumentCache | None = None) -> list[str]:
        """The best reading of the line; `readings`: each token's (`_readings`, as repair_line asked them),
        None for the words a formula fixed, which are kept and give the others their context; `start` is
        the last word of the line before when this line continues it, `ends` is False when the next line
        continues this one (no end-of-line term)."""
        readings = [self._fixed([(core, (self._lm_word(core),), 0.0)], core) if r is None else r
                    for core, r in zip(cores, readings)]
        chosen = decode(readings, self.lm, self.lm.id(start), self.lm.id(EOS) if ends else None, cache)
        prose = _among_lower_case(cores)
        return _one_list_mark([self._text(r, option, p) for r, option, p in zip(readings, chosen, prose)])

    def repair_line(self, text: str, *, vie_ocr: bool = False, before: str | None = None,
                    after: str | None = None, cache: "DocumentCache | None" = None) -> str:
        """Repair one line; `before`/`after` are the neighbouring lines (already repaired / raw)
        when the line is part of running text, so a wrapped sentence keeps its context."""
        text = nfc(text)
        kind = self.classify(text, vie_ocr=vie_ocr)
        tokens = text.split()
        if "$" in text:
            tokens = [_dollar_s(token, i == 0 or i + 1 < len(tokens) and tokens[i + 1][:1].isupper())
                      for i, token in enumerate(tokens)]
        if "€" in text:
            tokens = list(map(_euro_c, tokens))
        # not a line of dictionary words unless from Tesseract `vie` (kind "vie": "Độc lập - Tự do - Hành phức")
        formula = self._formulas(" ".join(tokens)) if kind != "clean" else None
        if formula:  # an administrative formula: its words restored, the rest of the line decoded around them
            tokens, fixed = formula[0], formula[1]
        elif kind in ("clean", "noise"):
            return text
        else:
            fixed = frozenset()
        # `83.03` for 83,03 where the line or the document proves it
        comma_document = cache is not None and writes_decimal_commas(*cache.decimals)
        tokens = restore_decimal_commas(list(tokens), comma_document=comma_document)
        parts = [split_edges(t) for t in tokens]
        cores = [core for _, core, _ in parts]
        if kind in ("clean", "noise"):
            return nfc(" ".join(tokens))  # a formula restored, nothing else to read
        weight = self._channel_weight([c for i, c in enumerate(cores) if i not in fixed] if fixed else cores)
        # asked once, for the test and the search (a line's tokens asked twice were ~14,000 cache lookups a seed file)
        readings = [None if i in fixed else self._readings(c, kind, weight) for i, c in enumerate(cores)]
        if all(r is None or (len(r.fixed) == 1 and self._text(r, 0) == c) for c, r in zip(cores, readings)):
            return nfc(" ".join(tokens))  # nothing to choose (most `vie` lines): no decoding
        start = _last_word(before) if before is not None and _continues(before, text) else BOS
        ends = after is None or not _continues(text, after)
        decoded = _small_l(parts, _keep_known_names(cores, self._decode(cores, readings, start, ends, cache)))
        if parts[0][2][:1] == ":" and len(cores) > 1 and cores[1][:1].isdigit() and skeleton(decoded[0]) == "so":
            decoded[0] = "Số"  # the document's number ("Số: 374/BC-SNV"), whatever the marks read (Sở, số)
        out = [f"{lead}{word}{tail}" for (lead, _, tail), word in zip(parts, decoded)]
        # keep the original spacing when nothing changed in a token
        return nfc(" ".join(out)) if out != text.split() else text

    def _channel_weight(self, cores: list[str]) -> float:
        """CHANNEL_WEIGHT, or GARBLED_WEIGHT for a line whose words are mostly beyond the channel's
        reach (see GARBLED_BELOW). Each token is judged once (`_garbled`) and a line's marks are
        counted in C (map, count): a Python loop over every line's tokens was ~1 % of seed 002's
        instructions."""
        marks = self._garbled
        for core in set(cores).difference(marks):
            if len(core) >= 2 and core.isalpha():
                word = core.lower()
                if word not in self._best_logp:
                    self._shortlist(word)
                marks[core] = int(self._best_logp[word] < GARBLED_BELOW)
            else:
                marks[core] = -1  # no word: not counted
        found = list(map(marks.__getitem__, cores))
        return GARBLED_WEIGHT if found.count(1) > GARBLED_SHARE * (len(found) - found.count(-1)) else CHANNEL_WEIGHT

    @lru_cache(maxsize=20_000)
    def _formulas(self, text: str) -> tuple[tuple[str, ...], frozenset[int]] | None:
        """The line's tokens with the administrative formulas it holds restored (formulas.py)."""
        found = formula_catalogue().restore(text.split(), self._in_lexicon)
        return (tuple(found[0]), frozenset(found[1])) if found else None

    def repair_lines(self, lines: list[str], *, vie_ocr: bool = False,
                     cache: "DocumentCache | None" = None) -> list[str]:
        """Repair consecutive lines of one page: each line sees the end of the one before, and
        the words of the document so far (`cache`, shared across its pages)."""
        cache = cache if cache is not None else DocumentCache()
        tokens = self._channel_tokens((nfc(line) for line in lines), vie_ocr)
        self._shortlists(tokens)
        self._shortlists(self._split_parts(tokens))
        commas, points = decimal_separators(nfc(line) for line in lines)  # the page's, before its first line
        cache.decimals[0] += commas
        cache.decimals[1] += points
        out: list[str] = []
        for i, line in enumerate(lines):
            out.append(self.repair_line(line, vie_ocr=vie_ocr, before=out[-1] if out else None,
                                        after=lines[i + 1] if i + 1 < len(lines) else None, cache=cache))
            if self.classify(line, vie_ocr=vie_ocr) in ("legacy", "vie"):
                out[-1] = _restore_code(out[-1], cache)
            else:
                _restore_code(line, cache, keep=True)
            cache.add([i for i in map(self._cache_id, out[-1].split()) if i is not None], self._unknown + 1)
        return out

    @lru_cache(maxsize=100_000)
    def _cache_id(self, token: str) -> int | None:
        """The language-model id the document cache counts for an output token (None: no word)."""
        core = split_edges(token)[1]
        return self.lm.id(lm_token(core)) if core and any(ch.isalpha() for ch in core) else None

    def _split_parts(self, tokens: Iterable[str]) -> list[str]:
        """The parts `_splits` will ask the channel about, for the tokens that may be two syllables
        glued (the test of `_legacy_readings`), so that they are scored in one batch with the
        others: a batch of its own per glued token cost ~1 ms of packing each."""
        parts: list[str] = []
        for token in tokens:
            if token.isalpha() and len(token) >= 4:
                logp = self._shortlist(token)[1]
                if not len(logp) or max(logp) < SPLIT_BELOW:
                    parts += [part for at in range(2, len(token) - 1) for part in (token[:at], token[at:])]
        return parts

    def _channel_tokens(self, lines: Iterable[str], vie_ocr: bool = False) -> set[str]:
        """The tokens of lines to repair that the channel will be asked about (a few more at
        most), so their candidates are scored in one batch; from `vie` OCR a line of dictionary
        words too (its words may stand for others, _vie_readings)."""
        tokens: set[str] = set()
        for line in lines:
            if self.classify(line, vie_ocr=vie_ocr) in ("legacy", "vie"):
                for token in line.split():
                    tokens.update(_channel_forms(token))
        return tokens



def shortlist_of(ids: array, logp: array, prior: array, digit: bytes) -> tuple[array, array, float]:
    """One token's shortlist in Python, the reference of kernels.shortlist (the same order, ties
    included): its candidates without the words that hold a digit, by log-prob + PRIOR_WEIGHT x prior,
    stably, the first SHORTLIST - COMMON_SLOTS of them, then the COMMON_SLOTS best of the others by
    log-prob + COMMON_WEIGHT x prior (ties in the first order), in the first order; and the best log-prob
    of them all (-inf: none; see GARBLED_BELOW)."""
    ranked = [k for _, k in sorted((-(score + PRIOR_WEIGHT * prior[word]), k)
                                   for k, (word, score) in enumerate(zip(ids, logp)) if not digit[word])]
    first = SHORTLIST - COMMON_SLOTS
    rest = ranked[first:]
    common = sorted(range(len(rest)), key=lambda i: (-(logp[rest[i]] + COMMON_WEIGHT * prior[ids[rest[i]]]), i))
    chosen = ranked[:first] + [rest[i] for i in sorted(common[:COMMON_SLOTS])]
    return (array("i", [ids[k] for k in chosen]), array("d", [logp[k] for k in chosen]),
            max((logp[k] for k in ranked), default=-math.inf))

_SENTENCE_END = re.compile(r"[.:;!?…]\W*$")
_CODE = re.compile(r"^\d{1,2}(?:\.\d)+$")  # "7.15" is more often 7.1.5 read without a dot than a code
# digits where the outline expects a code: its dots lost ("413") or read as commas ("3,4", "4,1.2")
_LOST_CODE = re.compile(r"^\d{2,4}$|^\d{1,2}(?:[.,]\d){1,3}$")


def _next_codes(code: tuple[int, ...]) -> list[tuple[int, ...]]:
    """The outline codes that may come next after `code`, nearest first (4.1.3 -> 4.1.3.1, 4.1.4,
    4.1.4.1, 4.2, 4.2.1, 5.1): its first child, the next at each level and that one's first child."""
    found = [code + (1,)]
    for depth in range(len(code), 1, -1):
        following = code[:depth - 1] + (code[depth - 1] + 1,)
        found += [following, following + (1,)]
    return found + [(code[0] + 1, 1)]


def _restore_code(line: str, cache: DocumentCache, keep: bool = False) -> str:
    """A line that begins with a criterion code: remember it; one that begins with digits where the
    document's outline expects the next code with those digits ("413" after "4.1.2") gets its dots
    back, when words follow (a criterion's name, not a row of figures); so do dots read as commas
    ("3,4" after "3.3", its name right after it). With `keep` the line is only read. Criteria tables
    number their rows so; OCR drops the dots of small type, and a degraded scan gives a dot a comma's tail."""
    tokens = line.split()
    lead, core, tail = split_edges(tokens[0]) if tokens else ("", "", "")
    if _CODE.match(core):
        cache.code = tuple(int(part) for part in core.split("."))
    elif (not keep and cache.code and _LOST_CODE.match(core)
          and any(ch.isalpha() for token in tokens[1:] for ch in token)
          # a figure with a decimal comma starts a line too ("3,5 2,5 điểm"): a code's name follows it at once
          and ("," not in core or split_edges(tokens[1])[1][:1].isalpha())):
        for code in _next_codes(cache.code):
            if core == "".join(map(str, code)) or core.replace(",", ".") == ".".join(map(str, code)):
                cache.code = code
                tokens[0] = lead + ".".join(map(str, code)) + tail
                return " ".join(tokens)
    return line


def _known_names() -> dict[str, list[tuple[str, ...]]]:
    """The registries' names of two words or more (provinces, their districts, ministries and their
    aliases), by first word.  Read from the registry files directly (the registry module costs `parscan
    repair` the document model's import), once per version of them: then from the per-user cache
    (parsing the YAML is ~0.05 s of every process's start)."""
    return _names()["known"]


def _stripped_names() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """Known names with marks, by their first word without marks: (words without marks, the name), only where
    no two names lose their marks into the same words."""
    return _names()["stripped"]


@lru_cache(maxsize=1)
def _names() -> dict:
    """_known_names and _stripped_names, derived together and kept in the per-user cache (stripping the
    names' marks was ~1.2 ms of every process with a line to repair)."""
    files = ("units.yaml", "national_units.yaml")

    def derive() -> dict:
        known = _read_known_names(*files)
        return {"known": known, "stripped": _strip_names(known)}

    return cached_state(b"".join(map(read_bytes, (os.path.join(REGISTRY_DATA, name) for name in files))), "names2",
                        derive)


def _read_known_names(units_file: str, national_file: str) -> dict[str, list[tuple[str, ...]]]:
    import yaml

    def load(name: str) -> dict:
        with open(os.path.join(REGISTRY_DATA, name), encoding="utf-8") as file:
            text = file.read()
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}

    units, national = load(units_file), load(national_file)
    names = [p["name"] for p in units.get("provinces", [])]
    names += [d[1] for p in units.get("provinces", []) for d in p.get("districts", []) if isinstance(d[1], str)]
    names += [n for m in national.get("ministries", []) for n in [m["name"], *m.get("aliases", [])]]
    names += [a for aliases in (national.get("province_aliases") or {}).values() for a in aliases]
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        words = tuple(split_edges(w)[1] for w in nfc(name).split())  # "Labour," as the line's cores give it
        if len(words) >= 2 and words not in out.setdefault(words[0], []):
            out[words[0]].append(words)
    return out


def _keep_known_names(cores: list[str], decoded: list[str]) -> list[str]:
    """A run of words that already spells a known name exactly is kept as printed: "Gia Lai", "Long An",
    "Kon Tum" carry no tone marks, and a line of them is otherwise read as text that lost its marks and
    "restored" into other words ("Giờ Làm"), which then match no unit."""
    if cores == decoded:
        return decoded
    names, stripped = _known_names(), _stripped_names()
    if names.keys().isdisjoint(cores) and stripped.keys().isdisjoint(cores):
        return decoded  # no name starts at any word (most lines)
    out = list(decoded)
    kept: set[int] = set()
    for i, core in enumerate(cores):
        for words in names.get(core, ()):
            if tuple(cores[i:i + len(words)]) == words:
                out[i:i + len(words)] = words
                kept.update(range(i, i + len(words)))
    for i, core in enumerate(cores):
        for plain, words in stripped.get(core, ()):  # "Ha Noi": a known name that lost its marks, capitals kept
            span = range(i, i + len(plain))
            if tuple(cores[i:i + len(plain)]) == plain and not kept.intersection(span):
                out[i:i + len(plain)] = words
    return out


def _strip_names(known: dict[str, list[tuple[str, ...]]]) -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """_stripped_names of the known names."""
    by_plain: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for names in known.values():
        for words in names:
            if any(map(has_marks, words)):
                by_plain.setdefault(tuple(strip_diacritics(w) for w in words), set()).add(words)
    out: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for plain, found in by_plain.items():
        if len(found) == 1 and all(p[:1].isupper() for p in plain):
            out.setdefault(plain[0], []).append((plain, next(iter(found))))
    return out


def _continues(line: str, following: str) -> bool:
    """Does `following` carry on the sentence of `line` (wrapped prose, not a new item)?"""
    if not line.strip() or _SENTENCE_END.search(line.strip()):
        return False
    first = next((ch for ch in following if ch.isalpha()), "")
    return first.islower() and not following.lstrip().startswith(("-", "+", "•"))


def _last_word(line: str) -> str:
    """The language model's token of the line's last word (BOS: none), looked for from the end."""
    for token in reversed(line.split()):
        core = split_edges(token)[1]
        if core:
            return lm_token(core)
    return BOS


def _among_lower_case(cores: list[str]) -> list[bool]:
    """Per token: its neighbouring words (two letters or more) are not in capitals, and it has one;
    asked only of short tokens with a capital (the others' answer is never used)."""
    out = [False] * len(cores)
    for i, core in enumerate(cores):
        if len(core) <= PROSE_CAPS and not core.islower():
            around = [c for c in cores[max(i - 1, 0):i] + cores[i + 1:i + 2] if _is_wordy(c)]
            out[i] = bool(around) and not any(c.isupper() for c in around)
    return out


def _small_l(parts: list[tuple[str, str, str]], words: list[str]) -> list[str]:
    """A small l is a bar like a capital I (or J, T): a word that starts with L where OCR read another
    capital after a word in lower case (no sentence end between), and before one or none, is written with
    a small l ("IY" -> lý, "Jigu" -> liệu, "Kip" -> lập; `vie` reads lý as "Tý"); a name has capitals beside
    it (Lào Cai), a sentence may start a line. `parts`: the line's tokens as split_edges gives them. Tuning
    pairs (seeds 20000+), degraded eng / vie: 85.03 / 87.80 -> 85.14 / 87.87 %."""
    if " L" not in " ".join(words):  # no word but the first starts with L: most lines, tested at C speed
        return words
    out = words
    for i, ((_, core, _), word) in enumerate(zip(parts, words)):
        if word[:1] == "L" and core[:1].isupper() and core[:1] != "L" and i:
            before, after = parts[i - 1], parts[i + 1:i + 2]
            if (_is_wordy(before[1]) and before[1][:1].islower() and not _SENTENCE_END.search(before[2])
                    and all(c[:1].islower() for _, c, _ in after if _is_wordy(c))):
                out = out if out is not words else list(words)
                out[i] = "l" + (word[1:].lower() if word[1:].isupper() else word[1:])
    return out


@lru_cache(maxsize=100_000)
def _is_wordy(core: str) -> bool:
    return sum(ch.isalpha() for ch in core) >= 2


def _one_list_mark(words: list[str]) -> list[str]:
    """The channel learned words with the dash (or ruling) OCR glued to them or lost ("- loại" for `Logi`,
    "chính -" for `chink`): where the line already has its mark next to such a word ("- Logi", "+ €hủ",
    "chink - nyiin"), the word comes without a second."""
    if _LIST_MARKS.isdisjoint(words):
        return words  # no mark to have twice (most lines)
    out = list(words)
    for i, word in enumerate(words):
        if i and word[:2] in _MARKED_WORD and words[i - 1] in _LIST_MARKS:
            out[i] = word[2:]
        elif i + 1 < len(words) and word[-2:] in _WORD_MARKED and words[i + 1] in _LIST_MARKS:
            out[i] = word[:-2]
    return out


def _dollar_s(token: str, capital: bool = False) -> str:
    """An S that Tesseract `eng` read as a dollar sign ("$e Noi vu", "$6 Tu phap", "$¢" for Sở, "mot $6"
    for một số): Vietnamese text writes no "$" before a letter or alone before one character; an amount
    ("$100", "$1.99") is left as read. The sign has no case: `capital` where the line starts or a
    capital follows (a name: Sở Nội vụ), else a small s."""
    lead, core, tail = split_edges(token)
    return f"{lead}{'S' if capital else 's'}{core[1:]}{tail}" if _DOLLAR_S.match(core) else token


def _euro_c(token: str) -> str:
    """A capital C that OCR read as a euro sign ("€hủ" for Chủ, "€ặc" for Các): no word starts with "€"."""
    lead, core, tail = split_edges(token)
    return f"{lead}C{core[1:]}{tail}" if core[:1] == "€" and core[1:2].isalpha() else token


@lru_cache(maxsize=100_000)
def _channel_forms(token: str) -> tuple[str, ...]:
    """What the channel is asked about for one OCR token of a line to repair, as `_readings` asks
    (cached: a document repeats its tokens, and these are five regular expressions each): a token
    with digits and no letter ("¢6", "14|") and the whole of a word glued to a number ("Chi2") too,
    or each was scored in a batch of its own (~40 of them per seed file)."""
    core = split_edges(_euro_c(_dollar_s(token)) if "€" in token else _dollar_s(token))[1]
    if _DIGIT_WORD.match(core):
        return tuple(_digit_forms(core))
    dated = _NUMBER_DOT_WORD.match(core) if core[:1].isdigit() else None
    if dated:
        return (dated.group(2).lower(),)
    if not any(ch.isalnum() for ch in core) or NUMBER.match(core) or _SYMBOL.match(core):
        return ()
    numbered, split = _NUMBERED.match(core), _SPLIT_NUMBER.match(core)
    if split and not numbered:
        return core.lower(), split.group(1).lower()
    glued = _glued_number(core) if core[:1].isdigit() else None
    return ((numbered.group(2) if numbered else glued.group(2) if glued else core).lower(),)


def _glued_number(core: str) -> re.Match | None:
    """A number glued before a word (see _GLUED_NUMBER and _GLUED_HEADING): the number and the word."""
    found = _GLUED_NUMBER.match(core)
    if found is None:
        found = _GLUED_HEADING.match(core)
        if found is not None and not found.group(2).isupper():
            return None
    return found


def _two_syllables_glued(core: str) -> bool:
    """Capitals that look like an acronym but hold two vowel groups apart, five letters or more
    ("PHAPLLUAT" for PHÁP LUẬT, "THANHPHO": two syllables of a heading glued): an acronym has
    at most one vowel group (UBND, CCHC, QPPL) or is known (SIPAS, PAPI)."""
    return len(core) >= 5 and vowel_groups(core) >= 2


def _digit_forms(token: str) -> list[str]:
    """The letter forms of a digit token ("86" -> "so", "oo", "eo")."""
    forms = [""]
    for ch in token:
        forms = [form + letter for form in forms for letter in _DIGIT_LETTERS[ch]]
    return forms


def _word_tables(words: list[str], lm: BigramLM) -> dict:
    """Per printed word of the channel: the language-model ids of its first and last token, the
    transitions inside it with their probabilities, its prior (how common its tokens are) and whether it
    holds a digit."""
    import numpy as np

    tokens = [[lm.id(_lm_token(w, lm)) for w in word.split()] or [lm.unknown] for word in words]
    prior = [sum(math.log(max(lm.continuation(w), 1e-7)) for w in word.split()) for word in words]
    return {
        "first": np.array([t[0] for t in tokens], dtype=np.int64).tobytes(),
        "last": np.array([t[-1] for t in tokens], dtype=np.int64).tobytes(),
        "prior": np.array(prior).tobytes(),
        "digit": np.array([any(ch.isdigit() for ch in word) for word in words]).tobytes(),
        "inner": {i: tuple((a, b, lm.prob(a, b)) for a, b in zip(t, t[1:]))
                  for i, t in enumerate(tokens) if len(t) > 1},
    }


def _lm_token(word: str, lm: BigramLM) -> str:
    """The language model's token for a word: itself, `<num>`, or `<unk>` when the model lacks it."""
    token = lm_token(word)
    return token if token == "<num>" or lm.known(token) else "<unk>"


@lru_cache(maxsize=1)
def get_repairer() -> Repairer:
    path = os.path.join(DATA_DIR, MODEL_FILE)
    if not os.path.exists(path):
        from parscan.errors import ParscanError

        raise ParscanError(f"repair model missing ({path}): run `make model`")
    artefact = read_bytes(path)

    def derive() -> dict:
        import gzip  # only when the per-user cache lacks the tables (first use of a model)
        import json

        return Repairer.derive_state(json.loads(gzip.decompress(artefact)))

    # the model is ~1 million objects that live as long as the process and hold no garbage: the garbage
    # collector walked its growing dicts again and again while they were read (~0.05 s of CPU of every
    # `parscan repair`), then again in every full collection while a file was repaired; it is kept out
    # of their way while they are read, then they are moved out of its sight (gc.freeze)
    enabled = gc.isenabled()
    gc.disable()
    try:
        repairer = Repairer(cached_state(artefact, "repair", derive))
    finally:
        if enabled:
            gc.enable()
    gc.freeze()
    return repairer


STRENGTH = {"clean": "none", "noise": "none", "vie": "light", "legacy": "full"}


def repair_document(doc: ParscanDocument, ocr_lang: str = "vie") -> ParscanDocument:
    """Repair every line in place; the raw text stays in `ocr_text`, words follow when they align.

    `ocr_lang` is the Tesseract model the OCRed pages were read with.
    """
    repair = PageRepair(ocr_lang)
    for page in doc.pages:
        repair.page(page)
    doc.refresh_text()
    return doc


class PageRepair:
    """`repair_document` one page at a time, in page order (the document cache runs across pages).

    Why a page at a time: `parscan extract --jobs N` repairs the pages that are in, in order, while
    the workers still OCR the rest, instead of all of them after the last page; the output is that
    of `repair_document`, which is this loop over the pages.
    """

    def __init__(self, ocr_lang: str = "vie") -> None:
        self.repairer = get_repairer()
        self.cache = DocumentCache()
        self.vie = ocr_lang.split("+")[0] == "vie"

    def page(self, page: Page) -> None:
        """Repair the lines of `page` (the next page of the document) in place."""
        repairer = self.repairer
        vie_ocr = page.origin == "ocr" and self.vie
        for line in page.lines:
            if line.ocr_text is None:
                line.ocr_text = line.text
        raw = [line.ocr_text or "" for line in page.lines]
        # one path for files and documents: repair_lines gives each line its neighbours and the cache
        for line, original, text in zip(page.lines, raw, repairer.repair_lines(raw, vie_ocr=vie_ocr, cache=self.cache)):
            line.repair = STRENGTH[repairer.classify(original, vie_ocr=vie_ocr)]
            if line.repair == "none":
                continue
            line.text = text
            repaired = text.split()
            if line.words and len(repaired) == len(line.words):
                for word, token in zip(line.words, repaired):
                    word.text = token
