"""A per-user cache of the repair model's derived tables, so a process starts in ~0.1 s, not ~0.5 s.

The committed artefact (`repair_model.json.gz`) stays the one source: the decoder's lookup tables
(the channel's deletion indexes, the language model's context counts) are derived from it on first
use and kept in `marshal` form (plain dicts, sets, tuples; marshal cannot run code on load), the bytes of
its large tables (IN_PLACE) beside it in the same file, read where they lie, under `$PARSCAN_CACHE_DIR`,
else `$XDG_CACHE_HOME/parscan`, else `~/.cache/parscan`. The file name carries the artefact's hash and
the Python version, so a rebuilt model or another interpreter never reads a stale cache; an unwritable
cache directory only costs the derivation each time.
"""

from __future__ import annotations

import marshal
import mmap
import os
import sys
from array import array
from collections.abc import Callable

FORMAT = 13  # bump when the derived structures change shape or content (7: the channel's seen forms packed
# in SortedLookup, its deletion index's ids as int32 bytes; 8: where each context's keys start, for the
# compiled search without numpy; 9: the channel's deletion index packed as its seen forms are; 10: capitals
# of two vowel groups are acronyms, SIPAS; 11: the packed tables' keys as UTF-32 with
# where each starts, not as a str; 12: a word's inner transitions with their probabilities, each distinct
# string stored once; 13: the bytes of IN_PLACE tables stored apart, read in place)
# A dict of the state with this key true: its bytes values are stored apart in the cache file and a load gives
# them as writable memoryviews of the mapped file (copy on write; C reads them where they lie), not copies
IN_PLACE = "in place"


def typed(data: bytes | memoryview, code: str) -> array | memoryview:
    """The items of an IN_PLACE table's bytes as `code` ('q', 'd', 'h'): where the state came from the cache,
    the view itself cast (read in place, kernels._address takes it), else an array of the derived bytes."""
    return data.cast(code) if isinstance(data, memoryview) else array(code, data)


def cache_dir() -> str:
    """A string, not a Path: `parscan repair` imports no pathlib (normalizers/__init__.py)."""
    if os.environ.get("PARSCAN_CACHE_DIR"):
        return os.environ["PARSCAN_CACHE_DIR"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "parscan")


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """A file's bytes by its path as a string (the artefacts' paths are strings: see cache_dir)."""
    with open(path, "rb") as file:
        return file.read()


def plain(value: object) -> object:
    """Counters and defaultdicts as plain dicts (what marshal can store)."""
    return dict(value) if isinstance(value, dict) else value


def _digest(artefact: bytes) -> str:
    """64 bits of BLAKE2b of the artefact, for the cache file's name: CPython's own BLAKE2 (`_blake2`, what
    hashlib.blake2b is), without hashlib, which loads OpenSSL; hashlib's SHA-256 of the 0.57 MB model and
    that import were ~32 M instructions, a tenth of every `parscan repair`'s start-up (BLAKE2b: ~13 M)."""
    try:
        from _blake2 import blake2b
    except ImportError:
        from hashlib import blake2b
    return blake2b(artefact, digest_size=8).hexdigest()


def _shared(value: object, strings: dict[str, str]) -> object:
    """`value` with each distinct string one object: marshal writes an object met again as a reference,
    so a load makes each string once (the repair model's 36,000 strings are 15,600: its lexicon, vocabulary
    and the channel's words repeat one another), and holds it once."""
    if isinstance(value, str):
        return strings.setdefault(value, value)
    if isinstance(value, dict):
        return {_shared(key, strings): _shared(item, strings) for key, item in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return type(value)(_shared(item, strings) for item in value)
    return value


def _apart(value: object, path: tuple, blobs: list[tuple[tuple, bytes]]) -> object:
    """`value` (dicts copied down to the IN_PLACE ones) with the bytes of IN_PLACE dicts taken out into
    `blobs` as (their path of keys, bytes), None left in their place."""
    if not isinstance(value, dict):
        return value
    if value.get(IN_PLACE):
        out = dict(value)
        for key, item in value.items():
            if isinstance(item, bytes):
                blobs.append(((*path, key), item))
                out[key] = None
        return out
    return {key: _apart(item, (*path, key), blobs) for key, item in value.items()}


def _dumps(state: dict) -> bytes:
    """The cache file: where the marshal part starts (8 bytes, little-endian), the IN_PLACE bytes each at a
    multiple of 16 (C reads int64 and float64 arrays in them), then the marshal part: the state without them
    and their places (path, start, length)."""
    blobs: list[tuple[tuple, bytes]] = []
    rest = _apart(_shared(state, {}), (), blobs)
    parts, places, at = [b""], [], 8
    for path, data in blobs:
        parts.append(bytes(-at % 16))
        at += -at % 16
        places.append((path, at, len(data)))
        parts.append(data)
        at += len(data)
    parts[0] = at.to_bytes(8, "little")
    return b"".join(parts) + marshal.dumps((rest, tuple(places)))


def _loads(path: str) -> dict:
    """The state of a cache file (_dumps), its IN_PLACE bytes as memoryviews of the file mapped copy on write:
    marshal copied the 9.3 MB of the repair model's tables (the channel's packed keys and character tables,
    the language model's arrays) out of the mapping in every process, with the page faults of the copies
    (model load 15.7 -> 9.2 ms CPU); a document's lookups touch only some of their pages. The mapping lives
    as long as the views do (an empty file cannot be mapped: ValueError)."""
    with open(path, "rb") as cached:
        view = memoryview(mmap.mmap(cached.fileno(), 0, access=mmap.ACCESS_COPY))
    state, places = marshal.loads(view[int.from_bytes(view[:8], "little"):])
    for keys, start, length in places:
        holder = state
        for key in keys[:-1]:
            holder = holder[key]
        holder[keys[-1]] = view[start:start + length]
    return state


def cached_state(artefact: bytes, name: str, derive: Callable[[], dict]) -> dict:
    folder = cache_dir()
    path = os.path.join(folder, f"{name}-{_digest(artefact)}-py{sys.version_info[0]}{sys.version_info[1]}-v{FORMAT}")
    try:
        # mapped, not read: marshal copies what it makes out of the file's pages, and reading the 9.5 MB
        # first into a bytes object was ~5 ms CPU of every process
        return _loads(f"{path}.marshal")
    except (OSError, ValueError, EOFError, TypeError, KeyError, IndexError):
        pass
    state = derive()
    try:
        os.makedirs(folder, exist_ok=True)
        with open(f"{path}.{os.getpid()}.tmp", "wb") as partial:
            partial.write(_dumps(state))
        os.replace(f"{path}.{os.getpid()}.tmp", f"{path}.marshal")  # atomic: parallel workers never read half a file
    except (OSError, ValueError):
        pass
    return state
