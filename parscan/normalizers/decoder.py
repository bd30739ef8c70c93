"""Beam search over the readings of a line's OCR tokens, with the document's word cache.

Why arrays: a line of legacy OCR offers ~30 readings per token and the beam keeps 8 states, so a
step scores ~240 (state, reading) transitions; as Python calls that was most of the decoder's time.
The search runs in C, a call per line, where scripts/setup.sh built the library (kernels.py);
the numpy search here (a handful of array operations per token) is the reference and the fallback.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from parscan.normalizers import kernels
from parscan.normalizers.lm import FLOOR, BigramLM

BEAM = 16  # states kept per token: 8 -> 16 +0.2 pt on held-out degraded `eng` tuning pairs (seeds 20000+), no cost measurable in C
UNKNOWN_LOGPROB = -12.0  # a word the language model never saw (names, rare terms)
CACHE_WEIGHT = 0.05  # share of the document's own word counts in the language model


@dataclass(frozen=True)
class Readings:
    """What the decoder needs of one OCR token's options, and how to write each one out.

    `first`/`last`: language-model ids of each option's first and last token (`first` is None for
    punctuation alone, which carries the states over); `unknown`: which first tokens are `<unk>`
    (None when none is); `emission`: log-probs; `inner`: the transitions inside options of several
    tokens as arrays (option, word id, the language model's P(word | previous), which words are
    `<unk>`), None when there is none; `distinct`: every option ends in another token (no two
    compete for one beam state). Texts: `fixed[k]`, or when it is None the channel's printed word
    `words[k]` in the case of `model`; `prefix` goes before each. `shape`, `ints`, `floats`: the
    same packed for the compiled search (see kernels.c); `transitions`: the inner transitions as
    (option, previous id, id).
    """

    first: np.ndarray | None
    last: np.ndarray | None
    unknown: np.ndarray | None
    emission: np.ndarray | None
    inner: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None] | None
    distinct: bool
    fixed: tuple[str | None, ...]
    words: tuple[int, ...]
    model: str
    shape: tuple[int, int] = (0, 0)
    ints: np.ndarray | None = None
    floats: np.ndarray | None = None
    transitions: tuple[tuple[int, int, int], ...] = ()
    prefix: str = ""


class DocumentCache:
    """The words of the document repaired so far, mixed into the language model: a document
    repeats its own names and terms (its province, its council, its criteria), so a word it has
    already used is likelier than the corpus alone says (a cache language model). Counts are
    kept by language-model id (every unseen word shares one id, never scored through the cache)."""

    def __init__(self) -> None:
        self.counts: np.ndarray | None = None
        self.total = 0
        self._shares: np.ndarray | None = None
        # the last outline code (criterion number, "4.1.2") a line of the document began with: a code
        # whose dots OCR lost ("413") is read as the one that follows it (repair.py, _restore_code)
        self.code: tuple[int, ...] | None = None
        # the document's figures read so far with a decimal comma and with a decimal point: which of the
        # two it prints (number_repair.writes_decimal_commas), counted by repair.py, page by page
        self.decimals = [0, 0]

    def add(self, ids: list[int], size: int) -> None:
        if self.counts is None:
            self.counts = np.zeros(size)
        for i in ids:  # a line's dozen words: cheaper than one numpy call
            self.counts[i] += 1
        self.total += len(ids)
        self._shares = None

    def shares(self, size: int) -> np.ndarray:
        """CACHE_WEIGHT * count / total per language-model id (zeros before the first line)."""
        if self.counts is None or not self.total:
            return np.zeros(size)
        if self._shares is None:
            self._shares = CACHE_WEIGHT * self.counts / self.total
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
    return np.array(keep)


def decode(readings: list[Readings], lm: BigramLM, start: int, end: int | None,
           cache: DocumentCache | None) -> list[int]:
    """The chosen option of each token (0 for punctuation alone). `start`: the language-model id
    the line starts after; `end`: the id of the end-of-line token, None when the next line
    continues this one. The compiled search when it was built (kernels.py), else the numpy one."""
    scored = [r for r in readings if r.first is not None]
    if kernels.COMPILED is not None and scored:
        chosen = iter(_compiled(scored, lm, start, end, cache).tolist())
    else:
        chosen = iter(_search(scored, lm, start, end, cache))
    return [0 if r.first is None else next(chosen) for r in readings]


def _compiled(scored: list[Readings], lm: BigramLM, start: int, end: int | None,
              cache: DocumentCache | None) -> np.ndarray:
    """The line packed for kernels.beam_decode: two arrays, each token's part packed with its options."""
    meta = np.array([n for r in scored for n in r.shape], dtype=np.int64)
    ints = np.concatenate([r.ints for r in scored])
    floats = np.concatenate([r.floats for r in scored])
    shares = None if cache is None else cache.shares(lm.unknown + 1)
    return kernels.beam_decode(lm.search_model, meta, ints, floats, shares, 1 - CACHE_WEIGHT, lm.unknown,
                               UNKNOWN_LOGPROB, start, -1 if end is None else end, BEAM)


def _search(scored: list[Readings], lm: BigramLM, start: int, end: int | None,
            cache: DocumentCache | None) -> list[int]:
    """The beam search in numpy, one step per token; states are the beam's last tokens (a
    previous state per kept option)."""
    last, score = np.array([start]), np.zeros(1)
    steps: list[tuple[np.ndarray, np.ndarray]] = []
    for r in scored:
        emission = r.emission
        if r.inner is not None:
            option, word, probs, unknown = r.inner
            inner = transitions(lm, word, word, unknown, cache, probs=probs)
            emission = emission + np.bincount(option, weights=inner, minlength=len(emission))
        total = score[:, None] + transitions(lm, last[:, None], r.first, r.unknown, cache)
        came_from = total.argmax(axis=0)
        best = total[came_from, np.arange(len(emission))] + emission
        order = np.argsort(-best, kind="stable")
        keep = order[:BEAM] if r.distinct else _first_per_state(order, r.last)
        steps.append((came_from[keep], keep))
        last, score = r.last[keep], best[keep]
    if end is not None:
        score = score + lm.logprobs(last, np.full(len(last), end))
    state = int(score.argmax())
    chosen: list[int] = []
    for came_from, keep in reversed(steps):
        chosen.append(int(keep[state]))
        state = int(came_from[state])
    return chosen[::-1]
