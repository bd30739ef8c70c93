"""Prose claims, end to end on text: how many stated figures parscan reads and checks, on phrasings the
extractor's frames were written against (tuning), on the first held-out set (now seen by whoever tunes the
extractor: "held-out (seen)"), on a second held-out set written apart from the extractor ("unseen",
`samples/generator/claim_phrasings_unseen.py`; skeletons of its misses have been read, so it is no longer fully
blind), on a third, written blind to the extractor, its frames and its misses ("fresh",
`samples/generator/claim_phrasings_fresh.py`; since used to diagnose the extractor, so no longer blind) and on a
fourth, written blind to the extractor and to every other set's sentences ("blind",
`samples/generator/claim_phrasings_blind.py`; never read its sentences or its misses when tuning) and on a
fifth, written the same way with more phrasings per kind ("probe", `samples/generator/claim_phrasings_probe.py`;
likewise never read its sentences or its misses when tuning) and on a sixth, written blind to the extractor and
apart from all five with still more phrasings per kind ("sealed", `samples/generator/claim_phrasings_sealed.py`;
now a diagnosis set: its sentences and misses are printed like the others') and on a seventh, written blind to the
extractor and apart from all six with more phrasings per kind again ("vault",
`samples/generator/claim_phrasings_vault.py`; now a diagnosis set too, printed like the others) and on an eighth,
written blind to the extractor and apart from all seven with more phrasings per kind again ("crypt",
`samples/generator/claim_phrasings_crypt.py`; now a diagnosis set too, printed like the others) and on a ninth,
written blind to the extractor and apart from all eight, as many phrasings per kind as crypt ("cellar",
`samples/generator/claim_phrasings_cellar.py`; now a diagnosis set too, printed like the others) and on a tenth,
written blind to the extractor and apart from all nine, as many phrasings per kind as cellar ("attic",
`samples/generator/claim_phrasings_attic.py`; now a diagnosis set too, printed like the others) and on an
eleventh, written blind to the extractor and apart from all ten, as many phrasings per kind as attic ("loft",
`samples/generator/claim_phrasings_loft.py`; never read its sentences or its misses when tuning) and on a
twelfth, written blind to the extractor and apart from all eleven, as many phrasings per kind as loft ("spire",
`samples/generator/claim_phrasings_spire.py`; never read its sentences or its misses when tuning) and on a
thirteenth, written blind to the extractor and apart from all twelve, as many phrasings per kind as spire ("tower",
`samples/generator/claim_phrasings_tower.py`; never read its sentences or its misses when tuning) and on a
fourteenth, written blind to the extractor and apart from all thirteen, as many phrasings per kind as tower ("dome",
`samples/generator/claim_phrasings_dome.py`; never read its sentences or its misses when tuning).

For N seeds (default 60: registers alternate, scopes cycle), each seed gives thirty documents from
`samples.generator.claim_text`: a consistent one and one with a planted fault (fault kind seed mod 13),
once per phrasing set.  Each is written to a .txt, extracted with parscan (`extract`) and audited
(`audit_documents`) in-process; no OCR.

Per phrasing set x register it prints, over the consistent documents:
  figures    every figure the text states / the checkable ones (verifiable from the text alone)
  extracted  checkable figures some claim carries (value, previous value, a part, or a member count)
  checked    checkable figures that a pass/fail entry of `doc.checks` compared (its `published` or `figures`)
  in check   ... or a number in such a check's relation (`reason`): the operands of a sum or difference
  errors     error findings on the consistent documents (docs with any)
and, over the fault documents, faults found / planted: an error finding whose `published` is the printed
wrong figure (for a member list: the count or the list length).

A claim or check counts for a figure only when its evidence lines include the figure's line (when it has
evidence), so an equal number elsewhere in the text does not count.  Then per frame kind: extracted and
checked % per phrasing set, and per fault kind: found.  No asserts.

--show-misses prints the sentences of misses for the tuning and held-out (seen) sets only; the unseen set's
sentences are printed only with --show-unseen as well, the fresh set's only with --show-fresh, the blind set's
only with --show-blind, the probe set's only with --show-probe, the loft set's only with --show-loft, the spire
set's only with --show-spire, the tower set's only with --show-tower and the dome set's only with --show-dome
(which keep them blind only as long as nobody tuning the extractor passes them). The
sealed, vault, crypt, cellar and attic sets' are printed with the rest: they are diagnosis sets now;
--show-sealed, --show-vault, --show-crypt, --show-cellar and --show-attic are still accepted and do nothing.

Run: PYTHONPATH=. .venv/bin/python benchmarks/bench_claims.py [--seeds 60] [--show-misses] [--kind gap]
     [--show-unseen] [--show-fresh] [--show-blind] [--show-probe] [--show-loft] [--show-spire] [--show-tower]
     [--show-dome]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from samples.generator.claim_text import FAULT_KINDS, FRAME_KINDS, REGISTERS, SCOPES, build_claim_doc  # noqa: E402

try:  # the entry point may move
    from parscan.pipeline.run import extract  # noqa: E402
except ImportError:  # pragma: no cover
    from parscan.pipeline import extract  # type: ignore  # noqa: E402
from parscan.scoring.audit import audit_documents  # noqa: E402

TOL = 1e-6
# (phrasing set, label)
SETS = (("tuning", "tuning"), ("heldout", "held-out (seen)"), ("unseen", "unseen"), ("fresh", "fresh"),
        ("blind", "blind"), ("probe", "probe"), ("sealed", "sealed"), ("vault", "vault"), ("crypt", "crypt"),
        ("cellar", "cellar"), ("attic", "attic"), ("loft", "loft"), ("spire", "spire"),
        ("tower", "tower"), ("dome", "dome"))
_LABEL = dict(SETS)
_NUM = re.compile(r"\d+(?:[.,]\d+)*")


# ---------------------------------------------------------------- matching parscan's output to the truth


def _float(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        return None


def _same(a: Any, b: float) -> bool:
    x = _float(a)
    return x is not None and abs(abs(x) - abs(b)) < TOL


def _numbers(text: str | None) -> list[float]:
    """Numbers in a check's relation text, read both ways (86.000 thousands, 86,37 / 86.37 decimals)."""
    out: list[float] = []
    for tok in _NUM.findall(text or ""):
        for cand in (tok.replace(".", "").replace(",", "."), tok.replace(",", ".")):
            try:
                out.append(float(cand))
            except ValueError:
                pass
    return out


