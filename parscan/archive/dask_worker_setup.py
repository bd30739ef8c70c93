"""What `parscan batch --scheduler` installs on every Dask worker while it runs (a `WorkerPlugin`).

Measured on separately started `dask worker --nworkers 2 --nthreads 1` processes (BENCHMARKS.md,
"Batch on a Dask cluster"), a page task cost ~1.5x the CPU it costs in the local pool, for three
reasons that this plugin removes, and none of which is parscan's work:

- the nanny starts workers with `MALLOC_TRIM_THRESHOLD_=65536`, which freezes glibc's mmap threshold
  at 128 KiB, so every page image and OpenCV buffer is a fresh mmap: ~6x the page faults and
  +20-25 % CPU per page. `mallopt` puts the thresholds where glibc's own dynamic rule would take
  them after the first page (large buffers reused from the heap, trimmed above 64 MiB);
- the worker's sampling profiler walks the task thread's stack every 10 ms, holding the GIL
  (~20 % of a page's CPU); it is paused while the plugin is registered;
- the event-loop watchdog (every 20 ms) and the system monitor (every 0.5 s) wake an idle worker
  ~50 times a second; on a 2-core node that is CPU taken from the other worker's page.

It also preloads the pipeline (imports, the repair model) with the local pool's thread limits, so
that the first pages on a fresh worker do not pay ~2-3 s of imports each. Unregistering the plugin
(the client does it when the batch ends) restores the worker's intervals and profiler.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import importlib
import os
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from parscan.archive.distributed import PRELOAD, WORKER_ENV

PLUGIN_NAME = "parscan-worker-setup"
M_TRIM_THRESHOLD = -1  # glibc mallopt parameters (malloc.h)
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD_BYTES = 32 * 1024 * 1024  # glibc's ceiling for its dynamic mmap threshold on 64-bit
TRIM_THRESHOLD_BYTES = 64 * 1024 * 1024  # twice it, as glibc's dynamic rule sets it
PAUSED_CALLBACKS = ("profile", "profile-cycle")
SLOWER_CALLBACKS_MS = {"tick": 1000.0, "monitor": 5000.0}


def relax_malloc() -> bool:
    """Let large buffers be reused from the heap instead of mmapped and faulted in afresh each page."""
    name = ctypes.util.find_library("c")
    if not name:
        return False
    try:
        mallopt = ctypes.CDLL(name).mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    return bool(mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)) and bool(mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES))


def preload_pipeline() -> None:
    """Import what a page and an assembly task need, and load the repair model, once per worker."""
    os.environ.update(WORKER_ENV)  # before Tesseract's OpenMP runtime is loaded
    for module in PRELOAD:
        importlib.import_module(module)
    from parscan.normalizers.repair import get_repairer

    get_repairer()


class ParscanWorkerSetup(WorkerPlugin):
    """Registered by `DaskRunner` for the length of one batch; see the module docstring for why."""

    def __init__(self) -> None:
        self._paused: list[str] = []  # per worker: each worker sets up its own unpickled copy
        self._intervals: dict[str, float] = {}

    def setup(self, worker: Any) -> None:
        relax_malloc()
        callbacks = worker.periodic_callbacks
        for name in PAUSED_CALLBACKS:
            if name in callbacks and callbacks[name].is_running():
                callbacks[name].stop()
                self._paused.append(name)
        for name, milliseconds in SLOWER_CALLBACKS_MS.items():
            if name in callbacks:
                self._intervals[name] = callbacks[name].callback_time
                callbacks[name].callback_time = max(callbacks[name].callback_time, milliseconds)
        preload_pipeline()

    def teardown(self, worker: Any) -> None:
        callbacks = worker.periodic_callbacks
        for name in self._paused:
            if name in callbacks:
                callbacks[name].start()
        for name, milliseconds in self._intervals.items():
            if name in callbacks:
                callbacks[name].callback_time = milliseconds
