"""A syllable bigram language model with interpolated Kneser-Ney smoothing.

Bigrams are enough to choose between the few candidates a noisy OCR token leaves (`s6` is
`số` or `sổ`; after `Chỉ` it is `số`), and they keep the model small and fast to load.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from parscan.normalizers.state_cache import plain

DISCOUNT = 0.75
# Pseudo-count added to a context's total when spreading the back-off mass: a word seen only a few
# times (most from the word list) would otherwise pass nearly all its mass to any follower and beat a
# frequent word it competes with ("va" vs "và" before "thẩm"); rare contexts become slightly deficient.
CONTEXT_PRIOR = 100
FLOOR = 1e-8
BOS, EOS = "<s>", "</s>"


class BigramLM:
    def __init__(self, bigrams: dict[str, int]) -> None:
        self.bigrams = bigrams
        self.context: Counter[str] = Counter()
        self.followers: Counter[str] = Counter()
        self.preceders: Counter[str] = Counter()
        for key, count in bigrams.items():
            v, w = key.split("\t")
            self.context[v] += count
            self.followers[v] += 1
            self.preceders[w] += 1
        self.types = max(1, len(bigrams))
        self._cache: dict[tuple[str, str], float] = {}

    def state(self) -> dict:
        """The counts derived in __init__, as plain data (see state_cache.py); not the cache."""
        return {key: plain(value) for key, value in vars(self).items() if key != "_cache"}

    @classmethod
    def from_state(cls, state: dict) -> "BigramLM":
        lm = cls.__new__(cls)
        lm.__dict__.update(state)
        lm._cache = {}
        return lm

    @classmethod
    def train(cls, sentences: Iterable[list[str]]) -> "BigramLM":
        counts: Counter[str] = Counter()
        for tokens in sentences:
            seq = [BOS, *tokens, EOS]
            for v, w in zip(seq, seq[1:]):
                counts[f"{v}\t{w}"] += 1
        return cls(dict(counts))

    def continuation(self, word: str) -> float:
        return max(self.preceders.get(word, 0), 0) / self.types

    def logprob(self, previous: str, word: str) -> float:
        cached = self._cache.get((previous, word))
        if cached is not None:
            return cached
        key = f"{previous}\t{word}"
        p_cont = self.continuation(word)
        total = self.context.get(previous, 0)
        if total:
            count = self.bigrams.get(key, 0)
            lam = DISCOUNT * self.followers[previous] / (total + CONTEXT_PRIOR)
            p = max(count - DISCOUNT, 0) / total + lam * p_cont
        else:
            p = p_cont
        value = math.log(max(p, FLOOR))
        if len(self._cache) < 2_000_000:
            self._cache[previous, word] = value
        return value

    def known(self, word: str) -> bool:
        return word in self.preceders or word in self.context
