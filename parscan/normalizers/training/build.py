"""Build the repair model from the repository: `python -m parscan.normalizers.training.build` (`make model`).

Deterministic: the corpus comes from files in the repo and from pyvi's word list, the OCR pairs
from rendering that corpus with fixed seeds and reading it with Tesseract `eng` and `vie`.
Writes data/repair_model.json.gz (language model, lexicon, channel tables).
"""

from __future__ import annotations

import gzip
import json
import random
import sys
import time
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from parscan.normalizers.lm import BigramLM
from parscan.normalizers.training.corpus import DATA, pyvi_words, sentence_lines
from parscan.normalizers.training.ocr_pairs import Pair, ocr_pairs
from parscan.normalizers.vietnamese import lm_token, split_edges

MODEL_PATH = DATA / "repair_model.json.gz"
CHUNK = 96


def tokens_of(line: str) -> list[str]:
    out = []
    for raw in line.split():
        core = split_edges(raw)[1]
        if core:
            out.append(lm_token(core))
    return out


def word_lines(words: list[str], count: int, seed: int) -> list[str]:
    """Random runs of dictionary words: covers syllables the running text never uses."""
    rng = random.Random(seed)
    lines = []
    for i in range(count):
        line = " ".join(rng.choice(words) for _ in range(rng.randint(5, 9)))
        lines.append(line.upper() if i % 7 == 0 else line)
    return lines


def _job(args: tuple[list[str], str, int, bool]) -> list[tuple[str, str]]:
    lines, lang, seed, degraded = args
    return [(p.ocr, p.truth) for p in ocr_pairs(lines, lang, seed, degraded)]


def collect_pairs(lines: list[str], lang: str, seed: int, workers: int, degraded: bool = False) -> list[Pair]:
    jobs = [(lines[i:i + CHUNK], lang, seed + i, degraded) for i in range(0, len(lines), CHUNK)]
    with Pool(workers) as pool:
        results = pool.map(_job, jobs)
    return [Pair(o, t) for chunk in results for o, t in chunk]


def char_confusions(pairs: list[Pair]) -> dict[str, int]:
    """Counts of edit operations truth->OCR on single syllables, 'a>b', 'a>' (lost), '>b' (extra)."""
    counts: Counter[str] = Counter()
    for pair in pairs:
        if " " in pair.ocr or " " in pair.truth:
            continue
        truth, ocr = pair.truth.lower(), pair.ocr.lower()
        matched = set(range(len(truth)))
        for op in Levenshtein.editops(truth, ocr):
            if op.tag == "replace":
                counts[f"{truth[op.src_pos]}>{ocr[op.dest_pos]}"] += 1
                matched.discard(op.src_pos)
            elif op.tag == "delete":
                counts[f"{truth[op.src_pos]}>"] += 1
                matched.discard(op.src_pos)
            else:
                counts[f">{ocr[op.dest_pos]}"] += 1
        for pos in matched:
            counts[f"{truth[pos]}>{truth[pos]}"] += 1
    return dict(counts)


def build(workers: int = 2, generated: int = 40, lm_only: bool = False) -> Path:
    """Build everything; with `lm_only`, keep the existing model's channel tables (no OCR, seconds)."""
    started = time.time()
    sentences = sentence_lines(generated)
    words = list(pyvi_words())
    lm = BigramLM.train([tokens_of(s) for s in sentences] + [tokens_of(w) for w in words])
    lexicon = sorted({t for line in sentences + words for t in tokens_of(line) if t.isalpha()})
    acronyms = sorted({
        core for line in sentences for raw in line.split()
        if (core := split_edges(raw)[1]).isupper() and len(core) > 1 and core.lower() not in set()
    })
    if lm_only:
        previous = json.loads(gzip.decompress(MODEL_PATH.read_bytes()))
        channel = {key: previous[key] for key in ("table", "table_vie", "chars") if key in previous}
        counts = {key: previous["meta"][key] for key in ("pairs_eng", "pairs_vie")}
    else:
        training = sentences + word_lines(words, 1500, seed=7)
        eng = collect_pairs(training, "eng", seed=11, workers=workers)
        # archive scans are worse than clean renders: small type, blur, noise, hard threshold
        eng += collect_pairs(training[1::2], "eng", seed=17, workers=workers, degraded=True)
        vie = collect_pairs(training[::2], "vie", seed=13, workers=workers)
        # `vie` on degraded scans misreads tone marks (kiểm -> kiếm): the light repair needs those
        vie += collect_pairs(training[1::2], "vie", seed=19, workers=workers, degraded=True)
        table: Counter[str] = Counter()
        for pair in eng + vie:
            table[f"{pair.ocr.lower()}\t{pair.truth.lower()}"] += 1
        # what `vie` alone makes of a word: the light repair of `vie` pages trusts only these
        table_vie = Counter(f"{p.ocr.lower()}\t{p.truth.lower()}" for p in vie if p.ocr.lower() != p.truth.lower())
        channel = {"table": dict(table), "table_vie": dict(table_vie), "chars": char_confusions(eng + vie)}
        counts = {"pairs_eng": len(eng), "pairs_vie": len(vie)}
    model = {
        "bigrams": lm.bigrams,
        "lexicon": lexicon,
        "acronyms": acronyms,
        **channel,
        "meta": {"sentences": len(sentences), **counts},  # no timings: the file is byte-reproducible
    }
    MODEL_PATH.write_bytes(gzip.compress(json.dumps(model, ensure_ascii=False, sort_keys=True).encode(), mtime=0))
    print(f"repair model: {model['meta']} in {time.time() - started:.0f} s -> {MODEL_PATH} "
          f"({MODEL_PATH.stat().st_size / 1e6:.1f} MB)",
          file=sys.stderr)
    return MODEL_PATH


if __name__ == "__main__":
    build(lm_only="--lm-only" in sys.argv[1:])
