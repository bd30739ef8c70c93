"""A syllable bigram language model with interpolated modified Kneser-Ney smoothing.

Bigrams are enough to choose between the few candidates a noisy OCR token leaves (`s6` is
`số` or `sổ`; after `Chỉ` it is `số`), and they keep the model small and fast to load. The counts
are held as arrays over word ids so the decoder scores a whole beam of transitions in one call.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from functools import cached_property

from parscan.normalizers.kernels import model_arrays
from parscan.normalizers.state_cache import IN_PLACE, typed

TYPE_CHECKING = False  # not typing's: its import is `parscan repair FILE`'s start-up (~13 M instructions)
if TYPE_CHECKING:  # numpy: built and trained with it, and the numpy search reads with it; not imported to repair
    import numpy as np

# Pseudo-count added to a context's total when spreading the back-off mass: a word seen only a few
# times (most from the word list) would otherwise pass nearly all its mass to any follower and beat a
# frequent word it competes with ("va" vs "và" before "thẩm"); rare contexts become slightly deficient.
# 100 -> 300 with the modified discounts, chosen on held-out tuning pairs (seeds 20000+; degraded `eng`
# 81.40 -> 81.51 %, the other three sets as good or better), never on the dev gold.
CONTEXT_PRIOR = 300
FLOOR = 1e-8
BOS, EOS = "<s>", "</s>"


def modified_discounts(counts: np.ndarray) -> np.ndarray:
    """The discounts of bigrams seen once, twice, three times or more (Chen & Goodman's modified
    Kneser-Ney, from how many bigrams are seen 1-4 times): a frequent bigram keeps more of its
    count than one fixed 0.75 leaves it (measured: +0.04 pt on held-out degraded `eng` tuning pairs)."""
    import numpy as np

    n1, n2, n3, n4 = (max(1, int(np.sum(counts == k))) for k in (1, 2, 3, 4))
    y = n1 / (n1 + 2 * n2)
    # a tiny corpus can make the estimates leave [0, count]
    return np.clip([1 - 2 * y * n2 / n1, 2 - 3 * y * n3 / n2, 3 - 4 * y * n4 / n3], 0.0, [1.0, 2.0, 3.0])


class BigramLM:
    def __init__(self, bigrams: dict[str, int]) -> None:
        import numpy as np

        self.bigrams = bigrams  # what the model file stores; the decoder needs only the arrays
        pairs = [(key.split("\t"), count) for key, count in bigrams.items()]
        self.vocab = sorted({w for (v, w), _ in pairs} | {v for (v, _), _ in pairs})
        ids = {word: i for i, word in enumerate(self.vocab)}
        size = len(self.vocab) + 1  # the last id: any word the model never saw
        context, freed, preceders = np.zeros(size), np.zeros(size), np.zeros(size)
        keys = np.array([ids[v] * size + ids[w] for (v, w), _ in pairs], dtype=np.int64)
        counts = np.array([count for _, count in pairs], dtype=np.float64)
        np.add.at(context, keys // size, counts)
        np.add.at(preceders, keys % size, 1)
        discount = modified_discounts(counts)[np.minimum(counts, 3).astype(np.int64) - 1]
        np.add.at(freed, keys // size, discount)  # the count the discounts take from each context
        order = np.argsort(keys)
        types = max(1, len(pairs))
        seen = context > 0
        self.arrays = {
            IN_PLACE: True,  # read where they lie in the per-user cache (state_cache.py)
            # sorted keys with a sentinel past the last, so a lookup never runs off the end
            "keys": np.append(keys[order], np.iinfo(np.int64).max).tobytes(),
            "discounted": np.append(np.maximum(counts[order] - discount[order], 0), 0.0).tobytes(),
            "inverse_total": np.divide(1.0, context, out=np.zeros(size), where=seen).tobytes(),
            # the share of a context's mass left for back-off (all of it for a context never seen),
            # and each word's continuation probability
            "backoff": np.where(seen, freed / (context + CONTEXT_PRIOR), 1.0).tobytes(),
            "continuation": (preceders / types).tobytes(),
            # where the keys of each context begin (and the end), for the compiled search
            "starts": keys[order].searchsorted(np.arange(size + 1, dtype=np.int64) * size).tobytes(),
        }

    def state(self) -> dict:
        """The counts derived in __init__, as plain data (see state_cache.py)."""
        return {"vocab": self.vocab, "arrays": self.arrays}

    @classmethod
    def from_state(cls, state: dict) -> "BigramLM":
        lm = cls.__new__(cls)
        lm.vocab = state["vocab"]
        lm.ids = dict(zip(lm.vocab, range(len(lm.vocab))))  # not a comprehension: every process loads it
        lm.unknown = len(lm.vocab)
        arrays = {name: typed(data, "q" if name in ("keys", "starts") else "d")
                  for name, data in state["arrays"].items() if name != IN_PLACE}
        lm._keys, lm._discounted, lm._inverse_total = arrays["keys"], arrays["discounted"], arrays["inverse_total"]
        lm._backoff, lm.continuations, lm._starts = arrays["backoff"], arrays["continuation"], arrays["starts"]
        # what the compiled beam search reads (kernels.py)
        lm._ceiling = array("d", bytes(8 * (lm.unknown + 1)))
        lm.search_model = model_arrays(lm._keys, lm._starts, lm._discounted, lm._inverse_total, lm._backoff,
                                       lm.continuations, lm.unknown + 1, FLOOR, lm._ceiling)
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

    def prob(self, previous: int, word: int) -> float:
        """P(word | previous), at least FLOOR, for two ids: `probs` of one pair, the same doubles, without
        numpy (a token's options ask for a few)."""
        key = previous * (self.unknown + 1) + word
        at = bisect_left(self._keys, key, self._starts[previous], self._starts[previous + 1])
        seen = self._discounted[at] if self._keys[at] == key else 0.0
        return max(seen * self._inverse_total[previous] + self._backoff[previous] * self.continuations[word], FLOOR)

    @cached_property
    def _numpy(self) -> tuple[np.ndarray, ...]:
        """The arrays as numpy's (views), for `probs`."""
        import numpy as np

        return (np.frombuffer(self._keys, dtype=np.int64),
                *(np.frombuffer(a, dtype=np.float64)
                  for a in (self._discounted, self._inverse_total, self._backoff, self.continuations)))

    def probs(self, previous: np.ndarray, words: np.ndarray) -> np.ndarray:
        """P(word | previous), at least FLOOR, for arrays of ids (broadcast together): the numpy search's."""
        import numpy as np

        keys_, discounted, inverse_total, backoff, continuations = self._numpy
        keys = previous * (self.unknown + 1) + words
        at = keys_.searchsorted(keys)
        seen = np.where(keys_[at] == keys, discounted[at], 0.0)
        return np.maximum(seen * inverse_total[previous] + backoff[previous] * continuations[words], FLOOR)

    def logprobs(self, previous: np.ndarray, words: np.ndarray) -> np.ndarray:
        import numpy as np

        return np.log(self.probs(previous, words))

    def known(self, word: str) -> bool:
        return word in self.ids
