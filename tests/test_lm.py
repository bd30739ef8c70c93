"""The repair's bigram language model (lm.py): interpolated modified Kneser-Ney over word ids."""

from __future__ import annotations

import numpy as np

from parscan.normalizers.lm import FLOOR, BigramLM, modified_discounts

CORPUS = [
    "chỉ số cải cách hành chính của tỉnh",
    "chỉ số hài lòng của người dân",
    "chỉ số cải cách hành chính năm nay",
    "cải cách thủ tục hành chính của huyện",
    "kết quả chỉ số cải cách hành chính",
    "sở nội vụ tỉnh",
    "sổ theo dõi",
]


def _lm() -> BigramLM:
    lm = BigramLM.train([line.split() for line in CORPUS])
    return BigramLM.from_state(lm.state())


def test_discounts_grow_with_the_count_and_stay_below_it() -> None:
    # a Zipf-like spread of bigram counts, as in any running text
    counts = np.array([1] * 500 + [2] * 150 + [3] * 70 + [4] * 40 + [9] * 30 + [40] * 5, dtype=np.float64)
    d1, d2, d3 = modified_discounts(counts)
    assert 0 < d1 < d2 < d3 < 3
    assert d1 < 1 and d2 < 2


def test_discounts_of_a_tiny_corpus_stay_within_each_count() -> None:
    d1, d2, d3 = modified_discounts(np.array([1.0, 5.0, 5.0, 5.0]))
    assert 0 <= d1 <= 1 and 0 <= d2 <= 2 and 0 <= d3 <= 3


def test_a_context_never_spreads_more_than_its_mass_and_prefers_what_followed_it() -> None:
    lm = _lm()
    words = np.arange(lm.unknown + 1)
    for context in ("chỉ", "cải", "của", "<s>"):
        probs = lm.probs(np.full(len(words), lm.id(context)), words)
        assert probs.sum() <= 1.0 + FLOOR * len(words)  # a word never seen after it still gets FLOOR

    def after(previous: str, word: str) -> float:
        return float(lm.probs(np.array([lm.id(previous)]), np.array([lm.id(word)]))[0])

    assert after("chỉ", "số") > after("chỉ", "sổ")  # the choice repair leaves to the model (s6: số or sổ)
    assert after("sở", "nội") > after("sổ", "nội")
    assert after("cải", "cách") > after("cải", "hành") > 0
