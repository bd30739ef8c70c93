"""Repair accuracy and speed, with pyvi's diacritic restorer as the accuracy anchor, in one run.

Syllable accuracy = share of gold syllables reproduced exactly after aligning the output to the
gold line (edit-distance alignment of whitespace tokens, punctuation at token edges ignored).
Sets: the dev gold lines of the five seeds (never used for training; the output of `parscan repair
SEED_FILE` itself, and each line alone as a second figure), the gold lines fed back as input (must
pass unchanged), and held-out synthetic pairs: generated documents with seeds the model never saw,
rendered and read by Tesseract `eng` and `vie`.

Speed is what a user gets: a new `parscan repair FILE` process per seed file and per held-out
synthetic file (its OCR lines in order), text no process has seen, the per-user model cache present
(warmed first on an empty file). Anchors in the same run: `python -c pass` and `parscan repair` of
an empty file (start-up, imports and model load); "beyond start-up" divides by the wall time minus
that anchor. Median of --rounds, the anchor measured in every round; CPU is the child's own (wait4),
peak memory its VmHWM.
Usage: python benchmarks/bench_repair.py [--synthetic-docs N] [--rounds N] [--no-pyvi]

`--cold TREE [TREE ...]` times the speed part alone, for one or more checkouts (say main and a
branch) interleaved within each round, so that a shared machine's load falls on all of them alike:
per round and tree `parscan repair` of an empty file (start-up), of each seed file and of each
held-out synthetic file (`--synthetic PICKLE`, the pairs repair_misses.py --write-synthetic writes),
the model load in a new process (`get_repairer()`, CPU), and `parscan extract --format text --jobs 1`
of a bundled sample (`--extract`). Each tree's outputs must be byte-identical to the first tree's.
Usage: python benchmarks/bench_repair.py --cold ../parscan-main . [--rounds 5] [--synthetic PICKLE]
"""


from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from rapidfuzz.distance import Levenshtein  # noqa: E402

from parscan.normalizers.vietnamese import split_edges  # noqa: E402

DEV = REPO.parent / "shared" / "dev" / "lines.jsonl"
SEEDS = REPO.parent / "shared" / "seeds"
# as a user runs it: Python writes and reuses its bytecode (this machine's PYTHONDONTWRITEBYTECODE would
# recompile every module of every run)
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "PYTHONPATH": str(REPO)}
PARSCAN = [sys.executable, "-m", "parscan.cli"]


