"""The PAR prose generator (samples/generator/claim_text.py) itself: deterministic, NFC, held-out phrasings
kept apart, every printed figure where it says, the truth's relations recomputed here from the figures."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

import pytest

from samples.generator.claim_phrasings import PHRASINGS
from samples.generator.claim_text import (
    FAULT_KINDS, FRAME_KINDS, REGISTERS, SCOPES, build_claim_doc, phrasing_ids, vn_words,
)

SEEDS = range(50)


def _config(seed: int) -> dict:
    return {"register": REGISTERS[seed % 2], "scope": SCOPES[(seed // 2) % 3], "held_out": seed % 5 in (1, 3)}


@lru_cache(maxsize=None)
def _docs() -> list:
    """Per seed a consistent document and one with fault seed mod 13 (every fault kind 3-4 times)."""
    docs = []
    for seed in SEEDS:
        docs.append(build_claim_doc(seed, **_config(seed)))
        docs.append(build_claim_doc(seed, **_config(seed), fault=FAULT_KINDS[seed % len(FAULT_KINDS)]))
    return docs


def _holds(rel: dict, figs: dict) -> bool:
    """Recomputed here, independently of the generator's own check."""
    res = figs[rel["result"]]
    ops = [figs[o]["value"] for o in rel["operands"]]
    if rel["op"] == "diff":  # sign * printed magnitude = first - second
        return abs((res["sign"] or 1) * res["value"] - (ops[0] - ops[1])) < 1e-6
    if rel["op"] == "sum":
        return abs(res["value"] - sum(ops)) < 1e-6
    if rel["op"] == "equal":
        return abs(res["value"] - ops[0]) < 1e-6
    if rel["op"] == "len":
        return res["value"] == len(rel["members"])
    raise AssertionError(rel)


def test_same_seed_same_document():
    for seed in (0, 7, 31):
        for fault in (None, "gap", "band_members"):
            a = build_claim_doc(seed, **_config(seed), fault=fault)
            b = build_claim_doc(seed, **_config(seed), fault=fault)
            assert (a.text, a.figures, a.fault, a.phrasings) == (b.text, b.figures, b.fault, b.phrasings)
    assert build_claim_doc(1, **_config(1)).text != build_claim_doc(2, **_config(1)).text


def test_text_is_nfc_and_clean():
    for doc in _docs():
        assert unicodedata.normalize("NFC", doc.text) == doc.text
        assert not re.search("[\ue000-\ue0ff{}]", doc.text)  # no marker or template brace left
        assert "  " not in doc.text and " ," not in doc.text and " ." not in doc.text and ".." not in doc.text
        assert re.search("[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", doc.text)
        for fig in doc.figures:
            assert unicodedata.normalize("NFC", fig["text"]) == fig["text"]


def test_held_out_and_tuning_phrasings_are_disjoint_and_never_mix():
    held, tuning = phrasing_ids(True), phrasing_ids(False)
    assert held and tuning and not held & tuning
    for kind in FRAME_KINDS:
        for register in REGISTERS:
            entries = PHRASINGS[kind][register]
            n_held = sum(h for h, _ in entries)
            assert len(entries) >= 6, (kind, register)
            assert 0.3 <= n_held / len(entries) <= 0.5, (kind, register, n_held, len(entries))
    for doc in _docs():
        assert set(doc.phrasings) <= (held if doc.held_out else tuning), (doc.seed, doc.phrasings)
        assert all(p.split(".")[1] == doc.register for p in doc.phrasings)
        assert {f["phrasing"] for f in doc.figures} <= set(doc.phrasings)


def test_every_figure_is_printed_where_it_says():
    for doc in _docs():
        assert 5 <= len(doc.phrasings) <= 12  # 5-12 statements, the lead (the total) included
        for fig in doc.figures:
            assert fig["text"] in doc.text
            assert doc.text[fig["start"]:fig["start"] + len(fig["text"])] == fig["text"]
            assert fig["kind"] in FRAME_KINDS and fig["year"] in (doc.year, doc.year - 1)
            assert isinstance(fig["value"], int if fig["measure"] in ("count", "rank", "ballots") else float)
        assert [f["id"] for f in doc.figures] == [f"f{i}" for i in range(1, len(doc.figures) + 1)]


def test_relations_hold_on_consistent_documents_and_checkable_means_related():
    for doc in _docs():
        if doc.fault:
            continue
        figs = {f["id"]: f for f in doc.figures}
        assert all(_holds(rel, figs) for rel in doc.relations), doc.seed
        related = {fid for rel in doc.relations for fid in (rel["result"], *rel["operands"])}
        assert related == {f["id"] for f in doc.figures if f["checkable"]}
        for rel in doc.relations:  # every relation is about figures the text itself prints
            assert all(figs[fid]["text"] in doc.text for fid in (rel["result"], *rel["operands"]))


def test_a_fault_breaks_exactly_one_relation_of_its_kind():
    for doc in _docs():
        if not doc.fault:
            continue
        figs = {f["id"]: f for f in doc.figures}
        broken = [rel for rel in doc.relations if not _holds(rel, figs)]
        assert len(broken) == 1, (doc.seed, doc.fault, broken)
        rel, fault = broken[0], doc.fault
        assert rel["kind"] == fault["kind"]
        assert fault["figure"] in (rel["result"], *rel["operands"])
        assert fault["published"] != fault["true"]
        fig = figs[fault["figure"]]
        assert fig["checkable"]
        if fault["kind"] == "band_members":  # the list is wrong, the count as printed is the true one
            assert len(rel["members"]) == fault["published"] and fig["value"] == fault["true"]
        else:
            assert fig["value"] == fault["published"]


def test_every_frame_and_fault_kind_appears_across_fifty_seeds():
    frames = Counter(f["kind"] for doc in _docs() for f in doc.figures)
    faults = Counter(doc.fault["kind"] for doc in _docs() if doc.fault)
    assert set(FRAME_KINDS) <= set(frames), set(FRAME_KINDS) - set(frames)
    assert set(FAULT_KINDS) == set(faults)
    checkable = Counter(f["kind"] for doc in _docs() for f in doc.figures if f["checkable"])
    assert set(FRAME_KINDS) <= set(checkable)
    # a lone highest value (no gap or comparison stated) is left for a table to verify
    lone = [f for doc in _docs() for f in doc.figures if f["kind"] == "highest" and not f["checkable"]]
    assert lone and all("table" in f["relation"] for f in lone)


def test_registers_and_scopes_read_differently():
    press = build_claim_doc(4, register="press", scope="national_ministries", held_out=False)
    official = build_claim_doc(4, register="official", scope="provincial", held_out=False)
    assert "BÁO CÁO" in official.text and "SỞ NỘI VỤ" in official.text
    assert "BÁO CÁO" not in press.text
    assert "Bộ " in press.text or "Ngân hàng Nhà nước" in press.text


@pytest.mark.parametrize("n, words", [(1, "một"), (5, "năm"), (10, "mười"), (15, "mười lăm"), (21, "hai mươi mốt"),
                                      (24, "hai mươi tư"), (63, "sáu mươi ba")])
def test_number_words(n, words):
    assert vn_words(n) == words
