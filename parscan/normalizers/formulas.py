"""The fixed formulas of administrative documents, found in noisy OCR lines and restored.

Every Vietnamese administrative document repeats the same formulas: quốc hiệu and tiêu ngữ, the
issuer, the document type, the legal bases, the recipients, the signature block. Their OCR is often
garbled beyond what a syllable's candidates reach (headings in small capitals, bold, under stamps:
"TINTED" for TỈNH, "Hành phức" for Hạnh phúc), but the line as a whole still resembles the formula.
The catalogue is data (`data/formulas.yaml`, slots filled from the unit registry); a line, or the
start or the end of a line (the two halves of a two-column header), is compared with it over its
letter skeleton (diacritics dropped, OCR's usual confusions folded: `names.fold`), and the words of
a formula that matches closely, with the same shape (the same numbers, in the same places), replace
the OCR's. Numbers and punctuation stay as read; a word already spelt right stays as printed.
"""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
from array import array
from collections import namedtuple
from functools import cached_property, lru_cache, reduce
from operator import or_

from parscan.normalizers import DATA_DIR, kernels
from parscan.normalizers.names import fold_compact
from parscan.normalizers.state_cache import cached_state, read_bytes
from parscan.normalizers.vietnamese import apply_case, split_edges

TYPE_CHECKING = False  # not typing's: its import is `parscan repair FILE`'s start-up (~13 M instructions)
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Literal

    Item = Literal["word", "number", "punct"]

FORMULA_FILE = "formulas.yaml"
CACHE_FORMAT = 2  # bump when the derived catalogue changes shape or content for the same data files
REGISTRY = os.path.join(os.path.dirname(os.path.dirname(DATA_DIR)), "registries", "data")
# a whole line matching a formula this closely (normalised Levenshtein similarity of the letter skeletons)
# is that formula; the start or the end of a longer line must match closer, and be a formula of
# PART_LETTERS letters or more (a short formula inside a line is too easily met by chance)
LINE_SIMILARITY = 0.7
PART_SIMILARITY = 0.8
PART_LETTERS = 10
# words of the lexicon make a formula only with its letters, or within this similarity in a formula of
# CLEAN_LETTERS letters or more ("Đặc lập - Tự do - Hạnh phúc", `vie` OCR of a heading)
CLEAN_SIMILARITY = 0.9
CLEAN_LETTERS = 10
NAME_EDIT = 5  # a slot's name is read with at most one edit in this many letters
MIN_LETTERS = 6  # shorter formulas are never looked for
MAX_TOKENS = 16  # formulas are headings and short lines: longer lines are only searched at their start
SHORT_WORDS = 6
MAX_NUMBERS = 4  # "Số: 7391 /KH-UBND Đắk Lắk, ngày 19 tháng 8 năm 2020"
PREFIX_TOKENS = 12  # the start of a line looked at, in tokens
LONG_LINE_LETTERS = 25  # the formulas looked for at the start of a longer line ("Căn cứ Luật Tổ chức ...")
# the least letters of a formula looked for in a whole line, in a part of a line, at the start of a long line
LEVELS = (0, PART_LETTERS, LONG_LINE_LETTERS)

_NUMBERISH = re.compile(r"^[\d.,/%-]*\d[\d.,/%-]*$")
_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}


class Formula(namedtuple("Formula", ("words", "letters", "name", "spans", "shape"))):
    """A formula of the catalogue. Fields: words (tuple of str), the printed tokens, "{n}" a number slot;
    letters (str), the skeleton compared with the OCR's; name ((int, int) | None), where the registry
    name that fills its slot is in `letters`; spans (tuple of (int, int)), where each word's letters are
    in `letters`; shape (tuple of str), "W" a run of words, "N" a number, "P" punctuation.
    Not a dataclass (its module costs `parscan repair`'s start-up, numbers.py), nor a `typing.NamedTuple`
    (it compiles each annotation string at import: decoder.Readings)."""

    __slots__ = ()

    @property
    def numbers(self) -> int:
        return self.shape.count("N")


