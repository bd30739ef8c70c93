"""The channel model: how likely OCR turns a printed syllable into the token it gave us.

Two levels, both learned from rendered-and-OCRed text (see training/build.py): a token table for the
frequent cases ("s6" <- "số", "ctia" <- "của") and character edit probabilities for the rest,
so a token never seen in training still gets sensible candidates. The character level scores all
of a token's candidates in one batch of array operations (alignment.py): it is the hot path.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cached_property
from itertools import accumulate

from parscan.normalizers import kernels
from parscan.normalizers.state_cache import IN_PLACE, plain, typed
from parscan.normalizers.vietnamese import skeleton

TYPE_CHECKING = False  # not typing's: its import is `parscan repair FILE`'s start-up (~13 M instructions)
if TYPE_CHECKING:  # built with numpy, and its fallback path scores with it; the compiled path runs without
    import numpy as np

# OCR characters that stand for letters inside words, for looking candidates up by skeleton
_KEY = str.maketrans({"&": "o", "¢": "o", "§": "o", "0": "o", "6": "o", "8": "o", "1": "l", "3": "a",
                      "4": "a", "@": "o", "$": "s", "|": "l", "€": "e", "w": "u", "q": "o"})
# the decoder re-ranks with word frequency and keeps fewer (SHORTLIST): kept by the channel's score alone,
# 40 dropped common words a short token stands for ("s" -> số, "1€" -> lệ, "¢6" -> có) behind rare
# ones that align as well; 40 -> 100: dev 95.18 -> 95.50 %, held-out degraded `eng` 81.06 -> 81.64 %
MAX_CANDIDATES = 100
SMOOTH = 1.0  # unseen character confusions stay possible: real scans confuse more than our renders
UNSEEN_PAIR_COST = 1.0  # a (token, word) pair never seen in training pays extra
SCORED_LIMIT = 200_000  # tokens whose candidates are kept; a long-running batch worker starts afresh past it


def _deletes(word: str, depth: int) -> set[str]:
    out, frontier = {word}, {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def _depth(key: str) -> int:
    return 1 if len(key) <= 4 else 2


def pack(table: dict[str, tuple[tuple[int, ...], ...]]) -> dict:
    """A map of strings to (word ids[, log-probs]) as plain data that loads in microseconds: the keys
    sorted in one UTF-32 string, the values in flat arrays (see SortedLookup)."""
    import numpy as np

    keys = sorted(table)
    columns = len(next(iter(table.values()), ((),)))
    offsets = [0]
    for key in keys:
        offsets.append(offsets[-1] + len(table[key][0]))
    joined = "\n".join(keys)
    # where each key starts in `chars`, and one more (its end + 1), as kernels.c `Table` reads them
    starts = [0, *accumulate(len(key) + 1 for key in keys)]
    starts[-1] = len(joined) + 1
    # the keys only as the compiled lookup reads them, stored rather than made in every process (~4.5 ms);
    # Python's lookups decode them when first asked (a str of them too was ~0.5 ms of every cache load)
    return {IN_PLACE: True, "chars": joined.encode("utf-32-le"), "starts": np.array(starts, dtype=np.int64).tobytes(),
            "offsets": np.array(offsets, dtype=np.int64).tobytes(),
            "ids": np.array([i for key in keys for i in table[key][0]], dtype=np.int32).tobytes(),
            "scores": np.array([x for key in keys for x in table[key][1]]).tobytes() if columns == 2 else None}


class SortedLookup:
    """The read side of `pack`: `get` and `in` by binary search over the sorted keys.

    Why not a dict: the channel's two largest tables (25k OCR forms seen in training, 80k of their
    one-deletion variants) cost ~0.11 s of marshal.loads in every process (their tuples and floats),
    most of `parscan repair`'s model load; a document looks up a few thousand keys (~1 us each)."""

    def __init__(self, state: dict) -> None:
        self._state = state
        self._offsets = memoryview(state["offsets"]).cast("q")
        self._ids = memoryview(state["ids"]).cast("i")
        self._scores = memoryview(state["scores"]).cast("d") if state["scores"] is not None else None

    @cached_property
    def _keys(self) -> list[str]:
        keys = str(self._state["chars"], "utf-32-le")  # bytes, or a memoryview of the per-user cache
        return keys.split("\n") if keys else []

    @cached_property
    def compiled(self) -> array:
        """The table as kernels.channel_candidates reads it (kernels.key_table): its keys never split."""
        state = self._state
        return kernels.key_table(state["chars"], state["starts"], state["offsets"], state["ids"], state["scores"])

    def _at(self, key: str) -> int:
        keys = self._keys
        at = bisect_left(keys, key)
        return at if at < len(keys) and keys[at] == key else -1

    def __contains__(self, key: str) -> bool:
        if kernels.COMPILED is not None:  # looked up in C: the keys never split (_keys, ~1.5 ms a process)
            return kernels.table_find(self.compiled, key) >= 0
        return self._at(key) >= 0

    def extend(self, found: list, keys: Iterable[str]) -> None:
        """Append the word ids of each of `keys` present (a table packed without scores) to `found`,
        as int32 buffers."""
        table, offsets, ids = self._keys, self._offsets, self._ids
        size = len(table)
        for key in keys:
            at = bisect_left(table, key)
            if at < size and table[at] == key:
                found.append(ids[offsets[at]:offsets[at + 1]])

    def get(self, key: str, default: tuple = ()) -> tuple:
        """The key's word ids, or (ids, log-probs) for a table packed with scores; `default` if absent."""
        at = self._at(key)
        if at < 0:
            return default
        start, end = self._offsets[at], self._offsets[at + 1]
        ids = tuple(self._ids[start:end])
        return ids if self._scores is None else (ids, tuple(self._scores[start:end]))


