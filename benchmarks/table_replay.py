"""The table stage replayed alone on captured inputs: cells exact, failures, CPU and Tesseract calls per page.

Why: a real `extract` of the 58 benchmark documents (the `bench_tables.py --only wide` layouts and the
four generated ranking reports) takes most of an hour on two shared cores, and most of it is upstream of
the table stage (rasterising, preprocessing, page OCR). Their inputs to `detect_tables` (the upright page
image, the page, the options and the ruling) are captured once from real `extract` runs, then the stage
alone is run on them with the code under test, and the cells are scored as `bench_tables.py` scores them
(`table_truth.score_cells` after `interpret_tables` for the wide tables, `score_tables` for the ranking
reports). Inputs change only when something upstream of the table stage changes: capture again then.

    python benchmarks/table_replay.py capture DIR [GLOB ...] # ~2 GB of pickles, ~40 min on two cores
    python benchmarks/table_replay.py replay DIR [GLOB ...] [--cells OUT.jsonl]
    python benchmarks/table_replay.py cost DIR FILE@PAGE ... [--rounds N]

File names say what a capture is: `tuned{layout}_{dpi}_{profile}_{seed}.pkl` (the `WIDE_TUNED` layouts, in
their order, seeds 1-2), `held{layout}_...` (`WIDE_HELD_OUT`, seeds 101-102), `rank{seed}_{dpi}.pkl`
(ranking reports). `replay` prints a line a page and the totals by group and profile; `--cells` writes every
cell's reading (text, alt_text, value, kind, ocr_doubt, conf) for a cell-by-cell comparison of two versions
of the code. `cost` runs the listed pages in interleaved rounds and prints the median CPU seconds of each
against the first (the anchor) and its Tesseract calls. To replay another version of the code, put its tree
first on PYTHONPATH: this script's own checkout is only the fallback.
"""

from __future__ import annotations

import glob
import json
import os
import pickle
import statistics
import sys
import tempfile
import time
from collections import Counter
from fnmatch import fnmatch
from pathlib import Path

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))  # after PYTHONPATH: another tree given there is the code replayed

import parscan.pipeline.tables.cells as cells_mod  # noqa: E402
import parscan.pipeline.tables.reread as reread_mod  # noqa: E402
from benchmarks.table_truth import CellScore, score_cells, score_tables  # noqa: E402
from parscan.extractors.table_model import interpret_tables  # noqa: E402

CALLS: Counter = Counter()  # Tesseract readings made, by API kind


class _CountingApi:
    """A cached Tesseract API that counts its readings (`GetUTF8Text`), by kind."""

    def __init__(self, api: object, kind: str) -> None:
        self._api, self._kind = api, kind

    def GetUTF8Text(self) -> str:  # noqa: N802  (tesserocr's name)
        CALLS[self._kind] += 1
        return self._api.GetUTF8Text()

    def __getattr__(self, name: str) -> object:
        return getattr(self._api, name)


def _count_calls() -> None:
    original = cells_mod._api

    def counted(kind: str) -> _CountingApi:
        return _CountingApi(original(kind), kind)

    cells_mod._api = counted
    reread_mod._api = counted


def capture(out: Path, patterns: list[str]) -> None:
    """Each wide-table document of `bench_tables.py --only wide` and each generated ranking report through a real
    `extract`, keeping what `detect_tables` was given (skips captures already there; with patterns, only the
    captures whose key matches one: `tuned*_bad_*` takes the tuned `bad` pages alone, a quarter of the time)."""
    import benchmarks.bench_tables as bt
    import parscan.pipeline.run as run
    from parscan.pipeline.options import ExtractOptions
    from samples.generator.render import render
    from samples.generator.report import build_report
    from samples.generator.wide import build_wide_table

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    jobs = []
    for group, layouts, seeds in (("tuned", bt.WIDE_TUNED, (1, 2)), ("held", bt.WIDE_HELD_OUT, (101, 102))):
        for li, (name, kwargs) in enumerate(layouts.items()):
            for k, (dpi, profile) in enumerate((d, p) for d in (200, 250, 300) for p in ("scan", "bad")):
                seed = seeds[k % len(seeds)]
                jobs.append((f"{group}{li}_{dpi}_{profile}_{seed}", name, dpi, profile, seed,
                             lambda s=seed, kw=kwargs, d=dpi: build_wide_table(s, size=bt.SIZE_AT[d], **kw)))
    for seed, dpi in bt.GENERATED:
        jobs.append((f"rank{seed}_{dpi}", f"ranking report seed {seed}", dpi, "scan", seed,
                     lambda s=seed: build_report(s)))
    for key, name, dpi, profile, seed, build in jobs:
        if (out / f"{key}.pkl").exists() or (patterns and not any(fnmatch(key, p) for p in patterns)):
            continue
        pdf = render(build(), tmp / f"{key}.pdf", profile=profile, seed=seed, dpi=dpi)
        truth = json.loads(pdf.with_name(pdf.stem + ".truth.json").read_text(encoding="utf-8"))
        pages: list[tuple] = []
        original = run.detect_tables

        def keep(image, page, options, **kw):
            pages.append((image.copy(), page, options, kw.get("ruling")))
            return original(image, page, options, **kw)

        run.detect_tables = keep
        try:
            wanted = sorted({p for t in truth["tables"] for p in t["pages"]})
            run.extract(pdf, ExtractOptions(pages=wanted, extract_records=False, repair=False))
        finally:
            run.detect_tables = original
        with open(out / f"{key}.pkl", "wb") as f:
            pickle.dump({"name": name, "dpi": dpi, "profile": profile, "seed": seed, "truth": truth,
                         "pages": pages}, f)
        print(key, name, len(pages), "pages", flush=True)