def _kind(core: str) -> Item:
    if _NUMBERISH.match(core):
        return "number"
    return "word" if fold_compact(core) else "punct"


@lru_cache(maxsize=100_000)
def _token(token: str) -> tuple[str, Item, str]:
    """A token's core, what it is, and its letter skeleton (cached: a document repeats its tokens)."""
    core = split_edges(token)[1]
    if _NUMBERISH.match(core):
        return core, "number", ""
    letters = fold_compact(core)
    return core, "word" if letters else "punct", letters


def _formula_kinds(words: tuple[str, ...]) -> list[Item]:
    return ["number" if w == "{n}" else _kind(split_edges(w)[1]) for w in words]


def _shape(kinds: list[Item], punct: bool) -> tuple[str, ...]:
    """The runs of words, the numbers and (with `punct`) the punctuation, in order."""
    out: list[str] = []
    for kind in kinds:
        if kind == "punct" and not punct:
            continue
        code = {"word": "W", "number": "N", "punct": "P"}[kind]
        if not (code == "W" and out and out[-1] == "W"):
            out.append(code)
    return tuple(out)


def tone_key(word: str) -> tuple[str, str]:
    """A syllable without its tone mark, and the mark: 'hoà' and 'hòa', 'Uỷ' and 'ủy' are the same word
    written with the mark on another vowel (both spellings are in use)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tone = "".join(_TONES.get(ch, "") for ch in decomposed)
    bare = "".join(ch for ch in decomposed if ch not in _TONES)
    return unicodedata.normalize("NFC", bare), tone


def _same_word(ocr: str, word: str) -> bool:
    return ocr == word or tone_key(ocr) == tone_key(word)


def _expand(template: str, slots: dict[str, list[tuple[str, str]]]) -> list[tuple[str, str]]:
    """The template's texts with its slot (one at most) filled, each with the registry name in it."""
    found = re.search(r"\{(province|department|place)\}", template)
    if not found:
        return [(template, "")]
    return [(template[:found.start()] + value + template[found.end():], name) for value, name in slots[found.group(1)]]


@lru_cache(maxsize=1)
def catalogue() -> "Formulas":
    """The formulas of `data/formulas.yaml` with their slots filled from the unit registry, derived
    once per version of those two files and kept in the per-user cache (state_cache.py)."""
    sources = read_bytes(os.path.join(DATA_DIR, FORMULA_FILE)) + read_bytes(os.path.join(REGISTRY, "units.yaml"))
    return Formulas(cached_state(sources, f"formulas{CACHE_FORMAT}", _derive))


