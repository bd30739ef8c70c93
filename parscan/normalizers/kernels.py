"""Repair's two inner loops compiled (kernels.c, built into _kernels.so by scripts/setup.sh), via ctypes.

Why: the decoder's beam search costs ~30 numpy calls per token whatever the beam holds (a seed file
has ~15,000 tokens), and the channel's alignment of ~400,000 (token, word) pairs per seed file is
~10 array passes per character; in C a line is one call and a pair a few hundred operations. The
numpy versions (decoder.py, alignment.py) stay the reference: they run where no C compiler built
the library, and the tests hold the two to the same results.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

import numpy as np

LIBRARY = Path(__file__).with_name("_kernels.so")
_I64, _F64, _PTR = ctypes.c_int64, ctypes.c_double, ctypes.c_void_p


def _load() -> ctypes.CDLL | None:
    if not LIBRARY.exists():
        return None
    try:
        library = ctypes.CDLL(str(LIBRARY))
    except OSError:  # built for another machine or interpreter: the numpy search does the work
        return None
    library.beam_decode.restype = ctypes.c_int
    library.beam_decode.argtypes = [
        _PTR, _I64, _PTR, _PTR, _PTR, _PTR, _I64, _F64,  # the language model
        _I64, _PTR, _PTR, _PTR, _PTR,  # steps: offsets, first, last, emission
        _I64, _PTR, _PTR, _PTR,  # inner transitions: option, P(word | previous), word
        _PTR, _F64, _I64, _F64,  # shares, keep, unknown id, its log-prob
        _I64, _I64, _I64,  # start, end, beam
        _PTR, _PTR, _PTR,  # scratch and the chosen options
    ]
    library.rank_candidates.restype = None
    library.rank_candidates.argtypes = [
        _I64, _PTR, _PTR, _PTR, _PTR, _PTR, _PTR, _PTR,  # tokens: codes, neighbours, seen pairs
        _PTR, _I64, _PTR, _PTR, _I64, _PTR, _PTR,  # printed words and the character tables
        _F64, _I64, _PTR, _PTR, _PTR, _PTR,  # unseen cost, keep, scratch, out
    ]
    return library


COMPILED = _load()


def _address(array: np.ndarray) -> int:
    return array.__array_interface__["data"][0]  # ~4x cheaper than array.ctypes.data


def model_arrays(keys: np.ndarray, discounted: np.ndarray, inverse_total: np.ndarray, backoff: np.ndarray,
                 continuation: np.ndarray, size: int, floor: float) -> tuple:
    """The language model as beam_decode takes it: addresses of its arrays (the caller keeps the
    arrays alive), the key count, the id count and the floor."""
    return (_address(keys), len(keys), _address(discounted), _address(inverse_total), _address(backoff),
            _address(continuation), size, floor)


def beam_decode(model: tuple, steps: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
                inner: tuple[np.ndarray, np.ndarray, np.ndarray], shares: np.ndarray | None, keep: float,
                unknown: int, unknown_logprob: float, start: int, end: int, beam: int) -> np.ndarray:
    """The chosen option of each step (relative to its offset). `model`: the language model's
    arrays (keys, discounted, inverse total, backoff, continuation) and its id count and floor;
    `steps`: offsets, first and last ids, emissions (int64/float64, contiguous); `end` -1: none."""
    assert COMPILED is not None
    offsets, first, last, emission = steps
    option, prob, word = inner
    n = len(offsets) - 1
    came, kept = np.empty(n * beam, dtype=np.int64), np.empty(n * beam, dtype=np.int64)
    chosen = np.empty(n, dtype=np.int64)
    status = COMPILED.beam_decode(
        *model, n, _address(offsets), _address(first), _address(last), _address(emission),
        len(option), _address(option), _address(prob), _address(word),
        None if shares is None else _address(shares), keep, unknown, unknown_logprob,
        start, end, beam, _address(came), _address(kept), _address(chosen))
    if status:
        raise ValueError(f"beam_decode: beam {beam} too wide")
    return chosen


def rank_candidates(tokens: list[tuple[list[int], list[int], tuple[int, ...], tuple[float, ...]]],
                    tables: tuple[np.ndarray, ...], unseen_cost: float, keep: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per token (OCR character ids, neighbour word ids, seen word ids, their scores): its best
    `keep` (word ids, log-probs), best first; see rank_candidates in kernels.c. `tables`: printed
    (int16 [words, width]), lengths (int16), sub, delete, insert (float64)."""
    assert COMPILED is not None
    printed, lengths, sub, delete, insert = tables

    def flat(column: int, dtype: type) -> tuple[np.ndarray, np.ndarray]:
        offsets = np.zeros(len(tokens) + 1, dtype=np.int64)
        np.cumsum([len(t[column]) for t in tokens], out=offsets[1:])
        return offsets, np.fromiter((x for t in tokens for x in t[column]), dtype=dtype, count=int(offsets[-1]))

    (coff, codes), (noff, neighbours) = flat(0, np.int32), flat(1, np.int32)
    (soff, seen_ids), (_, seen_scores) = flat(2, np.int32), flat(3, np.float64)
    n = len(tokens)
    mark = np.full(len(lengths), -1, dtype=np.int64)
    ids, scores, counts = np.empty(n * keep, dtype=np.int32), np.empty(n * keep), np.empty(n, dtype=np.int64)
    COMPILED.rank_candidates(n, _address(coff), _address(codes), _address(noff), _address(neighbours),
                             _address(soff), _address(seen_ids), _address(seen_scores), _address(printed),
                             printed.shape[1], _address(lengths), _address(sub), sub.shape[1], _address(delete),
                             _address(insert), unseen_cost, keep, _address(mark), _address(ids), _address(scores),
                             _address(counts))
    return [(ids[t * keep:t * keep + c], scores[t * keep:t * keep + c]) for t, c in enumerate(counts.tolist())]
