"""Where repair's remaining errors are, by kind, and the accuracy per dev seed in one fast run.

The dev rows are repaired as `parscan repair SEED_FILE` does (all lines of a file in order, one
document cache), in this process; held-out synthetic pairs (generator seeds 10000+, as in
bench_repair.py) are read from a pickle written by `--write-synthetic` once, since rendering and
Tesseract take minutes. Each gold syllable not reproduced is put in one class, by the OCR token it
was aligned with: a number, case only, the same letters with other marks (the language model's
choice), the gold not among the token's shortlist (the candidates the decoder sees: the channel's
reach), a split or merged token, or the gold in the shortlist but not chosen. The misses the channel does not reach are
grouped by the edit from the OCR token to the gold's skeleton (the multi-character confusions).
Dev gold is measured here, never trained on.
The synthetic pairs are repaired line by line; `--documents PATH` (written once by `--write-documents`,
same seeds) also repairs the degraded scans of each generated document as a file, its lines in order
with one document cache, as `parscan repair FILE` does: what a rule that reads the whole document needs.
Usage: python benchmarks/repair_misses.py [--synthetic PATH] [--write-synthetic [--first-seed 20000]] [--top N] [--sets 'dev;eng degraded']
       [--documents PATH [--write-documents]]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from rapidfuzz.distance import Levenshtein  # noqa: E402

from bench_repair import DEV, SEEDS, cores, syllable_hits  # noqa: E402
from parscan.normalizers.decoder import DocumentCache  # noqa: E402
from parscan.normalizers.repair import get_repairer  # noqa: E402
from parscan.normalizers.vietnamese import NUMBER, skeleton  # noqa: E402

SYNTHETIC = Path(tempfile.gettempdir()) / "parscan_repair_synthetic.pkl"


def synthetic_documents(docs: int, first_seed: int) -> dict[str, list[list[tuple[str, str]]]]:
    """Per degraded scan (`eng`, `vie`), the (OCR line, truth line) pairs of each generated document,
    rendered and read as bench_repair.synthetic_pairs does but in blocks that never cross documents."""
    import random

    import tesserocr

    from parscan.normalizers.training.ocr_pairs import render_block
    from parscan.pipeline.ocr_tesserocr import tessdata_dir
    from samples.generator import build_criteria_plan, build_letter, build_report, render_text

    texts = [[line for line in render_text(spec).replace("\f", "\n").splitlines() if line.strip()]
             for seed in range(first_seed, first_seed + docs)
             for spec in (build_report(seed), build_criteria_plan(seed), build_letter(seed))]
    out: dict[str, list[list[tuple[str, str]]]] = {}
    for name, lang in (("eng, degraded scan", "eng"), ("vie, degraded scan", "vie")):
        api = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=lang, psm=tesserocr.PSM.SINGLE_BLOCK)
        rng = random.Random(99)
        out[name] = []
        for lines in texts:
            pairs: list[tuple[str, str]] = []
            for start in range(0, len(lines), 24):
                image, laid = render_block(lines[start:start + 24], rng, True)
                api.SetImage(image)
                read = [line for line in api.GetUTF8Text().splitlines() if line.strip()]
                if len(read) == len(laid):
                    pairs += list(zip(read, laid))
            out[name].append(pairs)
        api.End()
    return out


def repair_file(path: Path) -> list[str]:
    """The output lines of `parscan repair FILE` (pages split on form feeds, one cache)."""
    repairer, cache = get_repairer(), DocumentCache()
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    return "\n".join("\n".join(repairer.repair_lines(page.split("\n"), cache=cache))
                     for page in text.split("\f")).split("\n")


def edit_pattern(ocr: str, gold: str) -> str:
    """The OCR -> gold-skeleton edit as its changed chunks ('ii>u', 'rn>m', '6>o', '+l')."""
    a, b = ocr.lower(), skeleton(gold)
    chunks = []
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "replace":
            chunks.append(f"{a[op.src_start:op.src_end]}>{b[op.dest_start:op.dest_end]}")
        elif op.tag == "delete":
            chunks.append(f"-{a[op.src_start:op.src_end]}")
        elif op.tag == "insert":
            chunks.append(f"+{b[op.dest_start:op.dest_end]}")
    return " ".join(chunks) or "(same skeleton)"


def classify(pairs: list[tuple[str, str]], outputs: list[str], top: int, show: bool,
             examples_per_kind: int = 0) -> Counter:
    """Count the misses by kind (see the module docstring); print them when `show`, with
    `examples_per_kind` of each as OCR->output(gold)."""
    repairer = get_repairer()
    kinds: Counter[str] = Counter()
    patterns: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    by_kind: dict[str, list[str]] = defaultdict(list)
    for (ocr, gold), out in zip(pairs, outputs):
        o_tokens, g_tokens, r_tokens = cores(ocr), cores(gold), cores(out)
        hit = set()
        for op in Levenshtein.opcodes(r_tokens, g_tokens):
            if op.tag == "equal":
                hit.update(range(op.dest_start, op.dest_end))
        wrote = {}
        for op in Levenshtein.opcodes(r_tokens, g_tokens):
            if op.tag == "replace" and op.src_end - op.src_start == op.dest_end - op.dest_start:
                for k in range(op.dest_end - op.dest_start):
                    wrote[op.dest_start + k] = r_tokens[op.src_start + k]
        for op in Levenshtein.opcodes(o_tokens, g_tokens):
            one_to_one = op.src_end - op.src_start == op.dest_end - op.dest_start
            for k in range(op.dest_start, op.dest_end):
                if k in hit:
                    continue
                g = g_tokens[k]
                if op.tag == "insert" or not one_to_one:
                    kind, o = "split/merged/lost", " ".join(o_tokens[op.src_start:op.src_end])
                else:
                    o = o_tokens[op.src_start + k - op.dest_start]
                    r = wrote.get(k, "?")
                    if any(ch.isdigit() for ch in g) or NUMBER.match(o):
                        kind = "number (gold)" if any(ch.isdigit() for ch in g) else "number (ocr digits, gold word)"
                    elif r.lower() == g.lower():
                        kind = "case only"
                    elif skeleton(r) == skeleton(g):
                        kind = "same letters, other marks"
                    else:
                        ids, _ = repairer._shortlist(o.lower())
                        words = {repairer.channel.words[i] for i in ids.tolist()}
                        if g.lower() in words:
                            kind = "among candidates, not chosen"
                        else:
                            kind = "not among candidates"
                            patterns[edit_pattern(o, g)] += 1
                            examples[edit_pattern(o, g)].append(f"{o}->{g}")
                kinds[kind] += 1
                by_kind[kind].append(f"{o}->{wrote.get(k, '?') if op.tag != 'insert' and one_to_one else '?'}({g})")
    if show:
        for kind, n in kinds.most_common():
            print(f"  {kind:40} {n}")
            if examples_per_kind:
                print("      " + ", ".join(by_kind[kind][:examples_per_kind]))
        print("  not among candidates, by edit OCR -> gold skeleton:")
        for pattern, n in patterns.most_common(top):
            print(f"    {n:4d}  {pattern:24} {', '.join(examples[pattern][:4])}")
    return kinds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--synthetic", type=Path, default=SYNTHETIC)
    parser.add_argument("--write-synthetic", action="store_true")
    parser.add_argument("--first-seed", type=int, default=10_000,
                        help="generator seed of --write-synthetic's first document (20000: the tuning pairs)")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sets", default="dev;eng degraded",
                        help="; between: dev, eng, eng degraded, vie, vie degraded")
    parser.add_argument("--quiet", action="store_true", help="accuracy only")
    parser.add_argument("--examples", type=int, default=0, help="misses shown per kind")
    parser.add_argument("--documents", type=Path, help="degraded synthetic documents, each repaired as a file")
    parser.add_argument("--write-documents", action="store_true")
    args = parser.parse_args()
    if args.write_synthetic:
        from bench_repair import synthetic_pairs

        args.synthetic.write_bytes(pickle.dumps(synthetic_pairs(4, args.first_seed)))
    if args.write_documents and args.documents:
        args.documents.write_bytes(pickle.dumps(synthetic_documents(4, args.first_seed)))
    wanted = args.sets.split(";")
    repairer = get_repairer()
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["gold"]]
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_doc[row["doc"]].append(row)
    if "dev" in wanted:
        all_pairs, all_out = [], []
        for doc in sorted(by_doc):
            out = repair_file(SEEDS / doc)
            pairs = [(r["ocr"], r["gold"]) for r in by_doc[doc]]
            outputs = [out[r["line"] - 1] for r in by_doc[doc]]
            hits = [syllable_hits(o, g) for o, (_, g) in zip(outputs, pairs)]
            total = sum(n for _, n in hits)
            print(f"dev seed {doc[:3]}: {sum(h for h, _ in hits) / total:.2%} of {total}")
            all_pairs += pairs
            all_out += outputs
        hits = [syllable_hits(o, g) for o, (_, g) in zip(all_out, all_pairs)]
        print(f"dev all: {sum(h for h, _ in hits) / sum(n for _, n in hits):.2%}")
        golds = [r["gold"] for r in rows]
        print(f"gold unchanged: {sum(1 for g in golds if repairer.repair_line(g) == g) / len(golds):.2%}")
        if not args.quiet:
            classify(all_pairs, all_out, args.top, True, args.examples)
    synthetic = pickle.loads(args.synthetic.read_bytes()) if args.synthetic.exists() else {}
    for name, pairs in synthetic.items():
        if name.replace(", degraded scan", " degraded") not in wanted:
            continue
        outputs = [repairer.repair_line(ocr, vie_ocr=name.startswith("vie")) for ocr, _ in pairs]
        hits = [syllable_hits(o, g) for o, (_, g) in zip(outputs, pairs)]
        print(f"synthetic {name}: {sum(h for h, _ in hits) / sum(n for _, n in hits):.2%}")
        if not args.quiet:
            classify(pairs, outputs, args.top, True, args.examples)
    documents = pickle.loads(args.documents.read_bytes()) if args.documents and args.documents.exists() else {}
    for name, docs in documents.items():
        hits = []
        for pairs in docs:
            outputs = repairer.repair_lines([ocr for ocr, _ in pairs], vie_ocr=name.startswith("vie"),
                                            cache=DocumentCache())
            hits += [syllable_hits(o, g) for o, (_, g) in zip(outputs, pairs)]
        print(f"synthetic {name}, documents as files: {sum(h for h, _ in hits) / sum(n for _, n in hits):.2%}")


if __name__ == "__main__":
    main()