def _derive() -> dict:
    """The catalogue as plain data: each formula as a tuple of Formula's fields, longest first (among
    equals, a line that is "TM. ỦY BAN NHÂN DÂN" as closely as "ỦY BAN NHÂN DÂN" keeps all its words);
    per word, the formulas it may announce as a bit mask."""
    import yaml

    def load(path: str) -> dict:
        with open(path, encoding="utf-8") as file:
            return yaml.load(file.read(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}

    units = load(os.path.join(REGISTRY, "units.yaml"))
    kinds = {"tinh": "TỈNH", "thanh_pho": "THÀNH PHỐ"}
    slots = {
        "province": [(f"{kinds[p['kind']]} {p['name'].upper()}", p["name"]) for p in units.get("provinces", [])
                     if p.get("kind") in kinds],
        "department": [(d["name"].upper(), d["name"]) for d in units.get("department_templates", [])
                       if "{" not in d["name"]],
        "place": [(p["name"], p["name"]) for p in units.get("provinces", [])],
    }
    templates = load(os.path.join(DATA_DIR, FORMULA_FILE))["formulas"]
    texts = [(unicodedata.normalize("NFC", text), name) for template in templates
             for text, name in _expand(template, slots)]
    formulas: list[Formula] = []
    for text, name in dict.fromkeys(texts):
        words = tuple(text.split())
        kinds_ = _formula_kinds(words)
        parts = [fold_compact(split_edges(w)[1]) for w, k in zip(words, kinds_) if k == "word"]
        letters = "".join(parts)
        ends = list(itertools.accumulate(map(len, parts)))
        if len(letters) >= MIN_LETTERS:
            spans = tuple(zip([0] + ends[:-1], ends))
            formulas.append(Formula(words, letters, _name_span(letters, spans, fold_compact(name)), spans,
                                    _shape(kinds_, True)))
    formulas.sort(key=lambda f: -len(f.letters))
    # a line is compared only with the formulas one of its words is spelt in (for a formula with a
    # registry name, a word of the name): every formula line of the tuning pairs restored keeps one intact
    masks: dict[str, int] = {}
    for k, formula in enumerate(formulas):
        start, end = formula.name or (0, len(formula.letters))
        for a, b in formula.spans:
            if a < end and b > start:
                masks[formula.letters[a:b]] = masks.get(formula.letters[a:b], 0) | 1 << k
    return {"formulas": [(f.words, f.letters, f.name, f.spans, f.shape) for f in formulas], "masks": masks,
            "words": {f.letters[a:b] for f in formulas for a, b in f.spans}}


class Formulas:
    def __init__(self, state: dict) -> None:
        """From `_derive()` (possibly cached)."""
        self._all = [Formula(*row) for row in state["formulas"]]
        self._masks: dict[str, int] = state["masks"]
        self._words: set[str] = state["words"]  # every word of a formula: a line's share of them
        self._longest = max((len(f.letters) for f in self._all), default=0)

    @lru_cache(maxsize=100_000)
    def _facts(self, token: str) -> tuple[str, Item, str, bool, bool, int, bool]:
        """Of one token, what restore counts (cached: a document repeats its tokens): its core, kind and
        letter skeleton (_token), whether it is a word, a formula's word, the formulas it is spelt in
        (mask), a word with a capital."""
        core, kind, word = _token(token)
        return (core, kind, word, kind == "word", word in self._words, self._masks.get(word, 0),
                kind == "word" and core[:1].isupper())

    @lru_cache(maxsize=20_000)
    def _group(self, mask: int, numbers: int, level: int) -> tuple[list[Formula], list[str], array]:
        """The formulas of `mask` with `numbers` numbers and the least letters of `level` (LEVELS),
        longest first, with their skeletons and their indices ('i', for the compiled comparison) (cached:
        lines of a document share their words)."""
        found: list[Formula] = []
        indices = array("i")
        while mask:
            low = mask & -mask
            formula = self._all[low.bit_length() - 1]
            if formula.numbers == numbers and len(formula.letters) >= LEVELS[level]:
                found.append(formula)
                indices.append(low.bit_length() - 1)
            mask ^= low
        return found, [f.letters for f in found], indices

    @cached_property
    def _letters(self) -> tuple[array, array]:
        """Every formula's letters as the compiled comparison reads them (kernels.text_table)."""
        return kernels.text_table([f.letters for f in self._all])

    def restore(self, tokens: list[str], known: Callable[[str], bool]) -> tuple[list[str], set[int]] | None:
        """The line's tokens with the formulas it holds restored, and the positions of the restored
        words (the decoder keeps them), or None when it holds none. `known`: a word of the lexicon
        (a span of known words is a formula only if its letters are the formula's exactly: "Hành
        phức" is Hạnh phúc, but a correct line is never rewritten into a look-alike)."""
        n = len(tokens)
        if not n:
            return None
        # per token what it is (cached per token: _facts), and before each token the letters, the words,
        # and the formula words among them (a formula's words make a third of a line's words or more, half
        # of a part's and two at least: "ỦY BAN NHÂN DÂN" is no reading of a sentence that holds "ban" and
        # "dân"; the comparisons, which are the cost, are spared where they do not). The counts come first
        # and in C (zip, sum): most lines stop at them, and a Python pass over every line's tokens was
        # most of this function's cost
        cores, kinds, letters, wordy, formula_word, masks, capital = zip(*map(self._facts, tokens))
        mask, hit, counted = reduce(or_, masks), sum(formula_word), sum(wordy)
        if not mask or hit < 2 and counted > 3 * hit:
            return None
        # the shape of a formula line: a short line, or a heading (half its words capitalised: the two
        # halves of a national header), with no more numbers than a date line; table rows and running
        # text, most of a document, are not looked at (half the lines of a criteria plan)
        if kinds.count("number") > MAX_NUMBERS or counted > SHORT_WORDS and 2 * sum(capital) < counted:
            return None
        length = [0, *itertools.accumulate(map(len, letters))]
        words = [0, *itertools.accumulate(wordy)]
        hits = [0, *itertools.accumulate(formula_word)]
        unknown: list[int] = []  # words outside the lexicon before each token: asked only of spans compared

        def match(start: int, end: int, whole: bool) -> tuple[Formula, float] | None:
            size, found = length[end] - length[start], hits[end] - hits[start]
            if (3 if whole else 2) * found < words[end] - words[start] or found < (1 if whole else 2):
                return None
            least = MIN_LETTERS if whole else PART_LETTERS
            if size < least * LINE_SIMILARITY or size * LINE_SIMILARITY > self._longest:
                return None  # no formula is within reach of a span so short or so long
            if not unknown:
                unknown.extend(itertools.accumulate((k == "word" and not known(c) for c, k in zip(cores, kinds)),
                                                    initial=0))
            if unknown[end] == unknown[start]:  # real words: the formula's letters, or one edit in a long formula
                similarity = CLEAN_SIMILARITY if size >= CLEAN_LETTERS else 1.0
            else:
                similarity = LINE_SIMILARITY if whole else PART_SIMILARITY
            group = self._group(mask, kinds[start:end].count("number"), 0 if whole else 1 if n <= MAX_TOKENS else 2)
            if not group[0]:
                return None
            span = "".join(letters[start:end])
            best = self._closest(span, group, similarity)
            if not best or not _each_word_read(span, group[0][best[0]]):
                return None
            formula = group[0][best[0]]
            if self._aligned(formula, list(kinds[start:end])) is None:
                return None
            spelt = [cores[i] for i in range(start, end) if kinds[i] == "word"]
            if formula.name and not any(w[:1].isupper() for w in spelt[1:]):
                return None  # a name is written with a capital: "tỉnh và huyện" is no TỈNH PHÚ YÊN
            if not any(w.endswith((",", ";")) for w in formula.words) and any(
                    tokens[i].endswith((",", ";")) for i in range(start, end - 1)):
                return None  # "… Lạng Sơn, Bắc Ninh, Đồng Nai.": a list of names is no "TỈNH ĐỒNG NAI"
            return formula, best[1]

        def gain(found: tuple[Formula, float] | None) -> float:
            return len(found[0].letters) * (2 * found[1] - 1) if found else 0.0

        spans: list[tuple[int, int, Formula]] = []
        whole = match(0, n, True) if n <= MAX_TOKENS else None
        if whole:
            spans.append((0, n, whole[0]))
        elif hits[n] >= 2:
            # a part ends (starts) at a formula's word or one token from it ("Pic 1ap" for "Độc lập"), and
            # holds two of its words, half of the part's (tested here: most lines have no such part)
            near = [hits[i + 1] > hits[i] or hits[min(i + 2, n)] > hits[i + 1] for i in range(n)]
            prefixes = [(gain(m), j, m) for j in range(2, min(n, PREFIX_TOKENS + 1))
                        if hits[j] >= 2 and 2 * hits[j] >= words[j] and (near[j - 1] or near[j - 2])
                        and (m := match(0, j, False))]
            suffixes = [(gain(m), j, m) for j in range(1, n - 1) if n <= MAX_TOKENS and near[j]
                        and hits[n] - hits[j] >= 2 and 2 * (hits[n] - hits[j]) >= words[n] - words[j]
                        and (m := match(j, n, False))]
            head = max(prefixes, key=lambda p: (p[0], p[1]), default=None)
            tail = max((s for s in suffixes if head is None or s[1] >= head[1]), key=lambda s: (s[0], -s[1]),
                       default=None)
            if head:
                spans.append((0, head[1], head[2][0]))
            if tail:
                spans.append((tail[1], n, tail[2][0]))
        if not spans:
            return None
        out: list[str] = []
        fixed: set[int] = set()
        at = 0
        for start, end, formula in spans:
            out += tokens[at:start]
            rewritten = self._rewrite(formula, tokens[start:end], list(kinds[start:end]))
            if rewritten is None:
                at = start
                continue
            restored, kept = rewritten
            fixed.update(len(out) + k for k in kept)
            out += restored
            at = end
        out += tokens[at:]
        return (out, fixed) if fixed else None

    def _closest(self, span: str, group: tuple[list[Formula], list[str], array],
                 cutoff: float) -> tuple[int, float] | None:
        """The first of the group's formulas whose letters are most like the span's by normalised
        Levenshtein similarity, if it reaches `cutoff`: its place in the group and its similarity. In C
        where the kernels are built, else rapidfuzz's `extractOne`, which the C copy reproduces exactly:
        rapidfuzz's import was ~46 M instructions of every `parscan repair FILE` (every file has a
        formula line)."""
        if kernels.COMPILED is not None:
            return kernels.closest(span, self._letters, group[2], cutoff)
        from rapidfuzz.distance import Levenshtein
        from rapidfuzz.process import extractOne

        best = extractOne(span, group[1], scorer=Levenshtein.normalized_similarity, score_cutoff=cutoff)
        return (best[2], best[1]) if best else None

    @staticmethod
    def _aligned(formula: Formula, kinds: list[Item]) -> tuple[str, ...] | None:
        """How the span's tokens line up with the formula's: with its punctuation where the OCR kept
        it all ("P"), without it, or not at all (other numbers: not this formula)."""
        if _shape(kinds, True) == formula.shape:
            return ("P",)
        bare = tuple(code for code in formula.shape if code != "P")
        return () if _shape(kinds, False) == tuple(bare) else None

    def _rewrite(self, formula: Formula, tokens: list[str], kinds: list[Item]) -> tuple[list[str], list[int]] | None:
        """The span's tokens with the formula's words, and the positions of those words: run by run
        (words between numbers, or between punctuation where both have it), a word for a token where
        they are as many, else the run's words in its place; numbers and punctuation as read. None
        where a run of another count of words has punctuation inside (no place for the words)."""
        with_punct = self._aligned(formula, kinds) == ("P",)
        fkinds = _formula_kinds(formula.words)

        def runs(items: list[Item]) -> list[list[int]]:
            out: list[list[int]] = [[]]
            for i, kind in enumerate(items):
                if kind == "word":
                    out[-1].append(i)
                elif (kind == "number" or with_punct) and out[-1]:
                    out.append([])
            return [run for run in out if run]

        ours, theirs = runs(kinds), runs(fkinds)
        replace: dict[int, list[str]] = {}
        dropped: set[int] = set()
        for run, words in zip(ours, theirs):
            printed = [formula.words[i] for i in words]
            model = "".join(split_edges(tokens[i])[1] for i in run)
            last = bool(words) and words[-1] == len(formula.words) - 1
            if len(run) == len(printed):
                for k, (i, word) in enumerate(zip(run, printed)):
                    replace[i] = [self._word(tokens[i], word, _mostly_upper(model), last and k == len(run) - 1)]
            elif len(run) > len(printed) or run[-1] - run[0] + 1 != len(run):
                return None  # a token too many (not this formula's), or punctuation with no place to go
            else:  # syllables glued ("PHODA" for PHỐ ĐÀ)
                text = [split_edges(w)[1] for w in printed]
                if _mostly_upper(model):
                    text = [w.upper() for w in text]
                elif all(w.isupper() for w in text):  # a heading's formula, in a sentence: its case unknown
                    return None
                lead, tail = split_edges(tokens[run[0]])[0], split_edges(tokens[run[-1]])[2]
                text[0], text[-1] = lead + text[0], text[-1] + tail
                replace[run[0]] = text
                dropped.update(run[1:])
        out: list[str] = []
        kept: list[int] = []
        for i, token in enumerate(tokens):
            if i in dropped:
                continue
            if i in replace:
                kept += range(len(out), len(out) + len(replace[i]))
                out += replace[i]
            else:
                out.append(token)
        return out, kept

    @staticmethod
    def _word(token: str, word: str, upper: bool, last: bool) -> str:
        """The formula's word in the token's place: in the case of the token for a heading's formula
        (all capitals, also met in sentences: "Ủy ban nhân dân"), else as the formula writes it
        (capitals only where the run is in capitals, `upper`). The formula's punctuation after a word
        inside it ("HỘI" for "HO!"); after its `last` word the token's, or the formula's where it has
        some and the token none or a comma ("KT." for "KT,", "Nơi nhận:"). A token that is already the
        word (in another case or with the mark on another vowel) keeps its letters."""
        lead, core, tail = split_edges(token)
        _, printed, end = split_edges(word)
        tail = tail if last and not (end and tail in ("", ",")) else end
        if _same_word(core.lower(), printed.lower()):
            return lead + core + tail
        if printed.isupper() or upper:
            return lead + (printed.upper() if upper else apply_case(printed.lower(), core)) + tail
        return lead + printed + tail


def _name_span(letters: str, spans: tuple[tuple[int, int], ...], name: str) -> tuple[int, int] | None:
    """Where the words of the registry name `name` are in a formula's letters."""
    for i, (start, _) in enumerate(spans):
        for end in (e for _, e in spans[i:]):
            if letters[start:end] == name:
                return start, end
    return None


def _each_word_read(letters: str, formula: Formula) -> bool:
    """A third of the letters of every word of the formula or more are in the OCR's, in order, and all
    but one in NAME_EDIT of its registry name: a line that shares most of a formula's words is not that
    formula ("Chỉ số cải cách hành chính" is no "Ban chỉ đạo cải cách hành chính", though 80 % of the
    letters agree), and a province one letter from another is never taken for it."""
    read = [False] * len(formula.letters)
    extra = 0  # letters the OCR has inside the name that the name lacks
    for place in _places(letters, formula.letters):  # the most letters in common, in order
        if place >= 0:
            read[place] = True
        elif formula.name and formula.name[0] < -1 - place < formula.name[1]:
            extra += 1
    if formula.name:
        start, end = formula.name
        if end - start - sum(read[start:end]) + extra > (end - start) // NAME_EDIT:
            return False
    return all(3 * sum(read[a:b]) >= b - a for a, b in formula.spans)


def _places(letters: str, formula: str) -> list[int]:
    """Per OCR letter, where the alignment with the most letters in common puts it in the formula's: j
    where it is the formula's letter j, -1 - j where it is an extra letter before the formula's letter j.
    The alignment is rapidfuzz's `Indel.opcodes` (its choice among equally good ones decides which words
    are read), in C where the kernels are built (kernels.lcs_places, the same choice: Formulas._closest says why)."""
    if kernels.COMPILED is not None:
        return kernels.lcs_places(letters, formula)
    from rapidfuzz.distance import Indel

    places: list[int] = []
    for op in Indel.opcodes(letters, formula):  # in the OCR's order; Indel has no "replace"
        if op.tag == "equal":
            places.extend(range(op.dest_start, op.dest_end))
        elif op.tag == "delete":
            places.extend([-1 - op.dest_start] * (op.src_end - op.src_start))
    return places


def _mostly_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) * 3 >= len(letters) * 2
