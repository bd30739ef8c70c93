"""The batched alignment scores equal a plain per-pair Wagner-Fischer table, for any lengths."""

from __future__ import annotations

import numpy as np
import pytest

from parscan.normalizers import kernels
from parscan.normalizers.alignment import align_logprobs


def _one_pair(ocr: list[int], printed: list[int], sub: np.ndarray, delete: np.ndarray, insert: np.ndarray) -> float:
    previous = [0.0]
    for o in ocr:
        previous.append(previous[-1] + insert[o])
    for p in printed:
        current = [previous[0] + delete[p]]
        for j, o in enumerate(ocr, 1):
            current.append(max(previous[j - 1] + sub[p, o], previous[j] + delete[p], current[j - 1] + insert[o]))
        previous = current
    return previous[-1]


def test_batch_equals_each_pair_alone() -> None:
    rng = np.random.default_rng(3)
    sub, delete, insert = -rng.random((9, 7)) * 5, -rng.random(9) * 5, -rng.random(7) * 5
    for m in (0, 1, 4):
        lengths = rng.integers(0, 6, size=40)
        printed = np.zeros((40, 6), dtype=np.int16)
        for k, length in enumerate(lengths):
            printed[k, :length] = rng.integers(1, 9, size=length)
        ocr = rng.integers(0, 7, size=(40, m))
        got = align_logprobs(ocr, printed, lengths, sub, delete, insert)
        expected = [_one_pair(list(ocr[k]), list(printed[k, :lengths[k]]), sub, delete, insert) for k in range(40)]
        np.testing.assert_allclose(got, expected, rtol=1e-12)


@pytest.mark.skipif(kernels.COMPILED is None, reason="_kernels.so not built (scripts/setup.sh builds it)")
def test_compiled_alignment_equals_the_numpy_one() -> None:
    rng = np.random.default_rng(5)
    sub, delete, insert = -rng.random((9, 7)) * 5, -rng.random(9) * 5, -rng.random(7) * 5
    lengths = rng.integers(0, 6, size=30).astype(np.int16)
    printed = np.zeros((30, 6), dtype=np.int16)
    for k, length in enumerate(lengths):
        printed[k, :length] = rng.integers(1, 9, size=length)
    for m in (1, 3, 7):
        codes = rng.integers(0, 7, size=(4, m)).astype(np.int32)
        pair_token = rng.integers(0, 4, size=50)
        pair_word = rng.integers(0, 30, size=50).astype(np.int32)
        expected = align_logprobs(codes[pair_token], printed[pair_word], lengths[pair_word], sub, delete, insert)
        got = kernels.align_pairs(pair_token, pair_word, codes, printed, lengths, sub, delete, insert)
        np.testing.assert_allclose(got, expected, rtol=1e-12)
