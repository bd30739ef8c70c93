"""A syllable bigram language model with interpolated Kneser-Ney smoothing.

Bigrams are enough to choose between the few candidates a noisy OCR token leaves (`s6` is
`số` or `sổ`; after `Chỉ` it is `số`), and they keep the model small and fast to load. The counts
are held as arrays over word ids so the decoder scores a whole beam of transitions in one call.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import numpy as np

from parscan.normalizers.kernels import model_arrays

DISCOUNT = 0.75
# Pseudo-count added to a context's total when spreading the back-off mass: a word seen only a few
# times (most from the word list) would otherwise pass nearly all its mass to any follower and beat a
# frequent word it competes with ("va" vs "và" before "thẩm"); rare contexts become slightly deficient.
CONTEXT_PRIOR = 100
FLOOR = 1e-8
BOS, EOS = "<s>", "</s>"


class BigramLM:
    def __init__(self, bigrams: dict[str, int]) -> None:
        self.bigrams = bigrams  # what the model file stores; the decoder needs only the arrays
        pairs = [(key.split("\t"), count) for key, count in bigrams.items()]
        self.vocab = sorted({w for (v, w), _ in pairs} | {v for (v, _), _ in pairs})
        ids = {word: i for i, word in enumerate(self.vocab)}
        size = len(self.vocab) + 1  # the last id: any word the model never saw
        context, followers, preceders = np.zeros(size), np.zeros(size), np.zeros(size)
        keys = np.array([ids[v] * size + ids[w] for (v, w), _ in pairs], dtype=np.int64)
        counts = np.array([count for _, count in pairs], dtype=np.float64)
        np.add.at(context, keys // size, counts)
        np.add.at(followers, keys // size, 1)
        np.add.at(preceders, keys % size, 1)
        order = np.argsort(keys)
        types = max(1, len(pairs))
        seen = context > 0
        self.arrays = {
            # sorted keys with a sentinel past the last, so a lookup never runs off the end
            "keys": np.append(keys[order], np.iinfo(np.int64).max).tobytes(),
            "discounted": np.append(np.maximum(counts[order] - DISCOUNT, 0), 0.0).tobytes(),
            "inverse_total": np.divide(1.0, context, out=np.zeros(size), where=seen).tobytes(),
            # the share of a context's mass left for back-off (all of it for a context never seen),
            # and each word's continuation probability
            "backoff": np.where(seen, DISCOUNT * followers / (context + CONTEXT_PRIOR), 1.0).tobytes(),
            "continuation": (preceders / types).tobytes(),
        }

    def state(self) -> dict:
        """The counts derived in __init__, as plain data (see state_cache.py)."""
        return {"vocab": self.vocab, "arrays": self.arrays}

    @classmethod
    def from_state(cls, state: dict) -> "BigramLM":
        lm = cls.__new__(cls)
        lm.vocab = state["vocab"]
        lm.ids = {word: i for i, word in enumerate(lm.vocab)}
        lm.unknown = len(lm.vocab)
        arrays = {name: np.frombuffer(data, dtype=np.int64 if name == "keys" else np.float64)
                  for name, data in state["arrays"].items()}
        lm._keys, lm._discounted, lm._inverse_total = arrays["keys"], arrays["discounted"], arrays["inverse_total"]
        lm._backoff, lm.continuations = arrays["backoff"], arrays["continuation"]
        # what the compiled beam search reads (kernels.py)
        lm.search_model = model_arrays(lm._keys, lm._discounted, lm._inverse_total, lm._backoff, lm.continuations,
                                       lm.unknown + 1, FLOOR)
        return lm

    @classmethod
    def train(cls, sentences: Iterable[list[str]]) -> "BigramLM":
        counts: Counter[str] = Counter()
        for tokens in sentences:
            seq = [BOS, *tokens, EOS]
            for v, w in zip(seq, seq[1:]):
                counts[f"{v}\t{w}"] += 1
        return cls(dict(counts))

    def id(self, word: str) -> int:
        return self.ids.get(word, self.unknown)

    def continuation(self, word: str) -> float:
        return float(self.continuations[self.ids[word]]) if word in self.ids else 0.0

    def probs(self, previous: np.ndarray, words: np.ndarray) -> np.ndarray:
        """P(word | previous), at least FLOOR, for arrays of ids (broadcast together)."""
        keys = previous * (self.unknown + 1) + words
        at = self._keys.searchsorted(keys)
        seen = np.where(self._keys[at] == keys, self._discounted[at], 0.0)
        return np.maximum(seen * self._inverse_total[previous] + self._backoff[previous] * self.continuations[words],
                          FLOOR)

    def logprobs(self, previous: np.ndarray, words: np.ndarray) -> np.ndarray:
        return np.log(self.probs(previous, words))

    def known(self, word: str) -> bool:
        return word in self.ids
