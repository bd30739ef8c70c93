"""The public CLI contract: exit codes, one-line errors, stdout purity, the published schema."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pikepdf
import pytest
from PIL import Image

from parscan.schemas.export import SCHEMA_PATH, schema_json

PARSCAN = [sys.executable, "-m", "parscan.cli"]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*PARSCAN, *args], capture_output=True, text=True, input=stdin, timeout=120)


def assert_bad_input(result: subprocess.CompletedProcess, needle: str) -> None:
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert needle in lines[0].lower()
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_missing_file(tmp_path: Path) -> None:
    assert_bad_input(run("extract", str(tmp_path / "nope.pdf")), "no such file")


def test_wrong_type(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(bytes(range(256)) * 8)
    assert_bad_input(run("extract", str(path)), "unsupported file type")


@pytest.mark.parametrize("content", ["UBND TỈNH HÀ NAM\nSố: 251/BC-SNV\n".encode(), bytes(range(256)) * 8],
                         ids=["text", "binary"])
def test_a_pdf_name_on_other_content_is_not_a_pdf(tmp_path: Path, content: bytes) -> None:
    # a text file named x.pdf used to be read as OCR text and exit 0
    path = tmp_path / "x.pdf"
    path.write_bytes(content)
    assert_bad_input(run("extract", str(path)), "not a pdf file")


def test_a_file_type_parscan_does_not_read_is_unsupported_whatever_its_bytes(tmp_path: Path) -> None:
    docx = tmp_path / "bao-cao.docx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w:t>Chỉ số cải cách hành chính năm 2022</w:t>")
    renamed = tmp_path / "ghi-chu.docx"  # UTF-8 text under a .docx name used to be read as OCR text
    renamed.write_text("Chỉ số cải cách hành chính năm 2022\n", encoding="utf-8")
    config = tmp_path / "notes.toml"
    config.write_text('title = "Chỉ số CCHC"\n', encoding="utf-8")
    for path in (docx, renamed, config):
        assert_bad_input(run("extract", str(path)), f"unsupported file type: {path.suffix}")


def test_an_image_name_on_other_content_is_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "scan.png"
    path.write_text("UBND TỈNH HÀ NAM\n", encoding="utf-8")
    assert_bad_input(run("extract", str(path)), "not an image file")


def test_extensionless_utf8_text_is_extracted(tmp_path: Path) -> None:
    path = tmp_path / "ocr_page"
    path.write_text("Trang một\ndòng hai\n", encoding="utf-8")
    result = run("extract", str(path), "--format", "text", "--no-repair", "--quiet")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Trang một\ndòng hai\n"


def test_truncated_pdf(tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    Image.fromarray(np.full((200, 150), 255, np.uint8)).save(good)
    data = good.read_bytes()
    bad = tmp_path / "truncated.pdf"
    bad.write_bytes(data[: len(data) // 3])
    assert_bad_input(run("extract", str(bad)), "corrupt")


def test_encrypted_pdf(tmp_path: Path) -> None:
    plain = tmp_path / "plain.pdf"
    Image.fromarray(np.full((200, 150), 255, np.uint8)).save(plain)
    locked = tmp_path / "locked.pdf"
    with pikepdf.open(plain) as pdf:
        pdf.save(locked, encryption=pikepdf.Encryption(owner="o", user="secret", R=6))
    assert_bad_input(run("extract", str(locked)), "encrypted")


def test_zero_page_pdf(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    pdf = pikepdf.new()
    pdf.save(path)
    assert_bad_input(run("extract", str(path)), "no pages")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert_bad_input(run("extract", str(path)), "empty")


def test_huge_image_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    # a 13000 x 10000 white PNG compresses to little but would need 130 MP in memory
    Image.new("1", (13000, 10000), 1).save(path)
    assert_bad_input(run("extract", str(path)), "exceeds the limit")


def test_blank_page_is_a_warning_not_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "blank.png"
    Image.fromarray(np.full((1100, 850), 250, np.uint8)).save(path, dpi=(100, 100))
    result = run("extract", str(path))
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["pages"][0]["lines"] == []
    assert "blank" in result.stderr.lower()


def test_a_document_about_something_else_is_said_so_and_still_extracted(tmp_path: Path) -> None:
    # real municipal scans (police, education) must extract (issue 2), so this is a warning, not exit 2
    path = tmp_path / "notice.txt"
    path.write_text("Thông báo lịch cắt điện\nCông ty Điện lực thông báo tạm ngừng cung cấp điện ngày 5/6.\n",
                    encoding="utf-8")
    result = run("extract", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document"]["is_par_document"] is False
    assert "not read as a PAR Index document" in result.stderr
    assert "not read as a PAR" not in run("extract", "samples/demo_report.txt").stderr


def test_bad_page_range(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("UBND TỈNH HÀ NAM\n", encoding="utf-8")
    assert_bad_input(run("extract", str(path), "--pages", "5-6"), "not in document")


def test_text_format_prints_only_text_with_form_feeds(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("Trang một\ndòng hai\fTrang hai\n", encoding="utf-8")
    result = run("extract", str(path), "--format", "text", "--no-repair")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Trang một\ndòng hai\fTrang hai\n"


def test_json_top_level_contract(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text("UBND TỈNH HÀ NAM\nSố: 251/BC-SNV\n", encoding="utf-8")
    out = tmp_path / "out.json"
    result = run("extract", str(path), "-o", str(out))
    assert result.returncode == 0, result.stderr
    doc = json.loads(out.read_text(encoding="utf-8"))
    for key in ("source", "pages", "text", "document", "tables", "criteria", "rankings", "assignments",
                "claims", "findings"):
        assert key in doc
    assert doc["source"]["kind"] == "text"
    assert len(doc["source"]["sha256"]) == 64


def test_published_schema_is_current() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_json(), "run `make schema` and commit the result"