def _lines(evidence: list[Any]) -> set[int] | None:
    """Lines (1-based, page 1) the evidence covers; None when there is none to localise with."""
    got: set[int] = set()
    for ev in evidence:
        if ev is None or ev.line_start is None:
            continue
        got.update(range(ev.line_start, (ev.line_end or ev.line_start) + 1))
    return got or None


def _line_of(text: str, start: int) -> int:
    return text.count("\n", 0, start) + 1


def _claim_values(claim: Any) -> list[float]:
    vals = [claim.value, claim.previous_value, *getattr(claim, "parts", [])]
    if claim.members:
        vals.append(len(claim.members))
    return [v for v in (_float(x) for x in vals) if v is not None]


def judge(gen: Any, doc: Any) -> dict[str, Any]:
    """Per figure of the generated document: extracted / checked / in a check; the fault found or not."""
    checks = getattr(doc, "checks", None)
    has_checks = checks is not None
    decided = [c for c in (checks or []) if c.status in ("pass", "fail")]
    claims = [(c, _lines([c.evidence])) for c in doc.claims]
    decided = [(c, _lines(c.evidence)) for c in decided]
    out = []
    for fig in gen.figures:
        line = _line_of(gen.text, fig["start"])
        value = fig["value"]
        here = (lambda lines: lines is None or line in lines)
        extracted = any(here(ls) and any(_same(v, value) for v in _claim_values(c)) for c, ls in claims)
        checked = any(here(ls) and any(_same(v, value) for v in [c.published, *getattr(c, "figures", [])])
                      for c, ls in decided)
        in_check = checked or any(here(ls) and any(_same(v, value) for v in _numbers(c.reason)) for c, ls in decided)
        out.append({**fig, "extracted": extracted, "checked": checked, "in_check": in_check})
    errors = [f for f in doc.findings if f.severity == "error"]
    found = None
    if gen.fault:
        wanted = [gen.fault["published"]]
        if gen.fault["kind"] == "band_members":
            wanted.append(gen.fault["printed_count"])
        failed = [c for c in (checks or []) if c.status == "fail"]
        found = any(any(_same(f.published, w) for w in wanted) for f in errors) or any(
            any(_same(v, w) for w in wanted for v in getattr(c, "figures", [])) for c in failed)
    return {"figures": out, "errors": len(errors), "found": found, "has_checks": has_checks,
            "error_findings": errors}


# ---------------------------------------------------------------- the run


