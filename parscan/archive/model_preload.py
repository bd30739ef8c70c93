"""Imported last by the forkserver of the local worker pool (`distributed.PRELOAD`): loads Tesseract's
default model there, once, before any worker is forked.

Why: every worker forked afterwards starts with the model in memory (shared, copy-on-write) instead
of loading it on its first page (~0.25 s of CPU each, on the critical path of `extract --jobs N`:
BENCHMARKS.md, issue 16, session 7). The forkserver imports this while the client is still
importing typer and the pipeline, so it costs no wall time there. Importing it anywhere else is
harmless (the engine is the process's one instance either way).
"""

from __future__ import annotations

from parscan.pipeline.ocr import get_engine
from parscan.pipeline.options import ExtractOptions


def _load_default_model() -> None:
    try:
        engine = get_engine(ExtractOptions().ocr_engine)
        load = getattr(engine, "load", None)  # the `tesseract` command engine has nothing to load
        if load is not None:
            load(ExtractOptions().lang)
    except Exception:  # noqa: BLE001 - a missing model fails the first page, with its own message, as before
        pass


_load_default_model()
