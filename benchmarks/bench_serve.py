"""The workbench's document view (issue 14): a 300-dpi scanned page served in < 300 ms once cached.

A store is made by `parscan batch` from page 1 of a generated report scanned at 300 dpi (the ranking
table, with a planted misread; tests/web_store.py), then the workbench is served by uvicorn on loopback and
fetched over HTTP as a browser would: the document view (HTML with every word, line, cell and evidence box
of the page) and the page image.  First view: the audit of the document and the page's rendering from the
PDF (both then cached).  Anchor, in the same run: reading the cached page JPEG from disk.

    python benchmarks/bench_serve.py [--repeat 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

import httpx  # noqa: E402

from tests.web_store import LiveServer, build_inputs, run_batch  # noqa: E402

FLOOR_MS = 300.0


def _ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(1000 * (time.perf_counter() - t))
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        build_inputs(Path(tmp) / "inputs")
        (Path(tmp) / "inputs" / "report_text.txt").unlink()
        db = Path(tmp) / "archive.sqlite"
        done = run_batch(Path(tmp) / "inputs", db)
        assert done.returncode == 0, done.stderr
        with LiveServer(db) as url, httpx.Client(base_url=url, timeout=60) as client:
            import re

            sha = re.search(r"/doc/([0-9a-f]{64})", client.get("/").text).group(1)

            def view() -> None:
                assert client.get(f"/doc/{sha}").status_code == 200
                assert client.get(f"/doc/{sha}/page/1.jpg").status_code == 200

            first = _ms(view, 1)
            cached_jpeg = next((Path(tmp) / "archive.sqlite.pages").glob("*.jpg"))
            anchor = _ms(cached_jpeg.read_bytes, args.repeat)
            html = _ms(lambda: client.get(f"/doc/{sha}"), args.repeat)
            image = _ms(lambda: client.get(f"/doc/{sha}/page/1.jpg"), args.repeat)
            both = _ms(view, args.repeat)
            size = len(client.get(f"/doc/{sha}").content)
            jpeg_kib = cached_jpeg.stat().st_size // 1024
    print(f"document view of a 300-dpi page ({size // 1024} KiB of HTML, page image 1600 px JPEG "
          f"{jpeg_kib} KiB); median of {args.repeat}")
    print(f"{'what':<44}{'ms':>10}{'x anchor':>10}")
    rows = [("anchor: read the cached page JPEG from disk", anchor), ("first view (audit + render page), once", first),
            ("cached: document HTML", html), ("cached: page image", image), ("cached: HTML + image", both)]
    for name, ms in rows:
        print(f"{name:<44}{ms:>10.3f}{ms / anchor:>10.0f}")
    print(f"floor: cached view < {FLOOR_MS:.0f} ms: {'met' if both < FLOOR_MS else 'NOT met'}")


if __name__ == "__main__":
    main()
