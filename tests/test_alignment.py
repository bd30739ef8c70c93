"""The batched alignment scores equal a plain per-pair Wagner-Fischer table, for any lengths."""

from __future__ import annotations

import numpy as np

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

