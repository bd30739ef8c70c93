"""The compiled kernels (kernels.c) give the numpy reference's results: the channel's candidates
(channel.py) and the beam search's choices (decoder.py)."""

from __future__ import annotations

import random
from array import array
from pathlib import Path

import numpy as np
import pytest

from parscan.normalizers import decoder, kernels
from parscan.normalizers.lm import FLOOR
from parscan.normalizers.repair import get_repairer
from parscan.normalizers.vietnamese import split_edges

# legacy OCR as Tesseract `eng` garbles Vietnamese, written for this test
LINES = [
    "Chi s6 cai cach hanh chinh cua tinh nam 2021 dat 85,5 diem",
    "Ket qua danh gia ctia cac co quan, don vi thuoc UBND thanh ph6",
    "1-Chi dao, dieu hanh cong tac CCHC; 2.Cai cach the ché",
    "Quyét dinh s6 1952/Qb-UBND ngay 26thang 8 nam 2020 cua Chu tich",
    "tiép tuc day manh ting dung cong nghé thong tin trong hoat dong",
]


@pytest.mark.skipif(kernels.COMPILED is None, reason="_kernels.so not built (scripts/setup.sh builds it)")
def test_compiled_search_chooses_as_the_numpy_search() -> None:
    repairer = get_repairer()
    cache = decoder.DocumentCache()
    for line in LINES * 2:  # the second pass with the document cache filled by the first
        readings = [r for r in (repairer._readings(split_edges(t)[1], "legacy") for t in line.split())
                    if r.first is not None]
        for use_cache, end in ((None, repairer.lm.id("</s>")), (cache, None)):
            start = repairer.lm.id("<s>")
            compiled = decoder._compiled(readings, repairer.lm, start, end, use_cache)
            assert compiled == decoder._search(readings, repairer.lm, start, end, use_cache)
        cache.add([repairer.lm.id(split_edges(t)[1].lower()) for t in line.split()], repairer.lm.unknown + 1)


