"""Repair's two inner loops compiled (kernels.c, built into _kernels.so by scripts/setup.sh), via ctypes.

Why: the decoder's beam search costs ~30 numpy calls per token whatever the beam holds (a seed file
has ~15,000 tokens), and the channel's alignment of ~400,000 (token, word) pairs per seed file is
~10 array passes per character; in C a line is one call and a pair a few hundred operations. The
numpy versions (decoder.py, alignment.py) stay the reference: they run where no C compiler built
the library, and the tests hold the two to the same results.
"""

from __future__ import annotations

import ctypes
import hashlib
import warnings
from pathlib import Path

import numpy as np

LIBRARY = Path(__file__).with_name("_kernels.so")
SOURCE = Path(__file__).with_name("kernels.c")
_I64, _F64, _PTR = ctypes.c_int64, ctypes.c_double, ctypes.c_void_p


def _load() -> ctypes.CDLL | None:
    if not LIBRARY.exists() or not SOURCE.exists():
        return None
    try:
        library = ctypes.CDLL(str(LIBRARY))
    except OSError:  # built for another machine or interpreter: the numpy search does the work
        return None
    library.kernels_source.restype = ctypes.c_char_p
    if library.kernels_source().decode() != hashlib.sha256(SOURCE.read_bytes()).hexdigest():
        warnings.warn(f"{LIBRARY.name} was built from another kernels.c: run scripts/setup.sh "
                      "(repair uses its numpy path meanwhile)", RuntimeWarning, stacklevel=2)
        return None
    library.beam_decode.restype = ctypes.c_int
    library.beam_decode.argtypes = [
        _PTR, _I64, _PTR, _PTR, _PTR, _PTR, _PTR, _I64, _F64,  # the language model
        _I64, _PTR, _PTR, _PTR,  # the line's steps: meta, ints, floats
        _PTR, _F64, _I64, _F64,  # shares, keep, unknown id, its log-prob
        _I64, _I64, _I64, _PTR,  # start, end, beam, work
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
    """Where the array's data is: through ctypes' buffer view for a writable array (~0.5 us; a line's
    search passes five), else numpy's array interface (~3 us: a dict built per call)."""
    try:
        return ctypes.addressof(ctypes.c_char.from_buffer(array))
    except (TypeError, ValueError):  # read-only, or empty
        return array.__array_interface__["data"][0]


def model_arrays(keys: np.ndarray, starts: np.ndarray, discounted: np.ndarray, inverse_total: np.ndarray,
                 backoff: np.ndarray, continuation: np.ndarray, size: int, floor: float) -> tuple:
    """The language model as beam_decode takes it: addresses of its arrays (the caller keeps the
    arrays alive), the key count, the id count and the floor. `starts[v]`: where the keys of
    previous id v begin (v = size: the end)."""
    return (_address(keys), len(keys), _address(starts), _address(discounted), _address(inverse_total),
            _address(backoff), _address(continuation), size, floor)


def beam_decode(model: tuple, meta: np.ndarray, ints: np.ndarray, floats: np.ndarray, shares: np.ndarray | None,
                keep: float, unknown: int, unknown_logprob: float, start: int, end: int, beam: int) -> np.ndarray:
    """The chosen option of each step of a line (see beam_decode in kernels.c for the layout of
    meta, ints and floats; `floats` is changed). `model`: from model_arrays; `end` -1: none."""
    assert COMPILED is not None
    n = len(meta) // 2
    work = np.empty(n * (2 * beam + 1), dtype=np.int64)
    status = COMPILED.beam_decode(*model, n, _address(meta), _address(ints), _address(floats),
                                  None if shares is None else _address(shares), keep, unknown, unknown_logprob,
                                  start, end, beam, _address(work))
    if status:
        raise ValueError(f"beam_decode: beam {beam} too wide")
    return work[2 * n * beam:]


def rank_candidates(codes: list[int], neighbours: bytes, seen_ids: list[int], seen_scores: list[float],
                    counts: list[int], tables: tuple[np.ndarray, ...], unseen_cost: float,
                    keep: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """The best `keep` (word ids, log-probs) of each token, best first; see rank_candidates in
    kernels.c. Token t's OCR character ids, neighbour word ids (int32 bytes) and seen pairs follow
    each other in the flat lists, counts[3t .. 3t+2] of each. `tables`: printed (int16 [words, width]), lengths
    (int16), sub, delete, insert (float64)."""
    assert COMPILED is not None
    printed, lengths, sub, delete, insert = tables
    n = len(counts) // 3
    offsets = np.zeros((3, n + 1), dtype=np.int64)
    np.cumsum(np.array(counts, dtype=np.int64).reshape(n, 3).T, axis=1, out=offsets[:, 1:])
    flat_codes, flat_neighbours = np.array(codes, dtype=np.int32), np.frombuffer(neighbours, dtype=np.int32)
    flat_seen, flat_scores = np.array(seen_ids, dtype=np.int32), np.array(seen_scores, dtype=np.float64)
    coff, noff, soff = (np.ascontiguousarray(row) for row in offsets)
    mark = np.full(len(lengths), -1, dtype=np.int64)
    ids, scores, found = np.empty(n * keep, dtype=np.int32), np.empty(n * keep), np.empty(n, dtype=np.int64)
    COMPILED.rank_candidates(n, _address(coff), _address(flat_codes), _address(noff), _address(flat_neighbours),
                             _address(soff), _address(flat_seen), _address(flat_scores), _address(printed),
                             printed.shape[1], _address(lengths), _address(sub), sub.shape[1], _address(delete),
                             _address(insert), unseen_cost, keep, _address(mark), _address(ids), _address(scores),
                             _address(found))
    return [(ids[t * keep:t * keep + c], scores[t * keep:t * keep + c]) for t, c in enumerate(found.tolist())]
