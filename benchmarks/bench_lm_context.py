"""Would a longer context help the repair's language model? Bigram vs trigram, same corpus, same run.

Both are interpolated modified Kneser-Ney (Chen & Goodman: three discounts per order) trained on the
text the repair model's language model is built from (training/build.py: the repo's corpus and
pyvi's word list); the shipped bigram (lm.py) is the anchor. Held out: the dev gold lines (measured,
never trained on) and the text of generated documents with seeds the corpus never used (10000+).
Two measures: perplexity, and the choice the repair leaves to the language model: at every syllable
whose diacritic-free skeleton other lexicon words share (tinh/tính/tỉnh), the variant the model
scores best with the gold neighbours on both sides (bigram: P(c|p) P(n|c); trigram: P(c|pp,p)
P(n|p,c) P(nn|c,n)). That is the most a model can add to the decoder, which also sees the channel.
The trigram is also measured with the shipped model's context prior on its bigram back-off (lm.CONTEXT_PRIOR).
Usage: python benchmarks/bench_lm_context.py
"""

from __future__ import annotations

import json
import math
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import numpy as np  # noqa: E402

from parscan.normalizers.lm import CONTEXT_PRIOR, BigramLM  # noqa: E402
from parscan.normalizers.training.build import tokens_of  # noqa: E402
from parscan.normalizers.training.corpus import pyvi_words, sentence_lines  # noqa: E402
from parscan.normalizers.vietnamese import skeleton  # noqa: E402
from samples.generator import build_criteria_plan, build_letter, build_report, render_text  # noqa: E402

DEV = REPO.parent / "shared" / "dev" / "lines.jsonl"
BOS, EOS = "<s>", "</s>"


class KneserNey:
    """Interpolated modified Kneser-Ney of any order, as dicts (a measuring tool, not the shipped model)."""

    def __init__(self, sentences: list[list[str]], order: int, prior: float = 0.0) -> None:
        """`prior`: the shipped model's CONTEXT_PRIOR, added to a one-word context's total when spreading its
        back-off mass (0: textbook Kneser-Ney)."""
        self.order, self.prior = order, prior
        top: Counter[tuple[str, ...]] = Counter()
        for tokens in sentences:
            seq = [BOS] * (order - 1) + tokens + [EOS]
            for i in range(order - 1, len(seq)):
                top[tuple(seq[i - order + 1:i + 1])] += 1
        self.counts = {order: top}
        for n in range(order - 1, 0, -1):  # lower orders count the contexts a gram continues
            self.counts[n] = Counter(gram[1:] for gram in self.counts[n + 1])
        self.discounts, self.totals, self.kinds = {}, {}, {}
        for n, counts in self.counts.items():
            of = Counter(v for v in counts.values() if v <= 4)
            n1, n2, n3, n4 = (of[k] or 1 for k in (1, 2, 3, 4))
            y = n1 / (n1 + 2 * n2)
            self.discounts[n] = (0.0, 1 - 2 * y * n2 / n1, 2 - 3 * y * n3 / n2, 3 - 4 * y * n4 / n3)
            totals: Counter[tuple[str, ...]] = Counter()
            kinds: dict[tuple[str, ...], list[int]] = defaultdict(lambda: [0, 0, 0])
            for gram, v in counts.items():
                totals[gram[:-1]] += v
                kinds[gram[:-1]][min(v, 3) - 1] += 1
            self.totals[n], self.kinds[n] = totals, kinds
        self.vocabulary = len(self.counts[1]) + 1

    def grams(self) -> int:
        return sum(len(c) for c in self.counts.values())

    def prob(self, history: list[str], word: str) -> float:
        p = 1 / self.vocabulary
        for n in range(1, self.order + 1):
            context = tuple(history[len(history) - n + 1:]) if n > 1 else ()
            total = self.totals[n].get(context, 0)
            if total:
                count = self.counts[n].get(context + (word,), 0)
                d = self.discounts[n]
                k = self.kinds[n][context]
                spread = total + (self.prior if n == 2 else 0.0)
                p = max(count - d[min(count, 3)], 0) / total + (d[1] * k[0] + d[2] * k[1] + d[3] * k[2]) / spread * p
        return p


