"""The PAR prose generator (samples/generator/claim_text.py) itself: deterministic, NFC, held-out phrasings
kept apart, every printed figure where it says, the truth's relations recomputed here from the figures."""

from __future__ import annotations

import importlib
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


# ---------------------------------------------------------------- the sets written apart from the extractor

APART = ("unseen", "fresh", "blind", "probe", "sealed", "vault", "crypt", "cellar", "attic", "loft", "spire",
         "tower", "dome")
APART_SEEDS = range(200)  # enough for every phrasing of every set (12 per kind and register from crypt on)


@lru_cache(maxsize=None)
def _apart_docs(pset: str, faults: bool = False) -> list:
    """Both registers per seed, the scope cycling; with `faults`, one planted fault per document instead."""
    return [build_claim_doc(seed, register=register, scope=SCOPES[seed % 3], phrasings=pset,
                            fault=FAULT_KINDS[(seed + i) % len(FAULT_KINDS)] if faults else None)
            for seed in APART_SEEDS for i, register in enumerate(REGISTERS)]


def _module(pset: str):
    return importlib.import_module(f"samples.generator.claim_phrasings_{pset}")


def _truth(doc, fig: dict) -> float:
    """The signed value of a figure's fact, recomputed here from the world the document was drawn from."""
    w = doc.world
    units = {u.key: u for u in w.units}
    kind, _, key = fig["fact"].partition(".")
    if fig["fact"] == "total":
        return len(w.units)
    if fig["fact"] == "gap":
        return (w.units[0].cur - w.units[-1].cur) / 100
    if kind == "avg":
        return (w.avg if key == "cur" else w.prev_avg) / 100
    if kind == "delta":
        return (w.avg - w.prev_avg) / 100 if key == "avg" else (units[key].cur - units[key].prev) / 100
    if kind == "score":
        when, unit = key.split(".", 1)
        return (units[unit].cur if when == "cur" else units[unit].prev) / 100
    if kind == "cmp":
        a, b = (units[k] for k in key.split("."))  # unit keys have no dots
        return (a.cur - b.cur) / 100
    if kind == "rank":
        when, unit = key.split(".", 1)
        return units[unit].rank if when == "cur" else units[unit].prev_rank
    if kind == "move":
        return units[key].prev_rank - units[key].rank
    if kind == "change":
        return w.counts[key] - w.prev_counts[key]
    if fig["fact"] == "count.cur.ge_threshold":
        return sum(n for b in w.bands for n in [w.counts[b.key]] if b.low >= w.threshold)
    if fig["fact"] in ("count.above_avg", "count.up", "count.down"):
        return {"count.above_avg": w.above_avg, "count.up": w.up, "count.down": w.down}[fig["fact"]]
    if kind == "count":
        scope, _, rest = key.partition(".")
        if scope == "part":
            return next(n for n, _, fact in w.parts if fact == fig["fact"])
        return (w.counts if scope == "cur" else w.prev_counts)[rest]
    raise AssertionError(fig["fact"])


def _ballots_agree(doc) -> bool:
    """Ballots are exact or rounded down ("hơn 86.000"): all parts from one of the two, the total their sum."""
    w, figs = doc.world, [f for f in doc.figures if f["kind"] == "ballots"]
    for parts in (w.ballots_exact, w.ballots_round):
        if all(f["value"] == (sum(parts) if f["fact"] == "ballots.total" else parts[int(f["fact"].split(".")[-1])])
               for f in figs):
            return True
    return False


@pytest.mark.parametrize("pset", APART)
def test_apart_set_has_every_kind_in_both_registers_and_its_own_ids(pset):
    entries = _module(pset).PHRASINGS
    assert set(entries) == set(FRAME_KINDS)
    for kind in FRAME_KINDS:
        for register in REGISTERS:
            assert len(entries[kind][register]) >= 6, (pset, kind, register)
    ids = phrasing_ids(phrasing_set=pset)
    assert len(ids) == sum(len(by_reg[r]) for by_reg in entries.values() for r in REGISTERS)
    others = phrasing_ids() | set().union(*(phrasing_ids(phrasing_set=p) for p in APART if p != pset))
    assert not ids & others


@pytest.mark.parametrize("pset", APART)
def test_every_phrasing_of_an_apart_set_renders_and_stays_in_its_set(pset):
    ids = phrasing_ids(phrasing_set=pset)
    drawn = set()
    for doc in _apart_docs(pset):
        assert doc.held_out and doc.phrasing_set == pset
        assert set(doc.phrasings) <= ids and all(p.split(".")[1] == doc.register for p in doc.phrasings)
        assert unicodedata.normalize("NFC", doc.text) == doc.text
        assert not re.search("[\ue000-\ue0ff{}]", doc.text)
        assert "  " not in doc.text and " ," not in doc.text and " ." not in doc.text and ".." not in doc.text
        drawn.update(doc.phrasings)
    assert drawn == ids, sorted(ids - drawn)


