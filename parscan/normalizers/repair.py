"""Vietnamese OCR repair: a noisy-channel decoder over each line.

For every OCR token the channel model proposes printed syllables with log P(token | syllable);
a syllable bigram language model scores their order; Viterbi picks the best line. Numbers,
codes and legal symbols pass through (a `QD` inside a symbol becomes `QĐ`). Each line is first
classified: clean text is left alone, modern `vie` OCR gets light repair (tokens that are not
Vietnamese syllables, and on `vie` pages the tone marks `vie` is known to misread), legacy OCR
without Vietnamese support gets full repair. Consecutive lines see each other (wrapped sentences)
and the document's own words (a cache language model).
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

import numpy as np

from parscan.normalizers import DATA
from parscan.normalizers.channel import Channel
from parscan.normalizers.lm import BOS, EOS, BigramLM
from parscan.normalizers.state_cache import cached_state
from parscan.normalizers.vietnamese import (
    NUMBER,
    apply_case,
    has_marks,
    lm_token,
    looks_like_acronym,
    nfc,
    split_edges,
)

if TYPE_CHECKING:  # the document model is pydantic's: importing it costs 0.1 s that `parscan repair` needs not
    from parscan.schemas.document import ParscanDocument

LineKind = Literal["legacy", "vie", "clean", "noise"]
MODEL_FILE = "repair_model.json.gz"
CHANNEL_WEIGHT = 0.7  # tuned on held-out synthetic pairs (benchmarks), never on the dev gold
UNKNOWN_LOGPROB = -12.0  # a word the language model never saw (names, rare terms)
TONE_SWAP_COST = 1.0  # light repair changes a known word's tone mark only when the context insists
SHORTLIST = 30  # candidates per token the decoder sees (tuned on held-out synthetic pairs: 12 -> 30 +1.3 pts degraded)
BEAM = 8  # decoder states kept per token
OPTION_SPAN = 14.0  # options whose channel score trails the best by more never win (speed)
CACHE_WEIGHT = 0.05  # share of the document's own word counts in the language model
PRIOR_WEIGHT = 0.8
CLEAN_MARKS = 0.5  # Vietnamese prose carries diacritics on ~80 % of syllables, legacy OCR on < 30 %
VIE_MARKS = 0.6
NOISE_SHARE = 0.45  # lines where most words are unlike any OCR of Vietnamese are left alone
_SYMBOL = re.compile(r"^\d+[\w.]*/[\w./&Đđ-]+$")
_SYMBOL_PARTS = {"qd": "QĐ", "qb": "QĐ", "qp": "QĐ", "qđ": "QĐ", "hdnd": "HĐND", "hd": "HĐ", "nd": "NĐ"}
_NUMBERED = re.compile(r"^(\d+[-.)])([^\W\d_].*)$")
_SPLIT_NUMBER = re.compile(r"^([^\W\d_]{2,})([il1I|]?\d+)$")
_ACRONYM_FIXES = {"HDND": "HĐND", "HPND": "HĐND", "QD": "QĐ", "QDD": "QĐ"}  # Đ read as D or P
_DASHES = {"~": "-", "_": "-"}  # a list dash read as a tilde or underscore (never a token of its own)
_ROMAN_LETTERS = {"I", "V", "X"}  # section numbers, never a garbled syllable
_DIGITISH = str.maketrans({"i": "1", "l": "1", "I": "1", "|": "1"})


def fix_symbol(token: str) -> str:
    """'1952/Qb-UBND' -> '1952/QĐ-UBND': only the kind part of a legal symbol is touched."""
    parts = re.split(r"([/-])", token)
    return "".join(_SYMBOL_PARTS.get(p.lower(), p) if i and p not in "/-" else p for i, p in enumerate(parts))


@dataclass(frozen=True)
class Readings:
    """What the decoder needs of one OCR token's options: their texts, the language-model ids of
    each option's first and last token (`first` is None for punctuation alone, which carries the
    states over), which first tokens are `<unk>`, emission log-probs, the transitions inside
    options of several tokens as (option, previous id, id), and whether every option ends in
    another token (then no two options compete for one beam state)."""

    texts: tuple[str, ...]
    first: np.ndarray | None
    unknown: np.ndarray | None
    last: np.ndarray | None
    emission: np.ndarray | None
    inner: tuple[tuple[int, int, int], ...]
    distinct: bool


def _first_per_state(order: np.ndarray, last: np.ndarray) -> np.ndarray:
    """The best option per last token, best first, at most BEAM of them (options in `order`)."""
    seen: set[int] = set()
    keep: list[int] = []
    for option in order.tolist():
        if last[option] not in seen:
            seen.add(last[option])
            keep.append(option)
            if len(keep) == BEAM:
                break
    return np.array(keep)


class Repairer:
    def __init__(self, state: dict) -> None:
        """From `derive_state(model)` (possibly cached: see state_cache.py)."""
        self.lm = BigramLM.from_state(state["lm"])
        self.lexicon: set[str] = state["lexicon"]
        self.acronyms: set[str] = state["acronyms"]
        self.channel = Channel.from_state(state["channel"])
        self._unknown = self.lm.id("<unk>")  # no word of the corpus: the id of every unseen word

    @staticmethod
    def derive_state(model: dict) -> dict:
        lexicon = set(model["lexicon"])
        return {
            "lm": BigramLM(model["bigrams"]).state(),
            "lexicon": lexicon,
            # a capitalised syllable ("CAO" from an unaccented heading) is not an acronym
            "acronyms": {a for a in model["acronyms"] if a.lower() not in lexicon or looks_like_acronym(a)},
            "channel": Channel(model["table"], model["chars"], model["lexicon"], model.get("table_vie")).state(),
        }

    # --- classification --------------------------------------------------------------
    def _is_word(self, core: str) -> bool:
        if core in self.acronyms or looks_like_acronym(core):
            return True
        parts = [p for p in re.split(r"[/-]", core) if p]
        return bool(parts) and all(p.lower() in self.lexicon or p in self.acronyms for p in parts)

    def classify(self, text: str, *, vie_ocr: bool = False) -> LineKind:
        """`vie_ocr`: the line comes from Tesseract `vie`, so even a line of dictionary words may
        carry misread tone marks (kiếm for kiểm, Sớ for Sở) and gets light repair, not none."""
        kind = self._classify(text)
        return "vie" if vie_ocr and kind == "clean" and any(ch.isalpha() for ch in text) else kind

    def _classify(self, text: str) -> LineKind:
        cores = [split_edges(t)[1] for t in text.split()]
        words = [c for c in cores if c and any(ch.isalpha() for ch in c) and not _SYMBOL.match(c)]
        if not words:
            return "clean"
        marked = sum(1 for w in words if has_marks(w)) / len(words)
        unknown = [w for w in words if not self._is_word(w)]
        if not unknown and (marked >= CLEAN_MARKS or all(looks_like_acronym(w) for w in words)):
            return "clean"
        if marked >= VIE_MARKS:
            return "vie"
        strange = [w for w in unknown if w.lower() not in self.channel.by_ocr]
        if len(words) >= 4 and len(strange) / len(words) > NOISE_SHARE:
            return "noise"  # upside-down or handwritten text read as letters: nothing to restore
        return "legacy"

    # --- decoding ----------------------------------------------------------------------
    def _lm_word(self, word: str) -> str:
        token = lm_token(word)
        return token if token == "<num>" or self.lm.known(token) else "<unk>"

    @lru_cache(maxsize=100_000)
    def _readings(self, core: str, kind: LineKind) -> "Readings":
        """The options of one OCR token as arrays of language-model ids, for the decoder."""
        options = self._options(core, kind)
        if all(not tokens for _, tokens, _ in options):
            return Readings((options[0][0],), None, None, None, None, (), True)
        ids = [[self.lm.id(token) for token in tokens] for _, tokens, _ in options]
        last = np.array([i[-1] for i in ids])
        inner = tuple((k, a, b) for k, i in enumerate(ids) for a, b in zip(i, i[1:]))
        first = np.array([i[0] for i in ids])
        return Readings(tuple(o[0] for o in options), first, first == self._unknown, last,
                        np.array([o[2] for o in options]), inner, len(set(last.tolist())) == len(ids))

    @lru_cache(maxsize=100_000)
    def _options(self, core: str, kind: LineKind) -> tuple[tuple[str, tuple[str, ...], float], ...]:
        """(output text, its LM tokens, emission log-prob) for one OCR token."""
        if not core or not any(ch.isalnum() for ch in core):
            return ((_DASHES.get(core, core), (), 0.0),)
        if NUMBER.match(core):
            return ((core, ("<num>",), 0.0),)
        if _SYMBOL.match(core):
            return ((fix_symbol(core), ("<num>",), 0.0),)
        numbered = _NUMBERED.match(core)
        if numbered:  # "1-Chỉ", "2.Cải": the item number is kept as printed, the word repaired
            prefix = numbered.group(1)
            rest = self._options(numbered.group(2), kind)
            return tuple((prefix + text, tokens, emission) for text, tokens, emission in rest)
        if core.upper() in _ACRONYM_FIXES:
            return ((_ACRONYM_FIXES[core.upper()], (self._lm_word(core),), 0.0),)
        if core in self.acronyms or looks_like_acronym(core) or core in _ROMAN_LETTERS:
            return ((core, (self._lm_word(core),), 0.0),)
        known = core.lower() in self.lexicon
        if kind == "vie" and known:
            return self._tone_variants(core)
        options: list[tuple[str, tuple[str, ...], float]] = []
        for text, logp in self._shortlist(core.lower()):
            out = core if text == core.lower() else apply_case(text, core)
            options.append((out, tuple(self._lm_word(w) for w in text.split()), CHANNEL_WEIGHT * logp))
        split = _SPLIT_NUMBER.match(core)
        if split:
            head = self.channel.candidates(split.group(1).lower())
            if head:
                text, logp = head[0]
                number = split.group(2).translate(_DIGITISH)
                options.append((f"{apply_case(text, split.group(1))} {number}",
                                (self._lm_word(text), "<num>"), CHANNEL_WEIGHT * (logp - 2.0)))
        if not any(o[0] == core for o in options):
            # keep the token itself as a last resort (a name or term outside the lexicon)
            options.append((core, (self._lm_word(core),), -6.0 if not known else -1.0))
        best = max(o[2] for o in options)
        return tuple(o for o in options if o[2] >= best - OPTION_SPAN)

    def _tone_variants(self, core: str) -> tuple[tuple[str, tuple[str, ...], float], ...]:
        """A known word from `vie` OCR, or the same letters with other marks: degraded scans turn
        hook-above into acute (kiểm -> kiếm, để -> đế); the language model decides."""
        options = [(core, (self._lm_word(core),), 0.0)]
        for text, logp in self.channel.variants(core):
            options.append((apply_case(text, core), (self._lm_word(text),), CHANNEL_WEIGHT * logp - TONE_SWAP_COST))
        return tuple(options)

    def _shortlist(self, token: str) -> list[tuple[str, float]]:
        """Channel candidates re-ranked with how common each word is; the decoder sees the best few."""
        def prior(text: str) -> float:
            return sum(math.log(max(self.lm.continuation(w), 1e-7)) for w in text.split())

        # a number is never the repair of a word-like token ("g5" read from a printed "6,5" in
        # training): repair must not invent values; number tokens pass through unchanged instead
        words = [c for c in self.channel.candidates(token) if not any(ch.isdigit() for ch in c[0])]
        ranked = sorted(words, key=lambda c: -(c[1] + PRIOR_WEIGHT * prior(c[0])))
        return ranked[:SHORTLIST]

    def _transitions(self, previous: np.ndarray, words: np.ndarray, unknown: np.ndarray,
                     cache: "DocumentCache | None") -> np.ndarray:
        """log P(word | previous) for arrays of ids, the document's own words mixed in; a word the
        language model never saw (`<unk>`) costs UNKNOWN_LOGPROB whatever came before."""
        logp = self.lm.logprobs(previous, words)
        if cache is not None:
            logp = cache.mix(words, logp)
        return np.where(unknown, UNKNOWN_LOGPROB, logp)

    def _decode(self, cores: list[str], kind: LineKind, start: str = BOS, ends: bool = True,
                cache: "DocumentCache | None" = None) -> list[str]:
        """Viterbi with a beam over the line; `start` is the last word of the line before when this
        line continues it, `ends` is False when the next line continues this one (no end-of-line
        term). States are the beam's last language-model tokens; one step scores every (state,
        reading) pair in one array operation."""
        readings = [self._readings(core, kind) for core in cores]
        last, score = np.array([self.lm.id(start)]), np.zeros(1)
        steps: list[tuple[np.ndarray, np.ndarray]] = []  # per token with readings: (previous state, reading) kept
        for r in readings:
            if r.first is None:
                continue  # punctuation alone: the states carry over
            emission = r.emission
            if r.inner:
                k, a, b = (np.array(column) for column in zip(*r.inner))
                inner = self._transitions(a, b, b == self._unknown, cache)
                emission = emission + np.bincount(k, weights=inner, minlength=len(emission))
            total = score[:, None] + self._transitions(last[:, None], r.first, r.unknown, cache)
            came_from = total.argmax(axis=0)
            best = total[came_from, np.arange(len(emission))] + emission
            order = np.argsort(-best, kind="stable")
            keep = order[:BEAM] if r.distinct else _first_per_state(order, r.last)
            steps.append((came_from[keep], keep))
            last, score = r.last[keep], best[keep]
        if ends:
            score = score + self.lm.logprobs(last, np.full(len(last), self.lm.id(EOS)))
        state = int(score.argmax())
        chosen: list[int] = []
        for came_from, keep in reversed(steps):
            chosen.append(int(keep[state]))
            state = int(came_from[state])
        chosen.reverse()
        picks = iter(chosen)
        return [r.texts[0] if r.first is None else r.texts[next(picks)] for r in readings]

    def repair_line(self, text: str, *, vie_ocr: bool = False, before: str | None = None,
                    after: str | None = None, cache: "DocumentCache | None" = None) -> str:
        """Repair one line; `before`/`after` are the neighbouring lines (already repaired / raw)
        when the line is part of running text, so a wrapped sentence keeps its context."""
        text = nfc(text)
        kind = self.classify(text, vie_ocr=vie_ocr)
        if kind in ("clean", "noise"):
            return text
        tokens = text.split()
        parts = [split_edges(t) for t in tokens]
        cores = [core for _, core, _ in parts]
        if all(len(o) == 1 and o[0][0] == c for c, o in ((c, self._options(c, kind)) for c in cores)):
            return text  # nothing to choose (most `vie` lines): no decoding
        start = _last_word(before) if before is not None and _continues(before, text) else BOS
        ends = after is None or not _continues(text, after)
        decoded = self._decode(cores, kind, start, ends, cache)
        out = [f"{lead}{word}{tail}" for (lead, _, tail), word in zip(parts, decoded)]
        # keep the original spacing when nothing changed in a token
        return nfc(" ".join(out)) if out != tokens else text

    def repair_lines(self, lines: list[str], *, vie_ocr: bool = False,
                     cache: "DocumentCache | None" = None) -> list[str]:
        """Repair consecutive lines of one page: each line sees the end of the one before, and
        the words of the document so far (`cache`, shared across its pages)."""
        cache = cache if cache is not None else DocumentCache()
        self.channel.prepare(self._channel_tokens(nfc(line) for line in lines))
        out: list[str] = []
        for i, line in enumerate(lines):
            out.append(self.repair_line(line, vie_ocr=vie_ocr, before=out[-1] if out else None,
                                        after=lines[i + 1] if i + 1 < len(lines) else None, cache=cache))
            cache.add([self.lm.id(lm_token(core)) for core in (split_edges(t)[1] for t in out[-1].split())
                       if core and any(ch.isalpha() for ch in core)], self._unknown + 1)
        return out

    def _channel_tokens(self, lines: Iterable[str]) -> set[str]:
        """The tokens of lines to repair that the channel will be asked about (a few more at
        most), so their candidates are scored in one batch."""
        tokens: set[str] = set()
        for line in lines:
            if self._classify(line) in ("legacy", "vie"):
                for core in (split_edges(t)[1] for t in line.split()):
                    if any(ch.isalpha() for ch in core) and not NUMBER.match(core) and not _SYMBOL.match(core):
                        numbered, split = _NUMBERED.match(core), _SPLIT_NUMBER.match(core)
                        tokens.add((numbered.group(2) if numbered else split.group(1) if split else core).lower())
        return tokens


class DocumentCache:
    """The words of the document repaired so far, mixed into the language model: a document
    repeats its own names and terms (its province, its council, its criteria), so a word it has
    already used is likelier than the corpus alone says (a cache language model). Counts are
    kept by language-model id (every unseen word shares one id, never scored through the cache)."""

    def __init__(self) -> None:
        self.counts: np.ndarray | None = None
        self.total = 0
        self._keep = math.log(1 - CACHE_WEIGHT)

    def add(self, ids: list[int], size: int) -> None:
        if self.counts is None:
            self.counts = np.zeros(size)
        np.add.at(self.counts, ids, 1)
        self.total += len(ids)

    def mix(self, words: np.ndarray, logp: np.ndarray) -> np.ndarray:
        if self.counts is None or not self.total:
            return logp + self._keep
        with np.errstate(divide="ignore"):  # log 0 for words not used yet: the corpus alone
            share = np.log(CACHE_WEIGHT * self.counts[words] / self.total)
        return np.logaddexp(logp + self._keep, share)


_SENTENCE_END = re.compile(r"[.:;!?…]\W*$")


def _continues(line: str, following: str) -> bool:
    """Does `following` carry on the sentence of `line` (wrapped prose, not a new item)?"""
    if not line.strip() or _SENTENCE_END.search(line.strip()):
        return False
    first = next((ch for ch in following if ch.isalpha()), "")
    return first.islower() and not following.lstrip().startswith(("-", "+", "•"))


def _last_word(line: str) -> str:
    cores = [c for c in (split_edges(t)[1] for t in line.split()) if c]
    return lm_token(cores[-1]) if cores else BOS


@lru_cache(maxsize=1)
def get_repairer() -> Repairer:
    path = DATA / MODEL_FILE
    if not path.exists():
        from parscan.errors import ParscanError

        raise ParscanError(f"repair model missing ({path}): run `make model`")
    artefact = path.read_bytes()

    def derive() -> dict:
        return Repairer.derive_state(json.loads(gzip.decompress(artefact)))

    return Repairer(cached_state(artefact, "repair", derive))


STRENGTH = {"clean": "none", "noise": "none", "vie": "light", "legacy": "full"}


def repair_document(doc: ParscanDocument, ocr_lang: str = "vie") -> ParscanDocument:
    """Repair every line in place; the raw text stays in `ocr_text`, words follow when they align.

    `ocr_lang` is the Tesseract model the OCRed pages were read with.
    """
    repairer = get_repairer()
    cache = DocumentCache()
    for page in doc.pages:
        vie_ocr = page.origin == "ocr" and ocr_lang.split("+")[0] == "vie"
        for line in page.lines:
            if line.ocr_text is None:
                line.ocr_text = line.text
        raw = [line.ocr_text or "" for line in page.lines]
        # one path for files and documents: repair_lines gives each line its neighbours and the cache
        for line, original, text in zip(page.lines, raw, repairer.repair_lines(raw, vie_ocr=vie_ocr, cache=cache)):
            line.repair = STRENGTH[repairer.classify(original, vie_ocr=vie_ocr)]
            if line.repair == "none":
                continue
            line.text = text
            repaired = text.split()
            if line.words and len(repaired) == len(line.words):
                for word, token in zip(line.words, repaired):
                    word.text = token
    doc.refresh_text()
    return doc
