"""Beam search over the readings of a line's OCR tokens, with the document's word cache.

Why arrays: a line of legacy OCR offers ~30 readings per token and the beam keeps 8 states, so a
step scores ~240 (state, reading) transitions; as Python calls that was most of the decoder's time.
The search runs in C, a call per line, where scripts/setup.sh built the library (kernels.py);
the numpy search here (a handful of array operations per token) is the reference and the fallback.
"""

from __future__ import annotations

import math
from array import array
from collections import namedtuple

from parscan.normalizers import kernels
from parscan.normalizers.lm import FLOOR, BigramLM

TYPE_CHECKING = False  # not typing's: its import is `parscan repair FILE`'s start-up (~13 M instructions)
if TYPE_CHECKING:  # the numpy search's; the compiled path runs without numpy (kernels.py)
    import numpy as np

BEAM = 16  # states kept per token: 8 -> 16 +0.2 pt on held-out degraded `eng` tuning pairs (seeds 20000+), no cost measurable in C
UNKNOWN_LOGPROB = -12.0  # a word the language model never saw (names, rare terms)
CACHE_WEIGHT = 0.05  # share of the document's own word counts in the language model


class Readings(namedtuple("Readings", ("distinct", "fixed", "words", "model", "shape", "ints", "floats", "transitions",
                                       "prefix"), defaults=((0, 0), None, None, (), ""))):
    """What the decoder needs of one OCR token's options, and how to write each one out.

    `shape`: the number of options and of transitions inside options of several tokens; `ints`
    ('q'): the options' first and last language-model ids, then the inner transitions' options and
    word ids; `floats` ('d'): the options' emission log-probs, then the inner transitions' P(word |
    previous) (the language model's own): the layout the compiled search takes (kernels.c), None
    for punctuation alone, which carries the states over. `distinct`: every option ends in another
    token (no two compete for one beam state). Texts: `fixed[k]`, or when it is None the channel's
    printed word `words[k]` in the case of `model`; `prefix` goes before each. `transitions`: the
    inner transitions as (option, previous id, id). A named tuple, not a frozen dataclass: made ~2,500
    times a seed file (a frozen dataclass sets each field through object.__setattr__), and the dataclasses
    module was ~11 % of the instructions of `parscan repair`'s start-up (numbers.py). Made by
    `collections.namedtuple`, not `typing.NamedTuple`: under `from __future__ import annotations` the latter
    compiles each field's annotation string at import (with Formula's, 14 calls of `compile`, ~1 ms of
    every start-up). Fields: distinct (bool), fixed (tuple of str | None), words (tuple of int), model
    (str), shape ((int, int)), ints and floats (array | None), transitions (tuple of (int, int, int)),
    prefix (str).
    """

    __slots__ = ()

    @property
    def first(self) -> array | None:
        """The language-model id of each option's first token (None: punctuation alone)."""
        return None if self.ints is None else self.ints[:self.shape[0]]

    @property
    def last(self) -> array | None:
        return None if self.ints is None else self.ints[self.shape[0]:2 * self.shape[0]]

    @property
    def emission(self) -> array | None:
        return None if self.floats is None else self.floats[:self.shape[0]]


class DocumentCache:
    """The words of the document repaired so far, mixed into the language model: a document
    repeats its own names and terms (its province, its council, its criteria), so a word it has
    already used is likelier than the corpus alone says (a cache language model). Counts are
    kept by language-model id (every unseen word shares one id, never scored through the cache);
    the compiled search mixes them in itself (kernels.c, share), the numpy search through `mix`."""

    def __init__(self) -> None:
        self.counts: array | None = None
        self.total = 0
        self._shares: np.ndarray | None = None  # the numpy search's, until the next line is added
        # the last outline code (criterion number, "4.1.2") a line of the document began with: a code
        # whose dots OCR lost ("413") is read as the one that follows it (repair.py, _restore_code)
        self.code: tuple[int, ...] | None = None
        # the document's figures read so far with a decimal comma and with a decimal point: which of the
        # two it prints (number_repair.writes_decimal_commas), counted by repair.py, page by page
        self.decimals = [0, 0]

    def add(self, ids: list[int], size: int) -> None:
        if self.counts is None:
            self.counts = array("d", bytes(8 * size))
        counts = self.counts
        for i in ids:  # a line's dozen words
            counts[i] += 1
        self.total += len(ids)
        self._shares = None

    def shares(self, size: int) -> np.ndarray:
        """CACHE_WEIGHT * count / total per language-model id (zeros before the first line)."""
        import numpy as np

        if self.counts is None or not self.total:
            return np.zeros(size)
        if self._shares is None:
            self._shares = CACHE_WEIGHT * np.frombuffer(self.counts) / self.total
        return self._shares

    def mix(self, words: np.ndarray, probs: np.ndarray) -> np.ndarray:
        """(1 - w) P(word | previous) + w count(word) / total."""
        if self.counts is None:
            return probs * (1 - CACHE_WEIGHT)
        return probs * (1 - CACHE_WEIGHT) + self.shares(len(self.counts))[words]