def held_out() -> dict[str, list[list[str]]]:
    sets = {}
    if DEV.exists():
        rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
        sets["dev gold lines"] = [tokens_of(r["gold"]) for r in rows if r["gold"]]
    lines = []
    for seed in range(10_000, 10_004):
        for spec in (build_report(seed), build_criteria_plan(seed), build_letter(seed)):
            lines += [tokens_of(line) for line in render_text(spec).replace("\f", "\n").splitlines() if line.strip()]
    sets["held-out synthetic (seeds 10000+)"] = lines
    return sets


def evaluate(model: KneserNey, lines: list[list[str]], variants: dict[str, list[str]]) -> tuple[float, int, int]:
    """(perplexity, right choices, choices)."""
    logprob, tokens, right, choices = 0.0, 0, 0, 0
    for line in lines:
        seq = [BOS, BOS, *line, EOS, EOS]
        for i in range(2, len(line) + 3):
            logprob += math.log(model.prob(seq[:i], seq[i]))
            tokens += 1
        for i in range(2, len(line) + 2):
            options = variants.get(skeleton(seq[i]), [])
            if seq[i] not in options:
                continue

            def score(option: str) -> float:
                trial = seq[:i] + [option] + seq[i + 1:]
                span = range(i, min(i + model.order, len(trial)))
                return sum(math.log(model.prob(trial[:j], trial[j])) for j in span)

            right += max(options, key=score) == seq[i]
            choices += 1
    return math.exp(-logprob / tokens), right, choices


def shipped_choices(lm: BigramLM, lines: list[list[str]], variants: dict[str, list[str]]) -> int:
    right = 0
    for line in lines:
        seq = [BOS, *line, EOS]
        for i in range(1, len(line) + 1):
            options = variants.get(skeleton(seq[i]), [])
            if seq[i] not in options:
                continue
            ids = np.array([lm.id(o) for o in options])
            before, after = np.full(len(ids), lm.id(seq[i - 1])), np.full(len(ids), lm.id(seq[i + 1]))
            scores = lm.logprobs(before, ids) + lm.logprobs(ids, after)
            right += options[int(np.argmax(scores))] == seq[i]
    return right


def main() -> None:
    corpus = [tokens_of(s) for s in sentence_lines()] + [tokens_of(w) for w in pyvi_words()]
    variants: dict[str, list[str]] = defaultdict(list)
    for word in sorted({t for line in corpus for t in line if t.isalpha()}):
        variants[skeleton(word)].append(word)
    variants = {k: v for k, v in variants.items() if len(v) > 1}
    started = time.perf_counter()
    shipped = BigramLM.from_state(BigramLM.train(corpus).state())
    built = {"shipped bigram (anchor)": time.perf_counter() - started}
    models = {}
    for name, order, prior in (("bigram, modified KN", 2, 0.0), ("trigram, modified KN", 3, 0.0),
                               ("trigram, + context prior", 3, CONTEXT_PRIOR)):
        started = time.perf_counter()
        models[name] = KneserNey(corpus, order, prior)
        built[name] = time.perf_counter() - started
    print(f"corpus: {sum(map(len, corpus)):,} tokens; n-grams stored (training s): shipped {len(shipped._keys) - 1:,} "
          f"({built['shipped bigram (anchor)']:.1f}), "
          + ", ".join(f"{name} {m.grams():,} ({built[name]:.1f})" for name, m in models.items()))
    print(f"{'held-out set':36} {'model':26} {'perplexity':>10} {'choices':>8} {'right':>7} {'errors ×anchor':>14}")
    for set_name, lines in held_out().items():
        rows = []
        for name, model in models.items():
            ppl, right, choices = evaluate(model, lines, variants)
            rows.append((name, f"{ppl:10.1f}", right, choices))
        anchor = shipped_choices(shipped, lines, variants)
        choices = rows[0][3]
        for name, ppl, right, _ in [("shipped bigram (anchor)", f"{'-':>10}", anchor, choices), *rows]:
            ratio = (choices - right) / max(1, choices - anchor)
            print(f"{set_name:36} {name:26} {ppl} {choices:8d} {right / choices:7.2%} {ratio:14.2f}")


if __name__ == "__main__":
    main()