@pytest.mark.skipif(kernels.COMPILED is None, reason="_kernels.so not built (scripts/setup.sh builds it)")
def test_word_ceilings_bound_every_context_and_are_reached() -> None:
    """beam_decode stops scanning states by each word's ceiling: it must be at least P(word | v) for every
    context v, seen pair or back-off, and be the largest of them (else the bound is not the tightest)."""
    lm = get_repairer().lm
    size, ceiling = lm.unknown + 1, lm._ceiling
    keys = np.frombuffer(lm._keys, dtype=np.int64)[:-1]
    rng = random.Random(13)
    for word in rng.sample(range(size - 1), 300) + [lm.id("của"), lm.id("</s>"), lm.unknown]:
        contexts = (keys[(keys % size) == word] // size).tolist()
        probs = [lm.prob(v, word) for v in contexts + rng.sample(range(size), 200)]
        backoff = lm.continuations[word] * max(lm._backoff)
        assert max(probs) <= ceiling[word]
        assert ceiling[word] == max(probs + [backoff, FLOOR])


@pytest.mark.skipif(kernels.COMPILED is None, reason="_kernels.so not built (scripts/setup.sh builds it)")
def test_repair_is_the_same_without_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    repairer = get_repairer()
    compiled = repairer.repair_lines(LINES)
    monkeypatch.setattr(kernels, "COMPILED", None)
    assert repairer.repair_lines(LINES) == compiled
    assert compiled != LINES


@pytest.mark.skipif(kernels.COMPILED is None, reason="_kernels.so not built (scripts/setup.sh builds it)")
def test_compiled_candidates_equal_the_numpy_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    tokens = {split_edges(t)[1].lower() for line in LINES for t in line.split()} | {"nghiéng", "x", "qd"}
    _assert_same_candidates(tokens, monkeypatch)


@pytest.mark.skipif(kernels.COMPILED is None, reason="_kernels.so not built (scripts/setup.sh builds it)")
def test_compiled_lookups_of_seen_forms_equal_the_numpy_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    """The C path looks a token up in the packed tables itself (kernels.c channel_candidates): forms seen in
    training (their table scores; marks, digits and symbols among them), the same one letter shorter (the
    seen forms' deletion index), and runs of one letter (a deletion variant made many times over)."""
    channel = get_repairer().channel
    rng = random.Random(12)
    seen = rng.sample([form for form in channel.seen._keys if form], 60)
    marked = [form for form in channel.seen._keys if not form.isascii()][:20]
    tokens = set(seen + marked + [form[1:] for form in seen if len(form) > 3] + ["aaaaaaa", "nnnnggg", "o"])
    assert any(channel.seen.get(token) for token in tokens)
    _assert_same_candidates(tokens, monkeypatch)


def _assert_same_candidates(tokens: set[str], monkeypatch: pytest.MonkeyPatch) -> None:
    channel = get_repairer().channel
    monkeypatch.setattr(channel, "_scored", {})
    channel.prepare(tokens)
    compiled = dict(channel._scored)
    monkeypatch.setattr(channel, "_scored", {})
    monkeypatch.setattr(kernels, "COMPILED", None)
    channel.prepare(tokens)
    for token in tokens:  # equal up to the order of scores equal but for rounding (1e-15)
        (ids, scores), (expected_ids, expected_scores) = compiled[token], channel._scored[token]
        np.testing.assert_allclose(scores, expected_scores, rtol=1e-12)
        got, expected = dict(zip(ids.tolist(), scores)), dict(zip(expected_ids.tolist(), expected_scores))
        for word in got.keys() ^ expected.keys():  # only at the cut, between near-equals
            assert abs(got.get(word, expected.get(word)) - scores[-1]) < 1e-9, token
        assert all(abs(got[word] - expected[word]) < 1e-9 for word in got.keys() & expected.keys())
    assert sum(len(ids) for ids, _ in compiled.values()) > 20 * len(tokens)


@pytest.mark.skipif(kernels.COMPILED is None, reason="_kernels.so not built (scripts/setup.sh builds it)")
def test_a_library_built_from_another_source_is_not_loaded(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    # its functions could take other arguments than kernels.py passes: the numpy paths run instead
    other = tmp_path / "kernels.c"
    other.write_bytes(Path(kernels.SOURCE).read_bytes() + b"\n/* changed */\n")
    monkeypatch.setattr(kernels, "SOURCE", str(other))
    with pytest.warns(RuntimeWarning, match="setup.sh"):
        assert kernels._load() is None
    monkeypatch.setattr(kernels, "SOURCE", str(Path(kernels.LIBRARY).with_name("kernels.c")))
    assert kernels._load() is not None



@pytest.mark.skipif(kernels.COMPILED is None, reason="_kernels.so not built (scripts/setup.sh builds it)")
def test_compiled_shortlists_equal_the_python_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    # the decoder's candidates: the channel's, words with digits dropped, re-ranked by prior (stable)
    repairer = get_repairer()
    # with the common words' places (wii -> mới) and each token's best score
    tokens = ({split_edges(t)[1].lower() for line in LINES for t in line.split()}
              | {"g5", "x", "qd", "nghiéng", "wii", "none", "1@", "be", "zzqx"})
    monkeypatch.setattr(repairer, "_shortlisted", {})
    monkeypatch.setattr(repairer, "_best_logp", {})
    repairer._shortlists(tokens)
    compiled = {token: (ids.tolist(), scores.tolist()) for token, (ids, scores) in repairer._shortlisted.items()}
    best = dict(repairer._best_logp)
    monkeypatch.setattr(repairer, "_shortlisted", {})
    monkeypatch.setattr(repairer, "_best_logp", {})
    monkeypatch.setattr(kernels, "COMPILED", None)
    repairer._shortlists(tokens)
    assert compiled == {token: (ids.tolist(), scores.tolist()) for token, (ids, scores) in repairer._shortlisted.items()}
    assert best == repairer._best_logp and set(best) == tokens
    assert sum(len(ids) for ids, _ in compiled.values()) > 10 * len(tokens)


@pytest.mark.skipif(kernels.COMPILED is None, reason="_kernels.so not built (scripts/setup.sh builds it)")
@pytest.mark.parametrize("seed", range(20))
def test_compiled_shortlist_breaks_ties_as_the_python_one(seed: int) -> None:
    # scores and priors drawn from a few values, so that both orders meet many equal keys; digit words
    # among them, and a token with fewer candidates than the shortlist's first places
    from parscan.normalizers.repair import COMMON_SLOTS, COMMON_WEIGHT, PRIOR_WEIGHT, SHORTLIST, shortlist_of

    rng = random.Random(seed)
    prior = array("d", [rng.choice([-8.0, -6.5, -5.0, -2.5, -1.25]) for _ in range(300)])
    digit = bytes(rng.random() < 0.1 for _ in range(300))
    candidates = []
    for size in (0, 3, SHORTLIST - COMMON_SLOTS, SHORTLIST + 1, 80, 200):
        ids = array("i", rng.sample(range(300), size))
        candidates.append((ids, array("d", sorted((rng.choice([-1.0, -2.0, -2.5, -4.0, -7.0]) for _ in ids),
                                                  reverse=True))))
    compiled = kernels.shortlist(candidates, prior, digit, PRIOR_WEIGHT, SHORTLIST, COMMON_SLOTS, COMMON_WEIGHT)
    reference = [shortlist_of(ids, logp, prior, digit) for ids, logp in candidates]
    assert [(i.tolist(), s.tolist(), b) for i, s, b in compiled] == [(i.tolist(), s.tolist(), b) for i, s, b in reference]
    assert max(len(ids) for ids, _, _ in compiled) == SHORTLIST


def _random_text(rng: random.Random, letters: str, lengths: tuple[int, ...]) -> str:
    return "".join(rng.choice(letters) for _ in range(rng.choice(lengths)))


@pytest.mark.skipif(kernels.COMPILED is None, reason="_kernels.so not built (scripts/setup.sh builds it)")
def test_compiled_closest_formula_is_rapidfuzz_extract_one() -> None:
    # the formulas' comparison (formulas.py) in C gives what rapidfuzz gave: the same first best choice
    # among ties, the same similarity, and a cutoff met exactly (1 - 2/10 against 0.8) refused as rapidfuzz does
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import extractOne

    rng = random.Random(13)
    for _ in range(3000):
        letters = rng.choice(["ab", "abc", "tinhđă"])
        query = _random_text(rng, letters, (0, 1, 4, 10, 40, 64, 65, 80))
        texts = [_random_text(rng, letters, (max(0, len(query) + rng.randint(-3, 3)),)) for _ in range(12)]
        among = array("i", rng.sample(range(len(texts)), rng.randint(1, len(texts))))
        cutoff = rng.choice([0.0, 0.7, 0.8, 0.9, 1.0, 1 - rng.randint(0, 4) / max(1, len(query)), rng.random()])
        best = extractOne(query, [texts[k] for k in among], scorer=Levenshtein.normalized_similarity,
                          score_cutoff=max(0.0, cutoff))
        expected = (best[2], best[1]) if best else None
        assert kernels.closest(query, kernels.text_table(texts), among, max(0.0, cutoff)) == expected


@pytest.mark.skipif(kernels.COMPILED is None, reason="_kernels.so not built (scripts/setup.sh builds it)")
def test_compiled_letter_places_are_rapidfuzz_indel_opcodes(monkeypatch: pytest.MonkeyPatch) -> None:
    # where a formula's comparison puts each OCR letter: rapidfuzz's choice among the alignments that keep the
    # most letters (formulas._places without the library reads it from Indel.opcodes)
    from parscan.normalizers import formulas

    rng = random.Random(31)
    lengths = (0, 1, 5, 12, 30, 64, 70)
    pairs = [(_random_text(rng, letters, lengths), _random_text(rng, letters, lengths))
             for letters in ("ab", "abc", "uyban") for _ in range(700)]
    compiled = [kernels.lcs_places(a, b) for a, b in pairs]
    monkeypatch.setattr(kernels, "COMPILED", None)
    assert compiled == [formulas._places(a, b) for a, b in pairs]


@pytest.mark.skipif(kernels.COMPILED is None, reason="_kernels.so not built (scripts/setup.sh builds it)")
def test_compiled_key_lookup_finds_what_the_python_one_finds() -> None:
    # `in channel.seen` asks C (table_find): the same place as the binary search over the split keys, for keys
    # present, keys one letter shorter or longer, and keys absent
    seen = get_repairer().channel.seen
    rng = random.Random(5)
    keys = rng.sample(seen._keys, 300) + ["", "a", "\uffff", seen._keys[0], seen._keys[-1]]
    keys += [k[:-1] for k in keys[:100]] + [k + "a" for k in keys[100:200]] + [k[1:] for k in keys[200:300]]
    places = [kernels.table_find(seen.compiled, key) for key in keys]
    assert places == [seen._at(key) for key in keys]
    assert all(p >= 0 for p in places[:300] + places[303:305])  # the sampled keys, the first and the last
