"""Repair's two inner loops compiled (kernels.c, built into _kernels.so by scripts/setup.sh), via ctypes.

Why: the decoder's beam search costs ~30 numpy calls per token whatever the beam holds (a seed file
has ~15,000 tokens), and the channel's alignment of ~400,000 (token, word) pairs per seed file is
~10 array passes per character; in C a line is one call and a pair a few hundred operations. The
numpy versions (decoder.py, alignment.py) stay the reference: they run where no C compiler built
the library, and the tests hold the two to the same results.
"""

from __future__ import annotations

import ctypes
import os
from array import array
from itertools import accumulate

# paths as strings: `parscan repair` imports no pathlib (normalizers/__init__.py)
LIBRARY = os.path.join(os.path.dirname(__file__), "_kernels.so")
SOURCE = os.path.join(os.path.dirname(__file__), "kernels.c")
_I64, _F64, _PTR = ctypes.c_int64, ctypes.c_double, ctypes.c_void_p


def _source_sha256() -> str:
    """The SHA-256 of kernels.c, as scripts/setup.sh embeds it in the library: by CPython's own SHA-256
    (`_sha2` from 3.12, `_sha256` before), which needs no OpenSSL; hashlib loads OpenSSL (~16 M
    instructions, 5 % of every `parscan repair`'s start-up) and is the fallback alone."""
    try:
        from _sha2 import sha256
    except ImportError:
        try:
            from _sha256 import sha256
        except ImportError:
            from hashlib import sha256
    with open(SOURCE, "rb") as source:
        return sha256(source.read()).hexdigest()


def _load() -> ctypes.CDLL | None:
    if not os.path.exists(LIBRARY) or not os.path.exists(SOURCE):
        return None
    try:
        library = ctypes.CDLL(LIBRARY)
    except OSError:  # built for another machine or interpreter: the numpy search does the work
        return None
    library.kernels_source.restype = ctypes.c_char_p
    if library.kernels_source().decode() != _source_sha256():
        import warnings  # only here: the `parscan` script's start-up imports it for nothing else (~1 M instructions)

        warnings.warn(f"{os.path.basename(LIBRARY)} was built from another kernels.c: run scripts/setup.sh "
                      "(repair uses its numpy path meanwhile)", RuntimeWarning, stacklevel=2)
        return None
    library.beam_decode.restype = ctypes.c_int
    library.beam_decode.argtypes = [
        _PTR, _I64, _PTR, _PTR, _PTR, _PTR, _PTR, _I64, _F64, _PTR,  # the language model, its ceilings
        _I64, _PTR, _PTR, _PTR,  # the line's steps: meta, ints, floats
        _PTR, _F64, _F64, _F64, _I64, _F64,  # the document cache: counts, total, weight, keep; unknown id, log-prob
        _I64, _I64, _I64, _PTR,  # start, end, beam, work
    ]
    library.ceilings.restype = None
    library.ceilings.argtypes = [_PTR, _I64, _PTR, _PTR, _PTR, _PTR, _I64, _F64, _PTR]
    library.channel_candidates.restype = None
    library.channel_candidates.argtypes = [
        _I64, _PTR, _PTR, _PTR, _PTR, _PTR, _PTR, _I64, _PTR,  # tokens: texts, keys; the OCR alphabet; the tables
        _PTR, _I64, _PTR, _PTR, _I64, _PTR, _PTR,  # printed words and the character tables
        _F64, _I64, _PTR, _PTR, _PTR, _PTR,  # unseen cost, keep, scratch, out
    ]
    library.shortlist.restype = None
    library.shortlist.argtypes = [_I64, _PTR, _PTR, _PTR, _PTR, _PTR, _F64, _I64, _I64, _F64, _PTR, _PTR, _PTR, _PTR]
    library.table_find.restype = _I64
    library.table_find.argtypes = [_PTR, ctypes.c_char_p, _I64]
    library.closest.restype = _I64
    library.closest.argtypes = [ctypes.c_char_p, _I64, _PTR, _PTR, _PTR, _I64, _F64, _PTR, _PTR]
    library.lcs_places.restype = None
    library.lcs_places.argtypes = [_PTR, _I64, _PTR, _I64, _PTR, _PTR]
    return library


COMPILED = _load()


def _address(data: array | memoryview) -> int:
    """Where an array's items are (the caller keeps it alive). Python's `array`, not numpy's: numpy's
    import was ~0.2 s of the 0.25 s of CPU that every `parscan repair` process spent before its first
    line, and the compiled path needs nothing of it; numpy is imported by the fallbacks alone. Or a
    writable memoryview's: the per-user cache's tables read in place (state_cache.typed)."""
    if isinstance(data, memoryview):
        return _bytes_address(data)
    return data.buffer_info()[0]