class Channel:
    def __init__(self, table: dict[str, int], chars: dict[str, int], lexicon: list[str],
                 table_vie: dict[str, int] | None = None) -> None:
        by_ocr: dict[str, list[tuple[str, int]]] = defaultdict(list)
        truth_total: Counter[str] = Counter()
        for key, count in table.items():
            ocr, truth = key.split("\t")
            by_ocr[ocr].append((truth, count))
            truth_total[truth] += count

        def seen_logprob(truth: str, count: int) -> float:
            return math.log(count / (truth_total.get(truth, 0) + 1))

        # every printed word a candidate can be, by id: the lexicon and the printed side of the table
        self.words = sorted(set(lexicon) | set(truth_total))
        word_id = {word: i for i, word in enumerate(self.words)}
        # OCR forms seen in training -> (printed word id, log P(form | word)), in table order
        seen = {ocr: (tuple(word_id[t] for t, _ in truths), tuple(seen_logprob(t, c) for t, c in truths))
                for ocr, truths in by_ocr.items()}
        self.seen = pack(seen)
        # misreadings by Tesseract `vie` alone, with the same letters and other marks (kiếm <- kiểm),
        # scored. Only its own confusions: a correct word read by `vie` must not be re-guessed from
        # what `eng` does to it (hàng <- hằng)
        vie: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for key, count in (table_vie or {}).items():
            ocr, truth = key.split("\t")
            if skeleton(truth) == skeleton(ocr):
                vie[ocr].append((truth, seen_logprob(truth, count)))
        self.vie_misreads = {ocr: tuple(found) for ocr, found in vie.items()}
        by_skeleton: dict[str, list[int]] = defaultdict(list)
        for word in lexicon:
            by_skeleton[skeleton(word)].append(word_id[word])
        # deletion variant of a skeleton -> the words with that skeleton (SymSpell-style index)
        index: dict[str, set[int]] = defaultdict(set)
        for skel, ids in by_skeleton.items():
            for variant in _deletes(skel, _depth(skel)):
                index[variant].update(ids)
        # packed as the seen forms are: the compiled path looks a document's variants up in C, never as
        # Python strings or ints (~500k ids per seed file)
        self.index = pack({variant: (tuple(sorted(ids)),) for variant, ids in index.items()})
        # OCR forms seen in training, by their one-deletion variants, to the words they were read
        # from: a real scan's garble is often one letter away from a rendered one ("chire" ~
        # "chirc" <- "chức")
        near: dict[str, set[int]] = defaultdict(set)
        for form, (ids, _) in seen.items():
            if len(form) >= 3:
                for variant in _deletes(form, 1):
                    near[variant].update(ids)
        self.seen_index = pack({variant: (tuple(sorted(ids)),) for variant, ids in near.items()})
        self._char_tables(chars)

    def _char_tables(self, chars: dict[str, int]) -> None:
        """Character edit log-probs as dense arrays over two alphabets (printed id 0: padding;
        OCR id 0: a character never seen in training)."""
        import numpy as np

        printed_chars = sorted({ch for word in self.words for ch in word})
        ocr_chars = sorted(set(printed_chars) | {op.split(">")[1] for op in chars if op.split(">")[1]})
        self.printed_alphabet = {ch: i + 1 for i, ch in enumerate(printed_chars)}
        self.ocr_alphabet = {ch: i + 1 for i, ch in enumerate(ocr_chars)}
        sub_total: Counter[str] = Counter()
        for op, count in chars.items():
            sub_total[op.split(">")[0]] += count
        everything = sum(chars.values()) + 1
        sub = np.zeros((len(printed_chars) + 1, len(ocr_chars) + 1))
        delete = np.zeros(len(printed_chars) + 1)
        for p, pi in self.printed_alphabet.items():
            total = sub_total.get(p, 0)
            spread = total + SMOOTH * 60
            sub[pi, :] = math.log(SMOOTH / spread)
            for o, oi in self.ocr_alphabet.items():
                if p == o and not total:
                    sub[pi, oi] = math.log(0.9)
                else:
                    sub[pi, oi] = math.log((chars.get(f"{p}>{o}", 0) + SMOOTH) / spread)
            delete[pi] = math.log((chars.get(f"{p}>", 0) + SMOOTH) / spread)
        insert = np.full(len(ocr_chars) + 1, math.log(SMOOTH / everything))
        for o, oi in self.ocr_alphabet.items():
            insert[oi] = math.log((chars.get(f">{o}", 0) + SMOOTH) / everything)
        width = max(len(word) for word in self.words)
        printed = np.zeros((len(self.words), width), dtype=np.int16)
        for i, word in enumerate(self.words):
            printed[i, :len(word)] = [self.printed_alphabet[ch] for ch in word]
        self.tables = {IN_PLACE: True, "sub": sub.tobytes(), "sub_shape": sub.shape, "delete": delete.tobytes(),
                       "insert": insert.tobytes(), "printed": printed.tobytes(), "printed_shape": printed.shape,
                       "lengths": np.array([len(w) for w in self.words], dtype=np.int16).tobytes()}

    def state(self) -> dict:
        """Everything derived in __init__, as plain data (see state_cache.py)."""
        return {key: plain(value) for key, value in vars(self).items()}

    @classmethod
    def from_state(cls, state: dict) -> "Channel":
        channel = cls.__new__(cls)
        channel.__dict__.update(state)
        tables = state["tables"]
        # flat, as the compiled ranking reads them (numpy's shaped views: `_numpy_tables`, its fallback's)
        channel._width = tables["printed_shape"][1]
        channel._flat = tuple(typed(tables[name], code) for code, name in (
            ("h", "printed"), ("h", "lengths"), ("d", "sub"), ("d", "delete"), ("d", "insert")))
        channel.seen, channel.seen_index = SortedLookup(state["seen"]), SortedLookup(state["seen_index"])
        channel.index = SortedLookup(state["index"])
        channel._scored = {}
        return channel

    def id_of(self, word: str) -> int:
        """The word's id (its place in the sorted, distinct `words`), -1 when it is no printed word: a binary
        search, not a dict of the 14k words (built in every process: ~1.2 ms of the model load, for a few
        hundred lookups in a small file)."""
        at = bisect_left(self.words, word)
        return at if at < len(self.words) and self.words[at] == word else -1

    @cached_property
    def _numpy_tables(self) -> tuple[np.ndarray, ...]:
        """printed [words, width], lengths, sub [printed, OCR], delete, insert: the numpy path's."""
        import numpy as np

        tables = self.tables
        return (np.frombuffer(tables["printed"], dtype=np.int16).reshape(tables["printed_shape"]),
                np.frombuffer(tables["lengths"], dtype=np.int16),
                np.frombuffer(tables["sub"]).reshape(tables["sub_shape"]), np.frombuffer(tables["delete"]),
                np.frombuffer(tables["insert"]))

    # --- candidates ----------------------------------------------------------------------
    def variants(self, ocr: str) -> tuple[tuple[str, float], ...]:
        """Other marks on the same letters that Tesseract `vie` was seen to read as `ocr`, scored."""
        return self.vie_misreads.get(ocr.lower(), ())

    def _neighbours(self, ocr: str) -> bytes:
        """Ids of the printed words within reach of `ocr` (int32, repeats allowed): same skeleton up to
        two deletions ("điếm" is looked up as "diem", like "diem"), or read as an OCR form one deletion
        away. The numpy path's: the compiled one looks them up in C (kernels.c channel_candidates)."""
        key = skeleton(ocr.translate(_KEY))
        found: list = []
        self.index.extend(found, _deletes(key, _depth(key)))
        if len(ocr) >= 3:
            self.seen_index.extend(found, _deletes(ocr, 1))
        return b"".join(found)

    def prepare(self, tokens: Iterable[str]) -> None:
        """Score the candidates of every new token (lower case) at once: in C when the library was
        built (kernels.py), else in numpy batches by token length."""
        scored = self._scored
        new = sorted({token for token in tokens if token not in scored})  # not a set of all the keys scored
        if not new:
            return
        if len(self._scored) + len(new) > SCORED_LIMIT:
            self._scored.clear()
        if kernels.COMPILED is None:
            self._prepare_numpy(new)
            return
        ranked = kernels.channel_candidates(new, [skeleton(ocr.translate(_KEY)) for ocr in new], self._alphabet,
                                            self._compiled_tables, self._flat, self._width, UNSEEN_PAIR_COST,
                                            MAX_CANDIDATES)
        self._scored.update(zip(new, ranked))

    @cached_property
    def _alphabet(self) -> tuple[array, array]:
        """The OCR characters (code points, sorted) and their ids, as channel_candidates maps a token's."""
        found = sorted((ord(ch), i) for ch, i in self.ocr_alphabet.items() if len(ch) == 1)
        return array("I", [c for c, _ in found]), array("i", [i for _, i in found])

    @cached_property
    def _compiled_tables(self) -> array:
        """The seen forms, their deletion index and the lexicon's, as channel_candidates takes them (their
        packed bytes kept alive by the model's state)."""
        return array("q", b"".join(bytes(table.compiled) for table in (self.seen, self.seen_index, self.index)))

    def _prepare_numpy(self, new: list[str]) -> None:
        """The reference path: a few hundred array operations per document, batched by token length."""
        import numpy as np

        from parscan.normalizers.alignment import align_logprobs

        printed, lengths, sub, delete, insert = self._numpy_tables
        batches: dict[int, list[tuple[str, np.ndarray]]] = defaultdict(list)
        for ocr in new:
            ids = np.unique(np.frombuffer(self._neighbours(ocr), dtype=np.int32))
            batches[len(ocr)].append((ocr, ids))
        for m, batch in batches.items():
            unknown = 0
            codes = np.array([[self.ocr_alphabet.get(ch, unknown) for ch in ocr] for ocr, _ in batch],
                             dtype=np.int32).reshape(len(batch), m)
            ids = np.concatenate([found for _, found in batch])
            rows = np.repeat(np.arange(len(batch)), [len(found) for _, found in batch])
            scores = align_logprobs(codes[rows], printed[ids], lengths[ids], sub, delete, insert) - UNSEEN_PAIR_COST
            start = 0
            for ocr, found in batch:
                end = start + len(found)
                self._scored[ocr] = self._ranked(ocr, found, scores[start:end])
                start = end

    def _ranked(self, ocr: str, ids: np.ndarray, scores: np.ndarray) -> tuple[array, array]:
        """The best MAX_CANDIDATES: pairs seen in training with their table score, the others with
        their alignment score; best first, the seen pairs first among equals. As the compiled path
        gives them: Python arrays."""
        import numpy as np

        seen_ids, seen_scores = self.seen.get(ocr, ((), ()))
        if seen_ids:
            fresh = ~np.isin(ids, seen_ids)
            ids = np.concatenate([np.array(seen_ids, dtype=np.int32), ids[fresh]])
            scores = np.concatenate([np.array(seen_scores), scores[fresh]])
        keep = np.argsort(-scores, kind="stable")[:MAX_CANDIDATES]
        return array("i", ids[keep].tobytes()), array("d", scores[keep].tobytes())

    def candidates(self, ocr: str) -> tuple[array, array]:
        """(printed word ids 'i', log P(ocr | printed) 'd') for an OCR token, lower case, best first."""
        if ocr not in self._scored:
            self.prepare([ocr])
        return self._scored[ocr]