def _group(key: str) -> str:
    """'tuned bad', 'held scan', 'ranking' from a capture's file name."""
    if key.startswith("rank"):
        return "ranking"
    return f"{'tuned' if key.startswith('tuned') else 'held'} {key.split('_')[2]}"


def replay(paths: list[str], cells_out: Path | None) -> None:
    _count_calls()
    totals: dict[str, list[int]] = {}
    failures: dict[str, Counter] = {}
    cpu_by: Counter = Counter()
    calls_by: dict[str, Counter] = {}
    dump = open(cells_out, "w", encoding="utf-8") if cells_out else None
    for path in paths:
        key = Path(path).stem
        with open(path, "rb") as f:
            d = pickle.load(f)
        CALLS.clear()
        start = time.process_time()
        tables = []
        for image, page, options, ruling in d["pages"]:
            tables += cells_mod.detect_tables(image, page, options, ruling=ruling)
        cpu = time.process_time() - start
        group = _group(key)
        cpu_by[group] += cpu
        calls_by.setdefault(group, Counter()).update(CALLS)
        if group == "ranking":
            s = score_tables(d["truth"]["tables"], tables)
            line = [s.numbers_exact, s.numbers, s.rows_found, s.rows, 0, 0]
            print(f"{key:22} {'ranking report':40} numbers {s.numbers_exact}/{s.numbers} rows {s.rows_found}/{s.rows}"
                  f" cpu {cpu:.2f}s calls {sum(CALLS.values())}", flush=True)
        else:
            joined = [item.table for item in interpret_tables(tables)]  # a table continued on page 2 joins
            s = score_cells(d["truth"]["tables"][0], joined)
            line = [s.exact, s.cells, s.rows_found, s.rows, s.ranks_read, s.ranks]
            for (_, kind), n in s.failures.items():  # summed over the columns' roles
                failures.setdefault(group, Counter())[kind] += n
            print(f"{key:22} {d['name'][:40]:40} cells {s.exact}/{s.cells} ranks {s.ranks_read}/{s.ranks} "
                  f"rows {s.rows_found}/{s.rows} tables {len(joined)} cpu {cpu:.2f}s calls {sum(CALLS.values())}",
                  flush=True)
        total = totals.setdefault(group, [0] * 6)
        for k, v in enumerate(line):
            total[k] += v
        if dump is not None:
            for table in tables:
                for c in table.cells:
                    dump.write(json.dumps([key, table.id, c.row, c.col, c.text, c.alt_text, c.value, c.kind,
                                           c.ocr_doubt, c.conf], ensure_ascii=False) + "\n")
    if dump is not None:
        dump.close()
    for group, (exact, cells, rows_found, rows, ranks_read, ranks) in sorted(totals.items()):
        print(f"TOTAL {group:12} exact {exact}/{cells} ({exact / max(1, cells):.2%}) ranks {ranks_read}/{ranks} "
              f"rows {rows_found}/{rows} cpu {cpu_by[group]:.1f}s calls {dict(calls_by[group])}")
        if failures.get(group):
            print(f"      failures: {dict(failures[group].most_common())}")


def cost(specs: list[str], rounds: int) -> None:
    _count_calls()
    pages = {}
    for spec in specs:
        path, _, index = spec.partition("@")
        with open(path, "rb") as f:
            pages[Path(spec).name] = pickle.load(f)["pages"][int(index or 0)]
    for image, page, options, ruling in pages.values():  # warm-up: the models are loaded once
        cells_mod.detect_tables(image, page, options, ruling=ruling)
    seconds: dict[str, list[float]] = {name: [] for name in pages}
    calls: dict[str, int] = {}
    for _ in range(rounds):
        for name, (image, page, options, ruling) in pages.items():
            CALLS.clear()
            start = time.process_time()
            cells_mod.detect_tables(image, page, options, ruling=ruling)
            seconds[name].append(time.process_time() - start)
            calls[name] = sum(CALLS.values())
    anchor = statistics.median(seconds[next(iter(pages))])
    for name, values in seconds.items():
        median = statistics.median(values)
        print(f"{name:28} cpu median {median:.2f}s rounds {' '.join(f'{v:.2f}' for v in values)} "
              f"x anchor {median / anchor:.2f} tesseract calls {calls[name]}")


def main() -> None:
    args = sys.argv[1:]
    if len(args) < 2 or args[0] not in ("capture", "replay", "cost"):
        sys.exit(__doc__)
    command, folder, rest = args[0], Path(args[1]), args[2:]
    if command == "capture":
        capture(folder, rest)
    elif command == "replay":
        cells_out = Path(rest[rest.index("--cells") + 1]) if "--cells" in rest else None
        patterns = [a for a in rest if not a.startswith("--") and (cells_out is None or a != str(cells_out))]
        paths = sorted({p for pat in patterns or ["*.pkl"] for p in glob.glob(str(folder / pat))})
        replay(paths, cells_out)
    else:
        rounds = int(rest[rest.index("--rounds") + 1]) if "--rounds" in rest else 3
        specs = [a for a in rest if "@" in a or a.endswith(".pkl")]
        cost([str(folder / s) for s in specs], rounds)


if __name__ == "__main__":
    main()