def model_arrays(keys: array, starts: array, discounted: array, inverse_total: array, backoff: array,
                 continuation: array, size: int, floor: float, ceiling: array) -> tuple:
    """The language model as beam_decode takes it: addresses of its arrays (the caller keeps the
    arrays alive), the key count, the id count and the floor. `starts[v]`: where the keys of
    previous id v begin (v = size: the end). `ceiling` ('d', `size` items) is filled here with each
    word's highest P(word | any context) (ceilings in kernels.c), where the library is built."""
    if COMPILED is not None:
        COMPILED.ceilings(_address(keys), len(keys) - 1, _address(discounted), _address(inverse_total),
                          _address(backoff), _address(continuation), size, floor, _address(ceiling))
    return (_address(keys), len(keys), _address(starts), _address(discounted), _address(inverse_total),
            _address(backoff), _address(continuation), size, floor, _address(ceiling))


def beam_decode(model: tuple, meta: array, ints: array, floats: array, counts: array | None, total: float,
                weight: float, keep: float, unknown: int, unknown_logprob: float, start: int, end: int,
                beam: int) -> list[int]:
    """The chosen option of each step of a line (see beam_decode in kernels.c for the layout of
    meta ('q'), ints ('q') and floats ('d'; changed), and for the document cache's counts ('d', None
    when none is counted), total, weight and keep); `model`: from model_arrays; `end` -1: none."""
    assert COMPILED is not None
    n = len(meta) // 2
    work = array("q", bytes(8 * n * (2 * beam + 1)))
    status = COMPILED.beam_decode(*model, n, _address(meta), _address(ints), _address(floats),
                                  None if counts is None else _address(counts), total, weight, keep, unknown,
                                  unknown_logprob, start, end, beam, _address(work))
    if status:
        raise ValueError(f"beam_decode: beam {beam} too wide")
    return work[2 * n * beam:].tolist()


def key_table(chars: bytes | memoryview, starts: bytes | memoryview, offsets: bytes | memoryview,
              ids: bytes | memoryview, scores: bytes | memoryview | None) -> array:
    """A table packed by channel.pack (its sorted keys as UTF-32 with a '\\n' after each but the last, int64
    starts of each key and one more, int64 offsets, int32 ids, float64 scores or None) as
    channel_candidates reads it: the six numbers that describe it (addresses of its characters and
    starts, the key count, offsets, ids, scores or 0). Its bytes are read where they are, in the per-user
    cache's loaded state (the caller keeps them alive), not copied: encoding the 122k keys of the three
    tables in every process was ~4.5 ms of a `parscan repair`'s first batch."""
    assert COMPILED is not None
    return array("q", [_bytes_address(chars), _bytes_address(starts), len(starts) // 8 - 1, _bytes_address(offsets),
                       _bytes_address(ids), 0 if scores is None else _bytes_address(scores)])


def table_find(table: array, key: str) -> int:
    """The place of `key` among the keys of a table (key_table's description), -1 when absent."""
    assert COMPILED is not None
    return COMPILED.table_find(_address(table), key.encode("utf-32-le"), len(key))


def _bytes_address(data: bytes | memoryview) -> int:
    """Where the items of a bytes object, or of a writable memoryview (the per-user cache's mapped tables,
    state_cache.IN_PLACE), are (the caller keeps it alive; C only reads them)."""
    if isinstance(data, memoryview):
        return ctypes.addressof(ctypes.c_char.from_buffer(data)) if len(data) else 0
    return ctypes.cast(data, ctypes.c_void_p).value or 0


def _utf32(texts: list[str]) -> tuple[array, array]:
    """The texts' characters as one UTF-32 array, and where each begins (one more: the end)."""
    offsets = array("q", [0])
    offsets.extend(accumulate(map(len, texts)))
    return array("I", "".join(texts).encode("utf-32-le")), offsets


