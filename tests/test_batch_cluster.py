"""`parscan batch --scheduler` on a Dask scheduler and workers started as separate processes.

Loopback only, a few seconds: two text files and a one-page scan. The cluster is the one an
operator starts by hand (`dask scheduler`, `dask worker --nworkers 2 --nthreads 1`), so the
workers have never imported parscan before the batch; `dask_cluster` ends every process it
started, also when the test fails.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import psutil
import pytest
from conftest import REPO
from dask_processes import dask_cluster
from test_batch_inputs import render_scan, save_png, text_documents

from parscan.archive.distributed import DaskRunner

CLUSTER_ENV = {"PYTHONPATH": str(REPO)}  # the workers import this checkout's parscan


def _worker_state(address: str) -> dict[str, dict]:
    """Per worker: is the parscan plugin registered, is the sampling profiler running."""
    from distributed import Client

    def probe(dask_worker) -> dict:  # noqa: ANN001 - distributed passes its Worker
        profile = dask_worker.periodic_callbacks.get("profile")
        return {"plugin": "parscan-worker-setup" in dask_worker.plugins,
                "profiling": bool(profile and profile.is_running())}

    with Client(address, set_as_default=False) as client:
        return client.run(probe)


def test_batch_on_separately_started_dask_processes(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for n, text in enumerate(text_documents(2)):
        (archive / f"ocr_{n}.txt").write_text(text, encoding="utf-8")
    save_png(render_scan(), archive / "scan.png")
    db = tmp_path / "store.sqlite"
    with dask_cluster(tmp_path / "cluster", env=CLUSTER_ENV) as address:
        before = _worker_state(address)
        runner = DaskRunner(address)  # what `batch --scheduler` connects with
        during = _worker_state(address)
        runner.close()
        result = subprocess.run(
            [sys.executable, "-m", "parscan.cli", "batch", str(archive), "--db", str(db), "--scheduler", address],
            cwd=REPO, env={**os.environ, **CLUSTER_ENV}, capture_output=True, text=True, timeout=120,
        )
        after = _worker_state(address)
    assert result.returncode == 0, result.stderr
    assert "Dask cluster" in result.stderr and "3 done now" in result.stderr
    con = sqlite3.connect(db)
    states = dict(con.execute("SELECT path, state FROM files").fetchall())
    scan = json.loads(con.execute("SELECT d.json FROM document_json d JOIN files f USING (sha256) "
                                  "WHERE f.path LIKE '%scan.png'").fetchone()[0])
    con.close()
    assert sorted(states.values()) == ["done"] * 3
    assert "Sở Tư pháp đạt 85,46 điểm" in scan["text"]  # read by Tesseract on a worker
    # while connected, every worker has the plugin and its profiler paused; after, they are as found
    assert len(during) == 2 and all(w["plugin"] and not w["profiling"] for w in during.values())
    assert len(before) == 2 and before == after
    assert all(not w["plugin"] and w["profiling"] for w in after.values())


def test_cluster_processes_end_when_the_caller_fails(tmp_path: Path) -> None:
    pids: list[int] = []
    with pytest.raises(RuntimeError, match="half way"):
        with dask_cluster(tmp_path / "cluster", env=CLUSTER_ENV):
            ours = psutil.Process().children(recursive=True)
            pids.extend(p.pid for p in ours if "dask" in " ".join(p.cmdline()) or "spawn_main" in " ".join(p.cmdline()))
            raise RuntimeError("failed half way")
    assert len(pids) >= 3  # scheduler, the worker launcher and its processes
    assert not [pid for pid in pids if psutil.pid_exists(pid) and psutil.Process(pid).status() != "zombie"]