@pytest.mark.parametrize("pset", APART)
def test_each_apart_statement_states_the_roles_of_its_kind(pset):
    fixed = {"total": {"total"}, "average_with_previous": {"avg", "prev", "delta"},
             "delta_only": {"cur", "prev", "delta"}, "highest": {"top"}, "lowest": {"bot"}, "gap": {"gap"}, "comparison": {"a", "b", "diff"},
             "band_members": {"count"}, "threshold_count": {"thr"}, "ratio": {"num", "den"},
             "parts_total": {"p0", "p1", "total"}, "count_change": {"cur", "prev", "chg"},
             "rank_move": {"r", "den", "move", "pr"}, "up_down_counts": {"up", "down"}}
    for doc in _apart_docs(pset):
        w = doc.world
        stated: dict[str, list[str]] = {}
        for fig in doc.figures:
            stated.setdefault(fig["phrasing"], []).append(fig["role"])
        for pid, roles in stated.items():
            kind = pid.split(".")[0]
            assert len(roles) == len(set(roles)), (pid, roles)  # each figure printed once
            if kind == "band_counts":  # every band that has units; the total may be said or not
                bands = {f"c{i}" for i in range(sum(bool(n) for n in w.counts.values()))}
                assert set(roles) - {"total"} == bands, (pid, roles)
            elif kind == "ballots":
                assert set(roles) == {"total", *(f"b{i}" for i in range(len(w.ballot_labels)))}, (pid, roles)
            else:
                assert set(roles) == fixed[kind], (pid, roles)


@pytest.mark.parametrize("pset", APART)
def test_apart_figures_agree_with_the_world_and_their_relations_hold(pset):
    for doc in _apart_docs(pset):
        figs = {f["id"]: f for f in doc.figures}
        assert all(_holds(rel, figs) for rel in doc.relations), (doc.seed, doc.register)
        for fig in doc.figures:
            assert doc.text[fig["start"]:fig["start"] + len(fig["text"])] == fig["text"]
            if fig["kind"] == "ballots":
                continue
            truth = _truth(doc, fig)
            assert abs((fig["sign"] or 1) * fig["value"] - truth) < 1e-6, (doc.seed, fig["phrasing"], fig["fact"])
        assert _ballots_agree(doc), (doc.seed, doc.phrasings)