def run(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[float, float, str]:
    """A new process: wall seconds, CPU seconds of that process alone (wait4), stdout. `cwd`: where it
    runs (`python -m`/`-c` import from there first: a checkout there would shadow PYTHONPATH's)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, env=env or ENV, cwd=cwd)
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status:
        raise SystemExit(f"{' '.join(cmd)}: exit status {status}")
    return wall, usage.ru_utime + usage.ru_stime, out.decode()


def peak_mb(path: Path, env: dict[str, str] | None = None, cwd: Path | None = None) -> int:
    """Peak memory of `parscan repair FILE` (VmHWM at exit: a child's ru_maxrss would count the
    benchmark process it was forked from)."""
    code = ("import atexit, re, sys; atexit.register(lambda: sys.stderr.write(re.search(r'VmHWM:\\s+(\\d+)', "
            "open('/proc/self/status').read()).group(1))); sys.argv = ['parscan', 'repair', sys.argv[1]]; "
            "from parscan.cli import main; main()")
    done = subprocess.run([sys.executable, "-c", code, str(path)], env=env or ENV, cwd=cwd, capture_output=True,
                          text=True, check=True)
    return int(done.stderr.strip().splitlines()[-1]) // 1024


def model_load() -> tuple[float, float]:
    """(imports, model load) seconds of `get_repairer()` in a new process, cache present."""
    code = ("import time; t = time.perf_counter(); from parscan.normalizers.repair import get_repairer; "
            "m = time.perf_counter(); get_repairer(); print(m - t, time.perf_counter() - m)")
    imports, load = run([sys.executable, "-c", code])[2].split()
    return float(imports), float(load)


def cores(line: str) -> list[str]:
    return [c for c in (split_edges(t)[1] for t in line.split()) if c]


def syllable_hits(output: str, gold: str) -> tuple[int, int]:
    out, ref = cores(output), cores(gold)
    hits = sum(1 for tag, _, _ in _aligned(out, ref) if tag == "equal")
    return hits, len(ref)


def _aligned(out: list[str], ref: list[str]):
    for op in Levenshtein.opcodes(out, ref):
        if op.tag == "equal":
            for _ in range(op.dest_end - op.dest_start):
                yield ("equal", None, None)


def pyvi_restore(text: str) -> str:
    from pyvi import ViUtils

    try:
        restored = ViUtils.add_accents(ViUtils.remove_accents(text).decode() if isinstance(
            ViUtils.remove_accents(text), bytes) else ViUtils.remove_accents(text))
        return restored if isinstance(restored, str) else restored.decode()
    except Exception:  # noqa: BLE001 - pyvi raises KeyError and others on noisy lines
        return text


def synthetic_pairs(docs: int, first_seed: int = 10_000) -> dict[str, list[tuple[str, str]]]:
    """(OCR line, truth line) from generated documents the model was not built from: seeds 10000+ are
    the held-out rows, seeds 20000+ the tuning pairs weights are chosen on."""
    from parscan.normalizers.training.ocr_pairs import render_block
    from samples.generator import build_criteria_plan, build_letter, build_report, render_text
    import random
    import tesserocr
    from parscan.pipeline.ocr_tesserocr import tessdata_dir

    lines: list[str] = []
    for seed in range(first_seed, first_seed + docs):
        for spec in (build_report(seed), build_criteria_plan(seed), build_letter(seed)):
            lines += [l for l in render_text(spec).replace("\f", "\n").splitlines() if l.strip()]
    out: dict[str, list[tuple[str, str]]] = {}
    for name, lang, degraded in (("eng", "eng", False), ("eng, degraded scan", "eng", True), ("vie", "vie", False),
                                    ("vie, degraded scan", "vie", True)):
        api = tesserocr.PyTessBaseAPI(path=tessdata_dir(), lang=lang, psm=tesserocr.PSM.SINGLE_BLOCK)
        rng = random.Random(99)
        pairs = []
        for start in range(0, len(lines), 24):
            image, laid = render_block(lines[start:start + 24], rng, degraded)
            api.SetImage(image)
            read = [l for l in api.GetUTF8Text().splitlines() if l.strip()]
            if len(read) == len(laid):
                pairs += list(zip(read, laid))
        out[name] = pairs
        api.End()
    return out


def speed(files: dict[str, Path], rounds: int) -> dict[str, str]:
    """Time `parscan repair FILE` per file; returns each file's output of the first round."""
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.txt"
        empty.write_text("", encoding="utf-8")
        run([*PARSCAN, "repair", str(empty)])  # the per-user model cache, as a user has it after one run
        passes, starts, start_cpus, loads = [], [], [], []
        walls: dict[str, list[float]] = defaultdict(list)
        cpus: dict[str, list[float]] = defaultdict(list)
        outputs: dict[str, str] = {}
        for _ in range(rounds):
            passes.append(run([sys.executable, "-c", "pass"])[0])
            wall, cpu, _ = run([*PARSCAN, "repair", str(empty)])
            starts.append(wall)
            start_cpus.append(cpu)
            loads.append(model_load())
            for name, path in files.items():
                wall, cpu, out = run([*PARSCAN, "repair", str(path)])
                walls[name].append(wall)
                cpus[name].append(cpu)
                outputs.setdefault(name, out)
        peaks = {name: peak_mb(path) for name, path in files.items()}
    start, start_cpu = statistics.median(starts), statistics.median(start_cpus)
    print(f"\nanchors (median of {rounds}): python -c pass {statistics.median(passes):.3f} s; "
          f"parscan repair of an empty file {start:.3f} s ({start_cpu:.3f} s CPU); in a new process: imports of "
          f"the repair module {statistics.median(l[0] for l in loads):.3f} s, model load "
          f"{statistics.median(l[1] for l in loads):.3f} s")
    print(f"{'parscan repair FILE':38} {'syllables':>9} {'wall s':>7} {'syll/s':>8} {'beyond start-up':>15} "
          f"{'CPU s':>6} {'CPU beyond':>10} {'peak MB':>7}")
    for name, path in files.items():
        syllables = len(path.read_text(encoding="utf-8").split())
        wall, cpu = statistics.median(walls[name]), statistics.median(cpus[name])
        beyond = f"{syllables / (wall - start):15,.0f}" if wall > start else f"{'-':>15}"
        beyond_cpu = f"{syllables / (cpu - start_cpu):10,.0f}" if cpu > start_cpu else f"{'-':>10}"
        print(f"{name:38} {syllables:9d} {wall:7.2f} {syllables / wall:8,.0f} {beyond} {cpu:6.2f} {beyond_cpu} "
              f"{peaks[name]:7d}")
    return outputs


def cold(trees: list[Path], rounds: int, synthetic: Path | None, extract: Path | None) -> None:
    """`parscan repair FILE` as a user runs it, for each checkout in `trees`, interleaved per round
    (see the module's docstring); medians of `rounds`. CPU is the child's (wait4), in seconds."""
    import pickle

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)  # also where the processes run: no checkout's package shadows PYTHONPATH's
        files = {f"seed {path.name[:3]}": path for path in sorted(SEEDS.glob("[0-9]*.txt"))}
        if synthetic is not None:
            for name, pairs in pickle.loads(synthetic.read_bytes()).items():
                files[f"held-out synthetic {name}"] = tmp / f"{name}.txt"
                files[f"held-out synthetic {name}"].write_text("\n".join(o for o, _ in pairs) + "\n", encoding="utf-8")
        empty = Path(tmp) / "empty.txt"
        empty.write_text("", encoding="utf-8")
        envs = {tree: {**ENV, "PYTHONPATH": str(tree)} for tree in trees}
        load = ("import time; from parscan.normalizers.repair import get_repairer; t = time.process_time(); "
                "get_repairer(); print(time.process_time() - t)")
        cpu: dict[tuple[Path, str], list[float]] = defaultdict(list)
        outputs: dict[tuple[Path, str], str] = {}
        for tree in trees:  # the per-user model cache, as a user has it after one run
            run([*PARSCAN, "repair", str(empty)], envs[tree], tmp)
        for round_ in range(rounds):
            # the order of the trees alternates per round: on a loaded machine the tree that ran first in a
            # round read faster (session 13's runs), and a fixed order favoured it
            for tree in trees if round_ % 2 == 0 else trees[::-1]:
                env = envs[tree]
                cpu[tree, "start-up"].append(run([*PARSCAN, "repair", str(empty)], env, tmp)[1])
                cpu[tree, "model load"].append(float(run([sys.executable, "-c", load], env, tmp)[2]))
                for name, path in files.items():
                    _, seconds, out = run([*PARSCAN, "repair", str(path)], env, tmp)
                    cpu[tree, name].append(seconds)
                    outputs.setdefault((tree, name), out)
                if extract is not None:
                    cpu[tree, "extract"].append(run([*PARSCAN, "extract", str(extract), "--format", "text", "--jobs",
                                                     "1", "--quiet"], env, tmp)[1])
        peaks = {(tree, name): peak_mb(path, envs[tree], tmp) for tree in trees for name, path in files.items()}
        syllables = {name: len(path.read_text(encoding="utf-8").split()) for name, path in files.items()}
    for tree in trees[1:]:
        differ = [name for name in files if outputs[tree, name] != outputs[trees[0], name]]
        print(f"{tree}: output {'differs on ' + ', '.join(differ) if differ else 'byte-identical'} to {trees[0]}'s")
    median = {key: statistics.median(values) for key, values in cpu.items()}
    print(f"\nCPU seconds, median of {rounds} rounds (trees interleaved in each, their order alternating)")
    for tree in trees:
        extra = f"; extract {extract.name} {median[tree, 'extract']:.3f} s" if extract is not None else ""
        print(f"{tree}: start-up (empty file) {median[tree, 'start-up']:.3f} s; model load "
              f"{median[tree, 'model load']:.3f} s{extra}")
    print(f"{'parscan repair FILE':38} {'syllables':>9} " + " ".join(
        f"{'CPU s':>6} {'syll/s':>7} {'beyond':>7} {'MB':>4}" for _ in trees))
    for name in files:
        cells = []
        for tree in trees:
            seconds, start = median[tree, name], median[tree, "start-up"]
            beyond = f"{syllables[name] / (seconds - start):7,.0f}" if seconds > start else f"{'-':>7}"
            cells.append(f"{seconds:6.3f} {syllables[name] / seconds:7,.0f} {beyond} {peaks[tree, name]:4d}")
        print(f"{name:38} {syllables[name]:9d} " + " ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--synthetic-docs", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-pyvi", action="store_true")
    parser.add_argument("--cold", type=Path, nargs="+", metavar="TREE", help="speed only, of these checkouts")
    parser.add_argument("--synthetic", type=Path, help="with --cold: held-out pairs (repair_misses.py's pickle)")
    parser.add_argument("--extract", type=Path, default=REPO / "samples" / "bad_archive_letter.pdf",
                        help="with --cold: the sample `parscan extract` is timed on")
    args = parser.parse_args()
    if args.cold:
        cold([tree.resolve() for tree in args.cold], args.rounds, args.synthetic, args.extract)
        return
    from parscan.normalizers.repair import get_repairer

    repairer = get_repairer()
    rows: list[tuple[str, int, float, float, float]] = []

    def measure(name: str, pairs: list[tuple[str, str]], vie_ocr: bool = False,
                outputs: list[str] | None = None) -> None:
        hits = {"raw": 0, "parscan": 0, "pyvi": 0}
        total = 0
        for k, (ocr, gold) in enumerate(pairs):
            h, n = syllable_hits(ocr, gold)
            hits["raw"] += h
            total += n
            ours = outputs[k] if outputs is not None else repairer.repair_line(ocr, vie_ocr=vie_ocr)
            hits["parscan"] += syllable_hits(ours, gold)[0]
            if not args.no_pyvi:
                hits["pyvi"] += syllable_hits(pyvi_restore(ocr), gold)[0]
        rows.append((name, total, hits["raw"] / total, hits["parscan"] / total, hits["pyvi"] / total))

    dev = [json.loads(l) for l in DEV.read_text(encoding="utf-8").splitlines()] if DEV.exists() else []
    dev = [r for r in dev if r["gold"]]
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for row in dev:
        by_doc[row["doc"]].append(row)
    synthetic = synthetic_pairs(args.synthetic_docs)
    with tempfile.TemporaryDirectory() as tmp:
        files = {f"seed {doc[:3]}": SEEDS / doc for doc in sorted(by_doc)}
        for lang, pairs in synthetic.items():
            files[f"held-out synthetic {lang}"] = Path(tmp) / f"{lang}.txt"
            files[f"held-out synthetic {lang}"].write_text("\n".join(ocr for ocr, _ in pairs) + "\n", encoding="utf-8")
        outputs = speed(files, args.rounds)
    print()
    # the dev rows are the output of `parscan repair SEED_FILE` (the speed runs above)
    whole: dict[tuple[str, int], str] = {}
    for doc in sorted(by_doc):
        out = outputs[f"seed {doc[:3]}"].replace("\f", "\n").split("\n")
        for row in by_doc[doc]:
            whole[doc, row["line"]] = out[row["line"] - 1]
        measure(f"dev seed {doc[:3]}", [(r["ocr"], r["gold"]) for r in by_doc[doc]],
                outputs=[whole[doc, r["line"]] for r in by_doc[doc]])
    if dev:
        measure("dev all seeds", [(r["ocr"], r["gold"]) for r in dev], outputs=[whole[r["doc"], r["line"]] for r in dev])
        measure("dev all seeds, each line alone", [(r["ocr"], r["gold"]) for r in dev])
    for lang, pairs in synthetic.items():
        # `vie` OCR of a scan is repaired as `parscan extract` does it (tone marks checked too)
        measure(f"held-out synthetic {lang}", pairs, vie_ocr=lang.startswith("vie"))

    print(f"{'set':38} {'syllables':>9} {'raw OCR':>8} {'parscan':>8} {'pyvi':>8} {'×pyvi':>6}")
    for name, total, raw, ours, anchor in rows:
        ratio = f"{ours / anchor:6.2f}" if anchor else "     -"
        print(f"{name:38} {total:9d} {raw:8.2%} {ours:8.2%} {anchor:8.2%} {ratio}")
    if dev:
        golds = [r["gold"] for r in dev]
        unchanged = sum(1 for g in golds if repairer.repair_line(g) == g) / len(golds)
        print(f"gold lines as input, unchanged: {unchanged:.2%} of {len(golds)}")


if __name__ == "__main__":
    main()
