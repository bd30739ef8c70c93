"""Start-up: `parscan --help` and `parscan schema` must not load the heavy stages (issue 16).

What is imported is checked, not how long it takes (timed tests are flaky on a shared machine):
OpenCV, numpy, pydantic and the models, Dask, the PDF libraries, the repair model and rich (help is
click's plain text; progress and errors are plain lines) are loaded only by the commands that use them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from parscan.normalizers import kernels
from parscan.schemas.export import SCHEMA_PATH, schema_json

HEAVY = (
    "cv2", "numpy", "pydantic", "dask", "distributed", "pikepdf", "pypdfium2", "pdfplumber", "PIL",
    "tesserocr", "pyarrow", "openpyxl", "rapidfuzz", "yaml", "rich",
    "parscan.schemas.document", "parscan.pipeline.run", "parscan.normalizers.repair", "parscan.archive.store",
)

# Runs the real entry point (parscan.cli:main) and reports, even after SystemExit, what got imported.
_PROBE = """
import json, sys
sys.argv = ["parscan", *json.loads(sys.argv[1])]
code = 0
try:
    from parscan.cli import main
    main()
except SystemExit as exc:
    code = exc.code or 0
sys.stdout.flush()
print("\\n@@MODULES@@" + json.dumps(sorted(sys.modules)), file=sys.stderr)
sys.exit(code)
"""


def run_probe(*args: str) -> tuple[subprocess.CompletedProcess, set[str]]:
    result = subprocess.run([sys.executable, "-c", _PROBE, json.dumps(list(args))],
                            capture_output=True, text=True, timeout=120)
    stderr, _, modules = result.stderr.rpartition("@@MODULES@@")
    return subprocess.CompletedProcess(result.args, result.returncode, result.stdout, stderr), set(json.loads(modules))


def heavy_in(modules: set[str]) -> list[str]:
    return [name for name in HEAVY if name in modules]


@pytest.mark.parametrize("args", [["--help"], []], ids=["help", "no-args"])
def test_help_loads_no_heavy_module(args: list[str]) -> None:
    result, modules = run_probe(*args)
    assert "extract" in result.stdout + result.stderr and "batch" in result.stdout + result.stderr
    assert heavy_in(modules) == []


def test_schema_prints_the_published_schema_without_loading_the_models(tmp_path: Path) -> None:
    result, modules = run_probe("schema")
    assert result.returncode == 0, result.stderr
    assert result.stdout == SCHEMA_PATH.read_text(encoding="utf-8") == schema_json()
    assert heavy_in(modules) == []

    for args in (["-o", str(tmp_path / "a.json")], [f"--output={tmp_path / 'b.json'}"]):
        result, modules = run_probe("schema", *args)
        assert result.returncode == 0 and result.stdout == "", result.stderr
        assert heavy_in(modules) == []
    assert (tmp_path / "a.json").read_text(encoding="utf-8") == (tmp_path / "b.json").read_text(encoding="utf-8") \
        == schema_json()


def test_schema_keeps_the_cli_contract(tmp_path: Path) -> None:
    # an unknown option still gets typer's usage error (exit 2); an unwritable target one line, exit 1
    result, _ = run_probe("schema", "--bogus")
    assert result.returncode == 2 and "No such option" in result.stderr
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result, _ = run_probe("schema", "-o", str(blocker / "schema.json"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert [line for line in result.stderr.splitlines() if line.strip()][0].startswith("parscan: error: ")
    result, _ = run_probe("schema", "--help")
    assert result.returncode == 0 and "JSON Schema" in result.stdout


def test_extract_help_does_not_load_the_pipeline() -> None:
    result, modules = run_probe("extract", "--help")
    assert result.returncode == 0 and "--jobs" in result.stdout and "--pdf-out" in result.stdout
    assert [m for m in heavy_in(modules) if m != "pydantic"] == []  # typer itself coerces with pydantic


def test_repair_of_a_file_skips_typer_parsing_and_keeps_the_contract(tmp_path: Path) -> None:
    # `parscan repair [FILE]` is answered before typer's pydantic coercion (issue 13: its start-up)
    text = tmp_path / "ocr.txt"
    text.write_text("Chi s6 cai cach hanh chinh\nDoc lap - Tu do - Hanh phic\n", encoding="utf-8")
    result, modules = run_probe("repair", str(text))
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Chỉ số cải cách hành chính\nĐộc lập - Tự do - Hạnh phúc\n"  # the second: a formula
    assert "pydantic" not in modules and "parscan.normalizers.repair" in modules
    assert "typer" not in modules and "rich" not in modules  # ~0.14 s of CPU that repair never uses
    assert "pathlib" not in modules  # with urllib.parse and ipaddress: ~17 M instructions of its start-up
    if kernels.COMPILED is not None:  # numpy's import was most of the rest; only the fallback without C needs it
        assert "numpy" not in modules
        # nor rapidfuzz for the formula line (~46 M instructions with typing): kernels.c compares it
        assert "rapidfuzz" not in modules and "typing" not in modules
    result, _ = run_probe("repair", str(tmp_path / "missing.txt"))
    assert result.returncode == 2 and result.stderr.strip().startswith("parscan: error: ")
    result, _ = run_probe("repair", "--help")
    assert result.returncode == 0 and "Repair garbled Vietnamese" in result.stdout