def channel_candidates(texts: list[str], keys: list[str], alphabet: tuple[array, array], tables: array,
                       char_tables: tuple[array, ...], width: int, unseen_cost: float,
                       keep: int) -> list[tuple[array, array]]:
    """The best `keep` (word ids 'i', log-probs 'd') of each token, best first; see channel_candidates in
    kernels.c. Per token: its text (lower case) and its skeleton key. `alphabet`: the OCR characters ('I',
    code points, sorted) and their ids ('i'). `tables`: the specs of key_table for the seen forms, their
    deletion index and the lexicon's deletion index, one after the other. `char_tables`: printed ('h',
    `width` per word), lengths ('h'), sub ('d', a row per printed character), delete, insert ('d')."""
    assert COMPILED is not None
    printed, lengths, sub, delete, insert = char_tables
    n = len(texts)
    text, toff = _utf32(texts)
    key, koff = _utf32(keys)
    characters, ids_of = alphabet
    mark = array("q", b"\xff" * (8 * len(lengths)))  # all -1
    ids, scores = array("i", bytes(4 * n * keep)), array("d", bytes(8 * n * keep))
    found = array("q", bytes(8 * n))
    COMPILED.channel_candidates(n, _address(toff), _address(text), _address(koff), _address(key),
                                _address(characters), _address(ids_of), len(characters), _address(tables), _address(printed), width, _address(lengths),
                                _address(sub), len(sub) // len(delete), _address(delete), _address(insert),
                                unseen_cost, keep, _address(mark), _address(ids), _address(scores), _address(found))
    return [(ids[t * keep:t * keep + c], scores[t * keep:t * keep + c]) for t, c in enumerate(found.tolist())]


def shortlist(candidates: list[tuple[array, array]], prior: array, digit: bytes, weight: float,
              keep: int, common: int, common_weight: float) -> list[tuple[array, array, float]]:
    """Per token, its candidates (word ids 'i', log-probs 'd', best first) without the words that hold a
    digit, re-ranked by log-prob + weight * prior[word] (stable): the best `keep - common`, then the
    `common` best others by log-prob + common_weight * prior[word], in the first order; with the best
    log-prob among them all (-inf: none). See shortlist in kernels.c. `prior`: 'd' per word;
    `digit`: a byte per word."""
    assert COMPILED is not None
    n = len(candidates)
    ids, scores, offsets = array("i"), array("d"), array("q", [0])
    for token_ids, token_scores in candidates:
        ids.extend(token_ids)
        scores.extend(token_scores)
        offsets.append(len(ids))
    out_ids, out_scores = array("i", bytes(4 * n * keep)), array("d", bytes(8 * n * keep))
    found, best = array("q", bytes(8 * n)), array("d", bytes(8 * n))
    digits = array("B", digit)
    COMPILED.shortlist(n, _address(offsets), _address(ids), _address(scores), _address(prior), _address(digits),
                       weight, keep, common, common_weight, _address(out_ids), _address(out_scores), _address(found),
                       _address(best))
    return [(out_ids[t * keep:t * keep + c], out_scores[t * keep:t * keep + c], b)
            for t, (c, b) in enumerate(zip(found.tolist(), best.tolist()))]


def text_table(texts: list[str]) -> tuple[array, array]:
    """Texts as `closest` takes its choices: their characters as UTF-32 with a separator after each, and
    where each starts (one more: the end)."""
    starts = array("q", [0])
    starts.extend(accumulate(len(text) + 1 for text in texts))
    return array("I", "".join(text + "\n" for text in texts).encode("utf-32-le")), starts


def closest(query: str, texts: tuple[array, array], among: array, cutoff: float) -> tuple[int, float] | None:
    """The first of the texts among[0 ..] ('i', indices into `texts`, a text_table) most like `query` by
    normalised Levenshtein similarity, if it reaches `cutoff`: its place in `among` and its similarity,
    what rapidfuzz's `extractOne` with that scorer gives (see closest in kernels.c)."""
    assert COMPILED is not None
    chars, starts = texts
    row = array("q", bytes(8 * (len(query) + 1))) if len(query) > 64 else None
    score = array("d", [0.0])
    found = COMPILED.closest(query.encode("utf-32-le"), len(query), _address(chars), _address(starts), _address(among),
                             len(among), cutoff, None if row is None else _address(row), _address(score))
    return (found, score[0]) if found >= 0 else None


def lcs_places(a: str, b: str) -> list[int]:
    """Per character of `a`, where rapidfuzz's `Indel.opcodes(a, b)` puts it: j where it is kept as
    b[j], -1 - j where it is deleted before b[j] (see lcs_places in kernels.c)."""
    assert COMPILED is not None
    first, second = array("I", a.encode("utf-32-le")), array("I", b.encode("utf-32-le"))
    lengths, out = array("i", bytes(4 * (len(a) + 1) * (len(b) + 1))), array("q", bytes(8 * len(a)))
    COMPILED.lcs_places(_address(first), len(a), _address(second), len(b), _address(lengths), _address(out))
    return out.tolist()