@pytest.mark.parametrize("pset", APART)
def test_apart_statements_print_no_number_without_its_truth(pset):
    """Every numeral in a statement is one of its recorded figures, or a year, a band's bound, the threshold, the
    scale's maximum ("/100 điểm") or part of a unit's name ("UBND Quận 7"): nothing is printed that the benchmark
    would not know the truth of."""
    for doc in _apart_docs(pset):
        w = doc.world
        names = sorted({n for u in w.units for n in (u.name, u.short)}, key=len, reverse=True)
        by_phrasing: dict[str, list[dict]] = {}
        for fig in doc.figures:
            by_phrasing.setdefault(fig["phrasing"], []).append(fig)
        for pid, figs in by_phrasing.items():
            rest = figs[0]["sentence"]
            for name in names:
                rest = rest.replace(name, " ")
            for fig in sorted(figs, key=lambda f: -len(f["text"])):
                pattern = r"(?<![\d.,])[+-]?" + re.escape(fig["text"].lstrip("+-")) + r"(?![\d]|[.,]\d)"
                rest, n = re.subn(pattern, " ", rest, count=1)
                assert n == 1, (pid, fig["text"], figs[0]["sentence"])
            rest = re.sub(r"\b(?:19|20)\d\d\b", " ", rest)
            bounds = {str(b.low // 100) for b in w.bands} | {str(b.high // 100) for b in w.bands if b.high} | {"100"}
            left = [x for x in re.findall(r"\d+(?:[.,]\d+)*", rest) if x not in bounds]
            assert not left, (pid, left, figs[0]["sentence"])


@pytest.mark.parametrize("pset", APART)
def test_a_fault_in_an_apart_document_breaks_one_relation(pset):
    for doc in _apart_docs(pset, faults=True):
        figs = {f["id"]: f for f in doc.figures}
        broken = [rel for rel in doc.relations if not _holds(rel, figs)]
        assert len(broken) == 1 and broken[0]["kind"] == doc.fault["kind"], (doc.seed, doc.fault)
        assert doc.fault["figure"] in (broken[0]["result"], *broken[0]["operands"])


def test_probe_set_has_more_phrasings_per_kind_and_register_than_any_earlier_set():
    """The probe set is meant to vary more than the sets before it: at least 8 phrasings per kind and register,
    and more than the tuning/held-out table or any other set written apart has for that kind and register."""
    probe = _module("probe").PHRASINGS
    for kind in FRAME_KINDS:
        for register in REGISTERS:
            earlier = [len(PHRASINGS[kind][register])]
            earlier += [len(_module(p).PHRASINGS[kind][register]) for p in APART[:APART.index("probe")]]
            n = len(probe[kind][register])
            assert n >= 8 and n > max(earlier), (kind, register, n, earlier)


def test_sealed_set_has_more_phrasings_per_kind_and_register_than_any_earlier_set():
    """The sealed set is meant to vary more than all six sets before it, the probe set included."""
    sealed = _module("sealed").PHRASINGS
    for kind in FRAME_KINDS:
        for register in REGISTERS:
            earlier = [len(PHRASINGS[kind][register])]
            earlier += [len(_module(p).PHRASINGS[kind][register]) for p in APART[:APART.index("sealed")]]
            n = len(sealed[kind][register])
            assert n >= 8 and n > max(earlier), (kind, register, n, earlier)


def test_sealed_documents_are_held_out_and_name_their_set():
    doc = build_claim_doc(7, register="press", scope="provincial", phrasings="sealed")
    assert doc.held_out and doc.phrasing_set == "sealed"
    assert all(p.split(".")[2].startswith("s") for p in doc.phrasings)


def test_vault_set_has_more_phrasings_per_kind_and_register_than_any_earlier_set():
    """The vault set is meant to vary more than all seven sets before it: at least 10 phrasings per kind and
    register, and more than any earlier set has for that kind and register."""
    vault = _module("vault").PHRASINGS
    for kind in FRAME_KINDS:
        for register in REGISTERS:
            earlier = [len(PHRASINGS[kind][register])]
            earlier += [len(_module(p).PHRASINGS[kind][register]) for p in APART[:APART.index("vault")]]
            n = len(vault[kind][register])
            assert n >= 10 and n > max(earlier), (kind, register, n, earlier)


def test_vault_documents_are_held_out_and_name_their_set():
    doc = build_claim_doc(7, register="official", scope="national_ministries", phrasings="vault")
    assert doc.held_out and doc.phrasing_set == "vault"
    assert all(p.split(".")[2].startswith("v") for p in doc.phrasings)


def test_crypt_set_has_more_phrasings_per_kind_and_register_than_any_earlier_set():
    """The crypt set is meant to vary more than all eight sets before it: at least 12 phrasings per kind and
    register, and more than any earlier set has for that kind and register."""
    crypt = _module("crypt").PHRASINGS
    for kind in FRAME_KINDS:
        for register in REGISTERS:
            earlier = [len(PHRASINGS[kind][register])]
            earlier += [len(_module(p).PHRASINGS[kind][register]) for p in APART[:APART.index("crypt")]]
            n = len(crypt[kind][register])
            assert n >= 12 and n > max(earlier), (kind, register, n, earlier)


def test_crypt_documents_are_held_out_and_name_their_set():
    doc = build_claim_doc(7, register="press", scope="national_provinces", phrasings="crypt")
    assert doc.held_out and doc.phrasing_set == "crypt"
    assert all(p.split(".")[2].startswith("c") for p in doc.phrasings)


@pytest.mark.parametrize("pset", ["cellar", "attic", "loft", "spire", "tower", "dome"])
def test_later_sets_have_at_least_twelve_phrasings_per_kind_and_register(pset):
    """Each set written after crypt is meant to vary as much as the one before it: at least 12 phrasings per kind
    and register, none shared with another set (checked above)."""
    phrasings = _module(pset).PHRASINGS
    for kind in FRAME_KINDS:
        for register in REGISTERS:
            assert len(phrasings[kind][register]) >= 12, (pset, kind, register, len(phrasings[kind][register]))


@pytest.mark.parametrize("pset, register, scope, letter", [
    ("cellar", "official", "provincial", "k"),
    ("attic", "press", "national_ministries", "q"),
    ("loft", "official", "national_provinces", "w"),
    ("spire", "press", "provincial", "z"),
    ("tower", "official", "national_ministries", "t"),
    ("dome", "press", "national_provinces", "d"),
])
def test_later_sets_documents_are_held_out_and_name_their_set(pset, register, scope, letter):
    doc = build_claim_doc(7, register=register, scope=scope, phrasings=pset)
    assert doc.held_out and doc.phrasing_set == pset
    assert all(p.split(".")[2].startswith(letter) for p in doc.phrasings)
