"""The package's layout holds: stages never import the CLI or the archive machinery, extraction
never reaches the repair model's build tooling, and a wheel installed outside the checkout extracts."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "parscan"
OFF_RUNTIME = ("samples", "parscan.normalizers.training", "parscan.cli", "parscan.archive")

# extract one file, then say which modules of OFF_RUNTIME that loaded
PROBE = """
import json, sys
from parscan.pipeline.run import extract
doc = extract(sys.argv[1])
loaded = sorted(m for m in sys.modules if m.split(".")[0] == "samples" or m.startswith(tuple(sys.argv[2:])))
print(json.dumps({"package": __import__("parscan").__file__, "lines": len(doc.text.splitlines()), "loaded": loaded}))
"""


def imports_of(path: Path) -> set[str]:
    text = path.read_text(encoding="utf-8")
    return set(re.findall(r"^\s*(?:from|import)\s+(parscan(?:\.\w+)*)", text, re.MULTILINE))


def test_stages_never_import_the_cli_and_pipeline_never_the_archive() -> None:
    for path in PACKAGE.rglob("*.py"):
        modules = imports_of(path)
        if PACKAGE / "cli" not in path.parents:
            assert not {m for m in modules if m.startswith("parscan.cli")}, path
        if PACKAGE / "pipeline" in path.parents:
            assert not {m for m in modules if m.startswith("parscan.archive")}, path


def test_extraction_never_imports_the_build_tooling_or_the_repository(samples_dir: Path) -> None:
    result = subprocess.run([sys.executable, "-c", PROBE, str(samples_dir / "demo_report.txt"), *OFF_RUNTIME[1:]],
                            capture_output=True, text=True, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["loaded"] == []


def test_a_wheel_installed_outside_the_checkout_extracts_the_samples(tmp_path: Path, samples_dir: Path) -> None:
    source = tmp_path / "src"  # build from a copy: the build writes build/ and *.egg-info beside its sources
    shutil.copytree(PACKAGE, source / "parscan", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(tmp_path / "dist"),
         str(source)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("parscan-*.whl")
    target = tmp_path / "site"
    installed = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                                "--target", str(target), str(wheel)], capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr
    work = tmp_path / "work"
    work.mkdir()
    for name in ("demo_report.txt", "demo_report.pdf"):
        shutil.copy(samples_dir / name, work / name)
    # -S: no .pth files, so neither the editable install nor the checkout is on the path; the
    # dependencies come from this interpreter's site-packages, parscan from the wheel alone
    env = {"PYTHONPATH": f"{target}:{sysconfig.get_paths()['purelib']}:{sysconfig.get_paths()['platlib']}",
           "PATH": "/usr/bin:/bin", "OMP_THREAD_LIMIT": "1", "HOME": str(tmp_path)}
    python = [sys.executable, "-S"]
    probe = subprocess.run([*python, "-c", PROBE, "demo_report.txt", *OFF_RUNTIME[1:]], cwd=work, env=env,
                           capture_output=True, text=True, timeout=120)
    assert probe.returncode == 0, probe.stderr
    report = json.loads(probe.stdout)
    assert report["package"].startswith(str(target)) and report["lines"] > 50 and report["loaded"] == []
    ocr = subprocess.run([*python, "-m", "parscan.cli", "extract", "demo_report.pdf", "--pages", "1",
                          "--format", "text", "--quiet"], cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert ocr.returncode == 0, ocr.stderr
    assert "Chỉ số cải cách hành chính" in ocr.stdout
