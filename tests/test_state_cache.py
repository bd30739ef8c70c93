"""The per-user cache of the repair model's derived tables: same decoder, stale or broken files ignored."""

from __future__ import annotations

import gzip
import json
from array import array
from pathlib import Path

import pytest

from parscan.normalizers import DATA, kernels
from parscan.normalizers.repair import MODEL_FILE, Repairer
from parscan.normalizers.state_cache import IN_PLACE, cached_state, typed

LINES = ["Chi s6 cai cach hanh chinh", "ket qua ctia cac co quan", "Kiếm tra công tác"]


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PARSCAN_CACHE_DIR", str(tmp_path))
    return tmp_path


def test_cached_state_decodes_like_a_fresh_derivation(cache: Path) -> None:
    artefact = (DATA / MODEL_FILE).read_bytes()
    model = json.loads(gzip.decompress(artefact))
    calls = []

    def derive() -> dict:
        calls.append(1)
        return Repairer.derive_state(model)

    first = Repairer(cached_state(artefact, "repair", derive))
    second = Repairer(cached_state(artefact, "repair", derive))
    assert len(calls) == 1 and len(list(cache.glob("repair-*.marshal"))) == 1
    assert [second.repair_line(line, vie_ocr=True) for line in LINES] == \
        [first.repair_line(line, vie_ocr=True) for line in LINES]


def test_other_artefact_or_broken_file_is_derived_again(cache: Path) -> None:
    derived = []
    assert cached_state(b"model one", "t", lambda: derived.append(1) or {"a": 1}) == {"a": 1}
    assert cached_state(b"model two", "t", lambda: derived.append(2) or {"a": 2}) == {"a": 2}
    for path in cache.glob("t-*.marshal"):
        path.write_bytes(b"\x00broken")
    assert cached_state(b"model one", "t", lambda: derived.append(3) or {"a": 3}) == {"a": 3}
    assert derived == [1, 2, 3]


def test_each_distinct_string_is_stored_and_loaded_once(cache: Path) -> None:
    # the model's lexicon, vocabulary and channel words repeat one another (36,000 strings, 15,600 distinct):
    # the cache holds each once, so a load makes each once
    state = {"vocab": ["hành", "chính"], "lexicon": {"".join(["hà", "nh"]), "".join(["chí", "nh"])},
             "inner": {1: ("".join(["ch", "ính"]), 0.5)}}
    assert cached_state(b"model", "t", lambda: state) == state
    loaded = cached_state(b"model", "t", lambda: pytest.fail("derived again"))
    assert loaded == state
    vocab = {word: word for word in loaded["vocab"]}
    assert all(word is vocab[word] for word in loaded["lexicon"]) and loaded["inner"][1][0] is vocab["chính"]


def test_in_place_bytes_are_loaded_as_views_of_the_file(cache: Path) -> None:
    # the channel's packed tables (IN_PLACE) are read where they lie in the mapped file, at multiples of 16
    # (C reads int64 and float64 in them); other bytes, and the derived state itself, are plain bytes
    table = {IN_PLACE: True, "chars": "hành\nchính".encode("utf-32-le"), "ids": bytes(range(7)), "scores": None}
    state = {"channel": {"seen": table, "index": {**table, "ids": b""}}, "other": b"\x01\x02"}
    assert cached_state(b"model", "t", lambda: state) is state
    loaded = cached_state(b"model", "t", lambda: pytest.fail("derived again"))
    assert loaded == state and isinstance(loaded["other"], bytes)
    views = [loaded["channel"][name][key] for name in ("seen", "index") for key in ("chars", "ids")]
    assert all(isinstance(view, memoryview) for view in views)
    data = (cache / next(cache.glob("t-*.marshal")).name).read_bytes()
    assert data.index("hành".encode("utf-32-le")) % 16 == 0 and data.index(bytes(range(7))) % 16 == 0
    assert kernels.COMPILED is None or all(
        kernels._bytes_address(view) % 16 == 0 for view in views if len(view))
    # typed: the view cast where it came from the cache (no copy), an array of the derived bytes
    chars = typed(loaded["channel"]["seen"]["chars"], "I")
    assert isinstance(chars, memoryview) and chars.tolist() == list(map(ord, "hành\nchính"))
    assert typed(table["chars"], "I") == array("I", map(ord, "hành\nchính"))