def transitions(lm: BigramLM, previous: np.ndarray, words: np.ndarray, unknown: np.ndarray | None,
                cache: DocumentCache | None, probs: np.ndarray | None = None) -> np.ndarray:
    """log P(word | previous) for arrays of ids, the document's own words mixed in; a word the
    language model never saw (`<unk>`, where `unknown`) costs UNKNOWN_LOGPROB whatever came
    before. `probs`: the language model's own P(word | previous), when known already."""
    import numpy as np

    p = lm.probs(previous, words) if probs is None else probs
    if cache is not None:
        p = cache.mix(words, p)
    if unknown is not None:
        p = np.where(unknown, _UNKNOWN_PROB, p)
    return np.log(p)


_UNKNOWN_PROB = math.exp(UNKNOWN_LOGPROB)


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
    import numpy as np

    return np.array(keep)


def decode(readings: list[Readings], lm: BigramLM, start: int, end: int | None,
           cache: DocumentCache | None) -> list[int]:
    """The chosen option of each token (0 for punctuation alone). `start`: the language-model id
    the line starts after; `end`: the id of the end-of-line token, None when the next line
    continues this one. The compiled search when it was built (kernels.py), else the numpy one."""
    scored = [r for r in readings if r.ints is not None]
    if kernels.COMPILED is not None and scored:
        chosen = iter(_compiled(scored, lm, start, end, cache))
    else:
        chosen = iter(_search(scored, lm, start, end, cache))
    return [0 if r.ints is None else next(chosen) for r in readings]


def _compiled(scored: list[Readings], lm: BigramLM, start: int, end: int | None,
              cache: DocumentCache | None) -> list[int]:
    """The line packed for kernels.beam_decode: two arrays, each token's part packed with its options."""
    meta, ints, floats = array("q"), array("q"), array("d")
    for r in scored:
        meta.extend(r.shape)
        ints.extend(r.ints)
        floats.extend(r.floats)
    counted = cache is not None and cache.counts is not None and cache.total > 0
    return kernels.beam_decode(lm.search_model, meta, ints, floats, cache.counts if counted else None,
                               cache.total if counted else 0.0, CACHE_WEIGHT,
                               1.0 if cache is None else 1 - CACHE_WEIGHT, lm.unknown, UNKNOWN_LOGPROB, start,
                               -1 if end is None else end, BEAM)


def _search(scored: list[Readings], lm: BigramLM, start: int, end: int | None,
            cache: DocumentCache | None) -> list[int]:
    """The beam search in numpy, one step per token; states are the beam's last tokens (a
    previous state per kept option)."""
    import numpy as np

    last, score = np.array([start]), np.zeros(1)
    steps: list[tuple[np.ndarray, np.ndarray]] = []
    for r in scored:
        (n, m), ints, floats = r.shape, np.frombuffer(r.ints, dtype=np.int64), np.frombuffer(r.floats)
        first, last_ids, emission = ints[:n], ints[n:2 * n], floats[:n]
        unknown = first == lm.unknown
        unknown = unknown if unknown.any() else None
        if m:
            option, word, probs = ints[2 * n:2 * n + m], ints[2 * n + m:], floats[n:]
            inner = transitions(lm, word, word, word == lm.unknown, cache, probs=probs)
            emission = emission + np.bincount(option, weights=inner, minlength=len(emission))
        total = score[:, None] + transitions(lm, last[:, None], first, unknown, cache)
        came_from = total.argmax(axis=0)
        best = total[came_from, np.arange(len(emission))] + emission
        order = np.argsort(-best, kind="stable")
        keep = order[:BEAM] if r.distinct else _first_per_state(order, last_ids)
        steps.append((came_from[keep], keep))
        last, score = last_ids[keep], best[keep]
    if end is not None:
        score = score + lm.logprobs(last, np.full(len(last), end))
    state = int(score.argmax())
    chosen: list[int] = []
    for came_from, keep in reversed(steps):
        chosen.append(int(keep[state]))
        state = int(came_from[state])
    return chosen[::-1]