def run(seeds: int, tmp: Path) -> list[dict[str, Any]]:
    results = []
    for seed in range(seeds):
        register, scope = REGISTERS[seed % 2], SCOPES[(seed // 2) % 3]
        fault = FAULT_KINDS[seed % len(FAULT_KINDS)]
        for pset, _ in SETS:
            for planted in (None, fault):
                gen = build_claim_doc(seed, register=register, scope=scope, phrasings=pset, fault=planted)
                path = tmp / f"claims_{seed}_{pset}_{planted or 'ok'}.txt"
                path.write_text(gen.text, encoding="utf-8")
                doc = extract(path)
                audit_documents([doc])
                results.append({"gen": gen, **judge(gen, doc)})
    return results


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f} %" if d else "    –  "


def report(results: list[dict[str, Any]], show_misses: bool, only_kind: str | None,
           show_unseen: bool = False, show_fresh: bool = False, show_blind: bool = False,
           show_probe: bool = False, show_loft: bool = False, show_spire: bool = False,
           show_tower: bool = False, show_dome: bool = False) -> None:
    has_checks = all(r["has_checks"] for r in results)
    print(f"{'phrasings':<15} {'register':<8} {'docs':>4} {'figures':>9} {'extracted':>9} {'checked':>8} "
          f"{'in check':>8} {'errors (docs)':>14} {'faults found':>13}")
    for pset, label in SETS:
        for register in REGISTERS:
            rows = [r for r in results if r["gen"].phrasing_set == pset and r["gen"].register == register]
            ok = [r for r in rows if not r["gen"].fault]
            bad = [r for r in rows if r["gen"].fault]
            figs = [f for r in ok for f in r["figures"]]
            chk = [f for f in figs if f["checkable"]]
            n_err = sum(r["errors"] for r in ok)
            n_err_docs = sum(r["errors"] > 0 for r in ok)
            checked = _pct(sum(f["checked"] for f in chk), len(chk)) if has_checks else "  n/a  "
            in_check = _pct(sum(f["in_check"] for f in chk), len(chk)) if has_checks else "  n/a  "
            extracted = _pct(sum(f["extracted"] for f in chk), len(chk))
            errors = f"{n_err} ({n_err_docs})"
            found = f"{sum(bool(r['found']) for r in bad)}/{len(bad)}"
            print(f"{label:<15} {register:<8} {len(ok):>4} {len(figs):>4}/{len(chk):<4} "
                  f"{extracted:>9} {checked:>8} {in_check:>8} {errors:>14} {found:>13}")
    if not has_checks:
        print("(doc.checks is not there yet: extracted only)")

    heads = "".join(f" {label + ': n  extr  checked':>{len(label) + 26}}" for _, label in SETS)
    print(f"\n{'frame kind':<22}{heads}")
    for kind in FRAME_KINDS:
        cells = []
        for pset, label in SETS:
            figs = [f for r in results if not r["gen"].fault and r["gen"].phrasing_set == pset
                    for f in r["figures"] if f["kind"] == kind and f["checkable"]]
            cell = (f"{len(figs):>4} {_pct(sum(f['extracted'] for f in figs), len(figs))} "
                    f"{_pct(sum(f['checked'] for f in figs), len(figs))}")
            cells.append(f" {cell:>{len(label) + 26}}")
        print(f"{kind:<22}{''.join(cells)}")

    heads = "".join(f" {label + ' found':>{max(13, len(label) + 6)}}" for _, label in SETS)
    print(f"\n{'fault kind':<22}{heads}")
    for kind in FAULT_KINDS:
        cells = []
        for pset, label in SETS:
            rows = [r for r in results if r["gen"].fault and r["gen"].fault["kind"] == kind
                    and r["gen"].phrasing_set == pset]
            cell = f"{sum(bool(r['found']) for r in rows)}/{len(rows)}"
            cells.append(f" {cell:>{max(13, len(label) + 6)}}")
        print(f"{kind:<22}{''.join(cells)}")

    if show_misses:
        hidden = {pset for pset, shown in (("unseen", show_unseen), ("fresh", show_fresh), ("blind", show_blind),
                                           ("probe", show_probe), ("loft", show_loft), ("spire", show_spire),
                                           ("tower", show_tower), ("dome", show_dome))
                  if not shown}
        shown = [r for r in results if r["gen"].phrasing_set not in hidden]
        if "unseen" in hidden:
            print("\n(the unseen set's sentences are not printed; --show-unseen prints them)")
        if "fresh" in hidden:
            print("(the fresh set's sentences are not printed; --show-fresh prints them)")
        if "blind" in hidden:
            print("(the blind set's sentences are not printed: it is the blind measure; --show-blind prints them)")
        if "probe" in hidden:
            print("(the probe set's sentences are not printed: it is a blind measure; --show-probe prints them)")
        if "loft" in hidden:
            print("(the loft set's sentences are not printed: it is a blind measure; --show-loft prints them)")
        if "spire" in hidden:
            print("(the spire set's sentences are not printed: it is a blind measure; --show-spire prints them)")
        if "tower" in hidden:
            print("(the tower set's sentences are not printed: it is a blind measure; --show-tower prints them)")
        if "dome" in hidden:
            print("(the dome set's sentences are not printed: it is the newest blind measure; --show-dome prints "
                  "them)")
        print("\nMISSES: checkable figures not checked (consistent documents)")
        for r in shown:
            gen = r["gen"]
            if gen.fault:
                continue
            for f in r["figures"]:
                if not f["checkable"] or f["checked"] or (only_kind and f["kind"] != only_kind):
                    continue
                tag = _LABEL[gen.phrasing_set]
                print(f"  [{tag} {gen.register} {gen.scope} seed {gen.seed}] {f['phrasing']} {f['id']} {f['text']!r} "
                      f"({f['relation']})\n      {f['sentence']}")
        print("\nMISSED FAULTS")
        for r in shown:
            gen = r["gen"]
            if not gen.fault or r["found"] or (only_kind and gen.fault["kind"] != only_kind):
                continue
            fig = gen.figure(gen.fault["figure"])
            print(f"  [{_LABEL[gen.phrasing_set]} {gen.register} {gen.scope} seed {gen.seed}] "
                  f"{gen.fault['kind']}: "
                  f"printed {gen.fault['published']} (true {gen.fault['true']})  {fig['phrasing']}\n"
                  f"      {fig['sentence']}")
        print("\nERRORS ON CONSISTENT DOCUMENTS")
        for r in shown:
            gen = r["gen"]
            if gen.fault:
                continue
            for f in r["error_findings"]:
                print(f"  [{_LABEL[gen.phrasing_set]} {gen.register} {gen.scope} seed {gen.seed}] "
                      f"{f.check}: "
                      f"{f.message_en[:150]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=int, default=60)
    ap.add_argument("--show-misses", action="store_true", help="print the sentences of figures not checked")
    ap.add_argument("--kind", default=None, help="with --show-misses: only this frame / fault kind")
    ap.add_argument("--show-unseen", action="store_true",
                    help="with --show-misses: print the unseen set's sentences too (not when tuning the extractor)")
    ap.add_argument("--show-fresh", action="store_true",
                    help="with --show-misses: print the fresh set's sentences too")
    ap.add_argument("--show-blind", action="store_true",
                    help="with --show-misses: print the blind set's sentences too; whoever tunes the extractor "
                         "must never pass it, or the set is no longer blind")
    ap.add_argument("--show-probe", action="store_true",
                    help="with --show-misses: print the probe set's sentences too; whoever tunes the extractor "
                         "must never pass it, or the set is no longer blind")
    ap.add_argument("--show-sealed", action="store_true",
                    help="accepted and ignored: the sealed set is a diagnosis set now, its sentences are printed "
                         "with --show-misses alone")
    ap.add_argument("--show-vault", action="store_true",
                    help="accepted and ignored: the vault set is a diagnosis set now, its sentences are printed "
                         "with --show-misses alone")
    ap.add_argument("--show-crypt", action="store_true",
                    help="accepted and ignored: the crypt set is a diagnosis set now, its sentences are printed "
                         "with --show-misses alone")
    ap.add_argument("--show-cellar", action="store_true",
                    help="accepted and ignored: the cellar set is a diagnosis set now, its sentences are printed "
                         "with --show-misses alone")
    ap.add_argument("--show-attic", action="store_true",
                    help="accepted and ignored: the attic set is a diagnosis set now, its sentences are printed "
                         "with --show-misses alone")
    ap.add_argument("--show-loft", action="store_true",
                    help="with --show-misses: print the loft set's sentences too; whoever tunes the extractor "
                         "must never pass it, or the set is no longer blind")
    ap.add_argument("--show-spire", action="store_true",
                    help="with --show-misses: print the spire set's sentences too; whoever tunes the extractor "
                         "must never pass it, or the set is no longer blind")
    ap.add_argument("--show-tower", action="store_true",
                    help="with --show-misses: print the tower set's sentences too; whoever tunes the extractor "
                         "must never pass it, or the set is no longer blind")
    ap.add_argument("--show-dome", action="store_true",
                    help="with --show-misses: print the dome set's sentences too; whoever tunes the extractor "
                         "must never pass it, or the set is no longer blind")
    args = ap.parse_args()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        results = run(args.seeds, Path(tmp))
    elapsed = time.perf_counter() - start
    print(f"{args.seeds} seeds, {len(results)} documents (consistent + fault; tuning, held-out (seen), unseen, "
          f"fresh, blind, probe, sealed, vault, crypt, cellar, attic, loft, spire, tower, dome), {elapsed:.1f} s\n")
    report(results, args.show_misses, args.kind, args.show_unseen, args.show_fresh, args.show_blind,
           args.show_probe, args.show_loft, args.show_spire, args.show_tower, args.show_dome)


if __name__ == "__main__":
    main()
