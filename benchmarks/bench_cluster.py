"""`parscan batch --scheduler` on a warm Dask cluster of separate processes vs the local pool.

The cluster is what an operator starts by hand: `dask scheduler` and `dask worker --nworkers 2
--nthreads 1` (OMP_THREAD_LIMIT=1), each its own process on 127.0.0.1, warmed by one small batch
before timing. Both runs are the same command, `parscan batch FILES --db NEW.sqlite --quiet`,
with `--workers 2` (the anchor, the local process pool) or `--scheduler ADDRESS`, on the same files
(the three real scans in ../shared/realscans plus the committed samples: 17 pages). Rounds are
interleaved (local, dask, local, dask ...) because the machine is shared: every round is printed
with the 1-minute load at its start, and the ratio is dask / local of the same round pair.
"task s" is the sum of the seconds the page and assembly tasks took inside the workers (from the
store): equal task seconds and a longer wall mean the time goes outside the tasks. "CPU s" is the
CPU time of every process of the run (the command and its pool; for dask also the scheduler and
workers, idle or not),
sampled with psutil every 0.25 s: unlike wall time it hardly depends on what else the machine runs.

  PYTHONPATH=. .venv/bin/python benchmarks/bench_cluster.py --rounds 3
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from dask_processes import dask_cluster  # noqa: E402

REALSCANS = REPO.parent / "shared" / "realscans"
ENV = {**os.environ, "OMP_THREAD_LIMIT": "1", "PYTHONPATH": str(REPO)}


def corpus(root: Path) -> list[Path]:
    """Copies of the real scans and the samples (a fresh path per run would change nothing: the
    store is keyed by content, and every run gets a new store)."""
    files = sorted((REPO / "samples").glob("*.pdf")) + sorted(REALSCANS.glob("*.pdf"))
    target = root / "corpus"
    target.mkdir()
    for f in files:
        shutil.copy(f, target / f.name)
    return sorted(target.iterdir())


class CpuSampler:
    """CPU seconds of a run's processes: the command and its descendants, plus with `cluster` every
    other descendant of this process (the scheduler and workers). The last sample of each process
    counts, so a process that ends loses at most a period."""

    def __init__(self, command: subprocess.Popen, cluster: bool, period_s: float = 0.25) -> None:
        self.command = command
        self.cluster = cluster
        self.period_s = period_s
        self.first: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        import psutil

        try:
            command = psutil.Process(self.command.pid)
            processes = [command, *command.children(recursive=True)]
        except psutil.Error:
            processes = []
        if self.cluster:
            processes = psutil.Process().children(recursive=True)
        for process in processes:
            try:
                times = process.cpu_times()
            except psutil.Error:
                continue
            spent = times.user + times.system
            self.first.setdefault(process.pid, spent)
            self.last[process.pid] = spent

    def _run(self) -> None:
        while not self._stop.wait(self.period_s):
            self._sample()

    def __enter__(self) -> "CpuSampler":
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def seconds(self) -> float:
        return sum(self.last[pid] - self.first[pid] for pid in self.last)


def run_batch(files: list[Path], db: Path, scheduler: str | None, workers: int) -> dict:
    cmd = [sys.executable, "-m", "parscan.cli", "batch", *map(str, files), "--db", str(db), "--quiet"]
    cmd += ["--scheduler", scheduler] if scheduler else ["--workers", str(workers)]
    load = os.getloadavg()[0]
    started = time.perf_counter()
    command = subprocess.Popen(cmd, cwd=REPO, env=ENV)
    with CpuSampler(command, cluster=scheduler is not None) as cpu:
        if command.wait() != 0:
            raise subprocess.CalledProcessError(command.returncode, cmd)
    wall = time.perf_counter() - started
    con = sqlite3.connect(db)
    pages, failed, task_s = con.execute(
        "SELECT SUM(CASE WHEN state='done' THEN page_count ELSE 0 END), SUM(state='failed'), SUM(page_cpu_s) FROM files"
    ).fetchone()
    con.close()
    return {"wall": wall, "pages": pages or 0, "failed": failed or 0, "task_s": task_s or 0.0, "load": load,
            "cpu": cpu.seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3, help="local/dask pairs, interleaved")
    parser.add_argument("--workers", type=int, default=2, help="local workers = dask worker processes")
    args = parser.parse_args()
    if not REALSCANS.is_dir():
        sys.exit(f"{REALSCANS} is missing")
    with tempfile.TemporaryDirectory(prefix="bench_cluster_") as tmp:
        root = Path(tmp)
        files = corpus(root)
        with dask_cluster(root / "cluster", workers=args.workers, env={"PYTHONPATH": str(REPO)}) as address:
            warm = run_batch([REPO / "samples" / "criteria_plan.pdf"], root / "warm.sqlite", address, args.workers)
            print(f"cluster {address}: {args.workers} workers x 1 thread, warmed in {warm['wall']:.1f} s; "
                  f"{len(files)} files; {os.cpu_count()} cores")
            print()
            print("| round | run | pages | failed | wall s | task s | CPU s | 1-min load at start | dask / local wall |"
                  " dask / local CPU |")
            print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
            ratios, cpu_ratios = [], []
            for n in range(1, args.rounds + 1):
                local = run_batch(files, root / f"local{n}.sqlite", None, args.workers)
                dask = run_batch(files, root / f"dask{n}.sqlite", address, args.workers)
                ratios.append(dask["wall"] / local["wall"])
                cpu_ratios.append(dask["cpu"] / local["cpu"])
                for name, r in (("local pool (anchor)", local), ("dask --scheduler", dask)):
                    ratio = f"{ratios[-1]:.2f} | {cpu_ratios[-1]:.2f}" if name.startswith("dask") else "1.00 | 1.00"
                    print(f"| {n} | {name} | {r['pages']} | {r['failed']} | {r['wall']:.1f} | {r['task_s']:.1f} | "
                          f"{r['cpu']:.1f} | {r['load']:.1f} | {ratio} |", flush=True)
    print()
    print(f"dask / local wall: median {statistics.median(ratios):.2f}, "
          f"every round {', '.join(f'{r:.2f}' for r in ratios)}; CPU: median {statistics.median(cpu_ratios):.2f}, "
          f"every round {', '.join(f'{r:.2f}' for r in cpu_ratios)}")


if __name__ == "__main__":
    main()
