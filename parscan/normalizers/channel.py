"""The channel model: how likely OCR turns a printed syllable into the token it gave us.

Two levels, both learned from rendered-and-OCRed text (see training/build.py): a token table for the
frequent cases ("s6" <- "số", "ctia" <- "của") and character edit probabilities for the rest,
so a token never seen in training still gets sensible candidates.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from functools import lru_cache

from parscan.normalizers.state_cache import plain
from parscan.normalizers.vietnamese import skeleton

# OCR characters that stand for letters inside words, for looking candidates up by skeleton
_KEY = str.maketrans({"&": "o", "¢": "o", "§": "o", "0": "o", "6": "o", "8": "o", "1": "l", "3": "a",
                      "4": "a", "@": "o", "$": "s", "|": "l", "€": "e", "w": "u", "q": "o"})
MAX_CANDIDATES = 40  # the decoder re-ranks with word frequency and keeps fewer
SMOOTH = 1.0  # unseen character confusions stay possible: real scans confuse more than our renders


def _deletes(word: str, depth: int) -> set[str]:
    out, frontier = {word}, {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


class Channel:
    def __init__(self, table: dict[str, int], chars: dict[str, int], lexicon: list[str],
                 table_vie: dict[str, int] | None = None) -> None:
        self.by_ocr: dict[str, list[tuple[str, int]]] = defaultdict(list)
        # misreadings by Tesseract `vie` alone (ocr -> [(printed, count)]), and how often each
        # printed word was read wrong by it
        self.vie_misreads: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for key, count in (table_vie or {}).items():
            ocr, truth = key.split("\t")
            self.vie_misreads[ocr].append((truth, count))
        self.truth_total: Counter[str] = Counter()
        for key, count in table.items():
            ocr, truth = key.split("\t")
            self.by_ocr[ocr].append((truth, count))
            self.truth_total[truth] += count
        sub_total: Counter[str] = Counter()
        for op, count in chars.items():
            sub_total[op.split(">")[0]] += count
        self._chars = chars
        self._sub_total = sub_total
        self._insert_total = sum(c for op, c in chars.items() if op.startswith(">")) + 1
        self._all = sum(chars.values()) + 1
        self.by_skeleton: dict[str, list[str]] = defaultdict(list)
        for word in lexicon:
            self.by_skeleton[skeleton(word)].append(word)
        self.index: dict[str, set[str]] = defaultdict(set)
        for skel in self.by_skeleton:
            for variant in _deletes(skel, 1 if len(skel) <= 4 else 2):
                self.index[variant].add(skel)
        # OCR forms seen in training, by their one-deletion variants: a real scan's garble is
        # often one letter away from a rendered one ("chire" ~ "chirc" <- "chức")
        self.seen_index: dict[str, set[str]] = defaultdict(set)
        for form in self.by_ocr:
            if len(form) >= 3:
                for variant in _deletes(form, 1):
                    self.seen_index[variant].add(form)

    def state(self) -> dict:
        """Everything derived in __init__, as plain data (see state_cache.py)."""
        return {key: plain(value) for key, value in vars(self).items()}

    @classmethod
    def from_state(cls, state: dict) -> "Channel":
        channel = cls.__new__(cls)
        channel.__dict__.update(state)
        return channel

    # --- character level -------------------------------------------------------------
    def _sub(self, truth: str, ocr: str) -> float:
        total = self._sub_total.get(truth, 0)
        count = self._chars.get(f"{truth}>{ocr}", 0)
        if truth == ocr and not total:
            return math.log(0.9)
        return math.log((count + SMOOTH) / (total + SMOOTH * 60))

    def _insert(self, ocr: str) -> float:
        return math.log((self._chars.get(f">{ocr}", 0) + SMOOTH) / self._all)

    @lru_cache(maxsize=500_000)
    def char_logprob(self, ocr: str, truth: str) -> float:
        """Best-alignment log P(ocr | truth) under the learned character edits."""
        n, m = len(truth), len(ocr)
        prev = [0.0] * (m + 1)
        for j in range(1, m + 1):
            prev[j] = prev[j - 1] + self._insert(ocr[j - 1])
        for i in range(1, n + 1):
            cur = [prev[0] + self._sub(truth[i - 1], "")] + [0.0] * m
            for j in range(1, m + 1):
                cur[j] = max(
                    prev[j - 1] + self._sub(truth[i - 1], ocr[j - 1]),
                    prev[j] + self._sub(truth[i - 1], ""),
                    cur[j - 1] + self._insert(ocr[j - 1]),
                )
            prev = cur
        return prev[m]

    # --- candidates ----------------------------------------------------------------------
    def _seen_logprob(self, truth: str, count: int) -> float:
        return math.log(count / (self.truth_total.get(truth, 0) + 1))

    @lru_cache(maxsize=100_000)
    def variants(self, ocr: str) -> tuple[tuple[str, float], ...]:
        """Words with the same letters as `ocr` and other marks that Tesseract `vie` was seen to
        read as `ocr` in training (kiếm <- kiểm), scored. Only its own confusions: a correct word
        read by `vie` must not be re-guessed from what `eng` does to it (hàng <- hằng)."""
        word = ocr.lower()
        base = skeleton(word)
        return tuple((truth, self._seen_logprob(truth, count)) for truth, count in self.vie_misreads.get(word, ())
                     if skeleton(truth) == base)

    @lru_cache(maxsize=200_000)
    def candidates(self, ocr: str) -> tuple[tuple[str, float], ...]:
        """(printed text, log P(ocr | printed)) for an OCR token, lower case, best first."""
        scored: dict[str, float] = {}
        for truth, count in self.by_ocr.get(ocr, ()):
            scored[truth] = self._seen_logprob(truth, count)
        key = skeleton(ocr.translate(_KEY))  # "điếm" is looked up as "diem", like "diem"
        skeletons: set[str] = set()
        for variant in _deletes(key, 1 if len(key) <= 4 else 2):
            skeletons |= self.index.get(variant, set())
        for skel in skeletons:
            for word in self.by_skeleton[skel]:
                if word not in scored:
                    scored[word] = self.char_logprob(ocr, word) - 1.0  # unseen pairs pay extra
        if len(ocr) >= 3:
            for variant in _deletes(ocr, 1):
                for form in self.seen_index.get(variant, ()):
                    for word, _ in self.by_ocr[form]:
                        if word not in scored:
                            scored[word] = self.char_logprob(ocr, word) - 1.0
        best = sorted(scored.items(), key=lambda kv: -kv[1])[:MAX_CANDIDATES]
        return tuple(best)
