"""Batch throughput: `parscan batch` (OCR + repair + extraction + searchable PDF) vs `ocrmypdf -l vie`
(searchable PDF only) on the same scanned pages, scaling from 1 to N workers, and peak memory per worker.

Corpus: the committed scanned samples, the three real Đà Nẵng scans (../shared/realscans) and
`--generated` scanned reports from `samples.generator` (seeded), 20+ pages in all. The anchor is
ocrmypdf with the same number of jobs, run over the same files one after the other (how an archive
is usually fed to it), in the same run. Heavy: run once, on a quiet machine, e.g.
  PYTHONPATH=. nice -n 10 .venv/bin/python benchmarks/bench_batch.py --workers 1,2
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

REALSCANS = REPO.parent / "shared" / "realscans"
ENV = {**os.environ, "OMP_THREAD_LIMIT": "1", "PYTHONPATH": str(REPO)}


def build_corpus(root: Path, generated: int) -> list[Path]:
    files = sorted((REPO / "samples").glob("*.pdf"))
    if REALSCANS.is_dir():
        files += sorted(REALSCANS.glob("*.pdf"))
    if generated:
        gen = root / "generated"
        subprocess.run(
            [sys.executable, "-m", "samples.generator", "--out", str(gen), "--count", str(generated),
             "--profile", "scan", "--seed", "7"],
            cwd=REPO, env=ENV, check=True, capture_output=True,
        )
        files += sorted(gen.glob("*.pdf"))
    corpus = root / "corpus"
    corpus.mkdir()
    copies = []
    for f in files:
        copies.append(corpus / f.name)
        shutil.copy(f, copies[-1])
    return copies


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    with pdfium.PdfDocument(str(path)) as pdf:
        return len(pdf)


def run_parscan(files: list[Path], root: Path, workers: int, scheduler: str | None = None) -> dict:
    tag = f"dask{workers}" if scheduler else f"local{workers}"
    db, pdf_out = root / f"{tag}.sqlite", root / f"{tag}-pdf"
    cmd = [sys.executable, "-m", "parscan.cli", "batch", *map(str, files), "--db", str(db), "--quiet",
           "--pdf-out", str(pdf_out)]
    cmd += ["--scheduler", scheduler] if scheduler else ["--workers", str(workers)]
    started = time.perf_counter()
    subprocess.run(cmd, cwd=REPO, env=ENV, check=True)
    wall = time.perf_counter() - started
    con = sqlite3.connect(db)
    pages, failed, peak, cpu = con.execute(
        "SELECT SUM(CASE WHEN state='done' THEN page_count ELSE 0 END), SUM(state='failed'), MAX(peak_rss_mb), "
        "SUM(page_cpu_s) FROM files"
    ).fetchone()
    con.close()
    return {"name": f"parscan batch ({'Dask LocalCluster' if scheduler else 'process pool'})", "workers": workers,
            "pages": pages or 0, "failed": failed or 0, "wall": wall, "peak_mb": peak, "cpu": cpu}


def run_ocrmypdf(files: list[Path], root: Path, jobs: int) -> dict:
    out = root / f"ocrmypdf{jobs}"
    out.mkdir()
    started = time.perf_counter()
    failed = 0
    for f in files:
        # --redo-ocr replaces an old invisible OCR layer, as parscan does; some PDFs need --force-ocr
        for mode in ("--redo-ocr", "--force-ocr"):
            result = subprocess.run(
                ["ocrmypdf", "-l", "vie", "--jobs", str(jobs), mode, "--output-type", "pdf", "-q",
                 str(f), str(out / f.name)],
                env=ENV, capture_output=True,
            )
            if result.returncode == 0:
                break
        failed += result.returncode != 0
    wall = time.perf_counter() - started
    pages = sum(page_count(f) for f in files)
    return {"name": "ocrmypdf -l vie (anchor)", "workers": jobs, "pages": pages, "failed": failed, "wall": wall,
            "peak_mb": None, "cpu": None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", default="1,2", help="worker counts to measure, e.g. 1,2")
    parser.add_argument("--generated", type=int, default=3, help="generated 3-page scanned reports to add")
    parser.add_argument("--dask", action="store_true", help="also run on a Dask LocalCluster (largest N)")
    parser.add_argument("--no-ocrmypdf", action="store_true")
    args = parser.parse_args()
    counts = [int(x) for x in args.workers.split(",")]
    with tempfile.TemporaryDirectory(prefix="bench_batch_") as tmp:
        root = Path(tmp)
        files = build_corpus(root, args.generated)
        total_pages = sum(page_count(f) for f in files)
        print(f"corpus: {len(files)} PDFs, {total_pages} scanned pages; machine: {os.cpu_count()} cores")
        rows = []
        for n in counts:
            if not args.no_ocrmypdf:
                rows.append(run_ocrmypdf(files, root, n))
            rows.append(run_parscan(files, root, n))
        if args.dask:
            from distributed import LocalCluster

            n = max(counts)
            with LocalCluster(processes=True, n_workers=n, threads_per_worker=1, dashboard_address=None) as cluster:
                rows.append(run_parscan(files, root, n, scheduler=cluster.scheduler_address))
    anchors = {r["workers"]: r for r in rows if r["name"].startswith("ocrmypdf")}
    single = next((r for r in rows if r["name"].startswith("parscan") and r["workers"] == min(counts)), None)
    print()
    print("| run | workers | pages | failed | wall s | pages/min | × ocrmypdf (same N) | × parscan N=1 | peak MB/worker |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        ppm = r["pages"] / r["wall"] * 60
        anchor = anchors.get(r["workers"])
        vs_anchor = f"{ppm / (anchor['pages'] / anchor['wall'] * 60):.2f}" if anchor else "-"
        vs_single = (
            f"{ppm / (single['pages'] / single['wall'] * 60):.2f}" if single and r["name"].startswith("parscan") else "-"
        )
        peak = f"{r['peak_mb']:.0f}" if r["peak_mb"] else "-"
        print(f"| {r['name']} | {r['workers']} | {r['pages']} | {r['failed']} | {r['wall']:.1f} | {ppm:.1f} | "
              f"{vs_anchor} | {vs_single} | {peak} |")


if __name__ == "__main__":
    main()
