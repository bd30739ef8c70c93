"""`parscan extract --jobs N` and `--pdf-out` (issue 16): real OCR, through the command line.

The pages of one file run on the batch's worker pool; the document JSON must be byte for byte
that of `--jobs 1`; the searchable PDF is the batch writer's, with the repaired text as its layer;
failures and Ctrl-C keep the CLI contract and leave no process behind.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pikepdf
import psutil
import pypdfium2 as pdfium
import pytest
from PIL import Image

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "samples" / "demo_report.pdf"  # the `make demo` sample: 3 scanned pages
PARSCAN = [sys.executable, "-m", "parscan.cli"]
ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


def run(*args: str, umask: int | None = None) -> subprocess.CompletedProcess:
    preexec = (lambda: os.umask(umask)) if umask is not None else None
    return subprocess.run([*PARSCAN, *args], capture_output=True, text=True, timeout=300, env=ENV,
                          preexec_fn=preexec)


def one_error_line(result: subprocess.CompletedProcess, code: int) -> str:
    assert result.returncode == code, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("parscan: error: "), result.stderr
    assert result.stdout == ""
    return lines[0]


def pdf_page_texts(path: Path) -> list[str]:
    with pdfium.PdfDocument(str(path)) as pdf:
        return [unicodedata.normalize("NFC", pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))]


def page_sizes(path: Path) -> list[tuple[float, ...]]:
    with pikepdf.open(path) as pdf:
        return [tuple(float(v) for v in page.mediabox) for page in pdf.pages]


def test_jobs_2_gives_the_document_of_jobs_1_and_the_searchable_pdf(tmp_path: Path) -> None:
    one, two, searchable = tmp_path / "one.json", tmp_path / "two.json", tmp_path / "out" / "demo.pdf"
    first = run("extract", str(DEMO), "--jobs", "1", "-o", str(one))
    assert first.returncode == 0, first.stderr
    assert "worker process" not in first.stderr  # --jobs 1: today's in-process path
    second = run("extract", str(DEMO), "--jobs", "2", "-o", str(two), "--pdf-out", str(searchable), umask=0o027)
    assert second.returncode == 0, second.stderr
    assert "on 2 worker process(es)" in second.stderr
    assert "demo_report.pdf: page 1/3, ETA " in second.stderr and "page 3/3" in second.stderr

    # the document JSON carries no timings: identical, byte for byte
    assert one.read_bytes() == two.read_bytes()
    doc = json.loads(two.read_text(encoding="utf-8"))
    assert [p["number"] for p in doc["pages"]] == [1, 2, 3] and doc["rankings"]

    # the searchable PDF: the input's pages, each with the repaired text of that page as its layer
    assert stat.S_IMODE(searchable.stat().st_mode) == 0o640  # 0666 less the umask, not mkstemp's 0600
    assert [p.name for p in searchable.parent.iterdir()] == ["demo.pdf"]  # no temp file left
    assert page_sizes(searchable) == page_sizes(DEMO)
    with pikepdf.open(DEMO) as src, pikepdf.open(searchable) as out:
        for before, after in zip(src.pages, out.pages):
            assert [(i.Width, i.Height) for i in before.get_images().values()] == \
                   [(i.Width, i.Height) for i in after.get_images().values()]
    layers = pdf_page_texts(searchable)
    assert len(layers) == 3
    for page, layer in zip(doc["pages"], layers):
        words = [w for line in page["lines"] for w in line["text"].split()]
        assert words
        layer_words = set(layer.split())
        missing = [w for w in words if w not in layer_words]
        assert not missing, (page["number"], missing[:10])
        assert any(ch in layer for ch in "ảạẩờữỉ")  # Vietnamese diacritics, not a stripped reading


def test_pdf_out_of_a_text_file_or_to_a_directory_is_bad_input(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Chỉ số cải cách hành chính\n", encoding="utf-8")
    line = one_error_line(run("extract", str(text), "--pdf-out", str(tmp_path / "x.pdf")), 2)
    assert "no page images" in line and not (tmp_path / "x.pdf").exists()
    one_error_line(run("extract", str(DEMO), "--pdf-out", str(tmp_path)), 2)
    assert run("extract", str(DEMO), "--jobs", "0").returncode == 2


def test_a_page_failing_in_a_worker_fails_as_it_does_in_process(tmp_path: Path) -> None:
    # a multi-page TIFF whose second page is over the pixel limit: found only when that page is read
    scan = tmp_path / "scan.tif"
    Image.new("1", (800, 600), 1).save(scan, save_all=True, compression="group4",
                                       append_images=[Image.new("1", (11_000, 11_000), 1)])
    lines = [one_error_line(run("extract", str(scan), "--jobs", jobs, "--quiet"), 2) for jobs in ("1", "2")]
    assert lines[0] == lines[1] and "page 2 exceeds the pixel limit" in lines[0]


def _alive_in_session(sid: int) -> list[psutil.Process]:
    alive = []
    for proc in psutil.process_iter(["status"]):
        try:
            if os.getsid(proc.pid) == sid and proc.info["status"] != psutil.STATUS_ZOMBIE:
                alive.append(proc)
        except (ProcessLookupError, PermissionError, psutil.Error):
            pass
    return alive


def test_ctrl_c_ends_the_workers(tmp_path: Path) -> None:
    # enough pages that the run is far from its end when Ctrl-C comes, even on a loaded CI machine
    six = tmp_path / "long.pdf"
    with pikepdf.open(DEMO) as src, pikepdf.new() as out:
        for _ in range(5):
            out.pages.extend(src.pages)
        out.save(six)
        total = len(out.pages)
    proc = subprocess.Popen([*PARSCAN, "extract", str(six), "--jobs", "2", "-o", str(tmp_path / "six.json")],
                            env=ENV, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            start_new_session=True,  # its own process group, as a terminal's job
                            # with Ctrl-C's default action, as from a terminal: a test run started in the
                            # background of a shell ("make test &") has SIGINT ignored, and children inherit it
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        assert proc.stderr is not None
        first = proc.stderr.readline()  # a page is back: the workers are busy with the next ones
        assert f"page 1/{total}" in first, first
        assert len(_alive_in_session(proc.pid)) >= 3  # client, forkserver, workers
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C sends: the whole foreground group
        rest = proc.stderr.read()
        assert proc.wait(timeout=30) == 130
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "parscan: error: interrupted" in rest and "Traceback" not in rest
    assert not (tmp_path / "six.json").exists()
    deadline = time.monotonic() + 10
    while _alive_in_session(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _alive_in_session(proc.pid) == []


def test_workers_run_opencv_on_one_thread_and_the_client_keeps_its_own() -> None:
    """Each core already runs a worker: OpenCV's thread pool in a worker would only compete with the
    other workers (measured: ~2x the CPU of the page's morphology). `--jobs 1` keeps its threads."""
    import cv2

    from parscan.archive.distributed import LocalRunner

    before = cv2.getNumThreads()
    runner = LocalRunner(2, None)
    try:
        assert {runner.submit(cv2.getNumThreads).result(timeout=60) for _ in range(4)} == {1}
    finally:
        runner.close()
    assert cv2.getNumThreads() == before


def test_a_worker_opens_the_file_with_the_hash_it_is_handed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The client hashed the file once; a worker reading the whole file again for each page it OCRs
    would be wasted work (a read of the file per page)."""
    from parscan.archive import worker
    from parscan.pipeline import ingest
    from parscan.pipeline.options import ExtractOptions

    path = tmp_path / "report.txt"
    path.write_text("Trang một\fTrang hai\n", encoding="utf-8")
    sha = ingest.sha256_of(path)

    def hash_again(_: Path) -> str:
        raise AssertionError("the worker hashed the file again")

    monkeypatch.setattr(ingest, "sha256_of", hash_again)
    outcome = worker.extract_page(str(path), sha, 2, ExtractOptions())
    assert outcome.number == 2 and [line.text for line in outcome.result.page.lines] == ["Trang hai"]
    batch_page = worker.run_page(str(path), sha, 1, ExtractOptions())
    assert batch_page.error is None and [line.text for line in batch_page.result.page.lines] == ["Trang một"]
    with ingest.open_source(path, sha256=sha) as handle:
        assert handle.source.sha256 == sha
