"""Small real inputs for the batch tests (no tests here): OCR text files, rendered scans, bad files.

Kept tiny on purpose: the fault test runs whole batches four times and must stay well under 90 s
on a shared 2-core machine, yet every file goes through the real pipeline (Tesseract included).
"""

from __future__ import annotations

import io
import sqlite3
import zipfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
FONT_CANDIDATES = (
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",  # has the Vietnamese block
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
)
VIETNAMESE_LINES = (
    "Chỉ số cải cách hành chính năm 2022",
    "Ủy ban nhân dân tỉnh Hà Nam",
    "Sở Tư pháp đạt 85,46 điểm",
)
SYNTHETIC_TEXT = (
    "UBND TINH HA NAM\nSO NOI VU\nBAO CAO\nKet qua xac dinh Chi so CCHC nam {n}\n"
    "1 So Tu phap 85,46 92,1%\n2 So Noi vu 84,10 90,2%\n3 So Tai chinh 83,{n:02d} 89,0%\n"
)


def vietnamese_font(size: int = 44) -> ImageFont.FreeTypeFont:
    for candidate in FONT_CANDIDATES:
        if Path(candidate).is_file():
            return ImageFont.truetype(candidate, size)
    raise FileNotFoundError("no font with Vietnamese glyphs (install fonts-liberation2 or fonts-dejavu)")


def render_scan(lines: tuple[str, ...] = VIETNAMESE_LINES, *, tag: str = "", size: int = 44) -> Image.Image:
    """A clean 300-dpi 'scan' of a few lines (small: Tesseract reads it in about a second)."""
    font = vietnamese_font(size)
    height = 60 + 110 * (len(lines) + (1 if tag else 0))
    image = Image.new("L", (1400, height), 255)
    draw = ImageDraw.Draw(image)
    for i, text in enumerate(lines + ((tag,) if tag else ())):
        draw.text((80, 50 + i * 110), text, font=font, fill=0)
    return image


def save_png(image: Image.Image, path: Path) -> Path:
    image.save(path, dpi=(300, 300))
    return path


def save_pdf(images: list[Image.Image], path: Path) -> Path:
    import img2pdf

    blobs = []
    for image in images:
        buffer = io.BytesIO()
        image.save(buffer, format="PNG", dpi=(300, 300))
        blobs.append(buffer.getvalue())
    path.write_bytes(img2pdf.convert(blobs))
    return path


def text_documents(count: int) -> list[str]:
    """`count` distinct OCR text documents of 2 pages each (form feed), from the seeds when present."""
    chunks: list[str] = []
    if SEEDS.is_dir():
        for seed in sorted(SEEDS.glob("*.txt")):
            lines = seed.read_text(encoding="utf-8").splitlines()
            chunks.extend("\n".join(lines[i : i + 30]) for i in range(0, len(lines), 30))
    chunks = [c for c in chunks if c.strip()]
    documents = []
    for n in range(count):
        if len(chunks) >= 2:
            first, second = chunks[(2 * n) % len(chunks)], chunks[(2 * n + 1) % len(chunks)]
            documents.append(f"{first}\n[tệp {n}]\f{second}\n")
        else:
            documents.append(SYNTHETIC_TEXT.format(n=n) + f"\f[tệp {n}]\n")
    return documents


def encrypted_pdf(path: Path, image: Image.Image) -> Path:
    import pikepdf

    plain = save_pdf([image], path.with_suffix(".plain.tmp"))
    with pikepdf.open(plain) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner="owner", user="secret", R=6))
    plain.unlink()
    return path


def make_archive(
    root: Path, *, n_text: int = 26, n_images: int = 2, with_pdf: bool = True
) -> tuple[list[Path], list[Path]]:
    """(good files, bad files) under `root`, in nested folders like a real archive."""
    good: list[Path] = []
    bad: list[Path] = []
    (root / "bao-cao" / "2022").mkdir(parents=True)
    (root / "scans").mkdir()
    (root / "hong").mkdir()
    for n, text in enumerate(text_documents(n_text)):
        folder = root / "bao-cao" / ("2022" if n % 2 else "")
        path = folder / f"ocr_{n:02d}.txt"
        path.write_text(text, encoding="utf-8")
        good.append(path)
    for n in range(n_images):
        good.append(save_png(render_scan(tag=f"Trang {n + 1}"), root / "scans" / f"scan_{n}.png"))
    if with_pdf:
        good.append(save_pdf([render_scan(tag="Trang A"), render_scan(tag="Trang B")], root / "scans" / "two.pdf"))
    corrupt = root / "hong" / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntruncated garbage \x00\x01\x02")
    bad.append(corrupt)
    bad.append(encrypted_pdf(root / "hong" / "encrypted.pdf", render_scan(tag="mật")))
    empty = root / "hong" / "empty.txt"
    empty.write_bytes(b"")
    bad.append(empty)
    binary = root / "hong" / "data.bin"
    binary.write_bytes(bytes(range(256)) * 8)
    bad.append(binary)
    broken_png = root / "hong" / "broken.png"
    broken_png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    bad.append(broken_png)
    text_pdf = root / "hong" / "letter.pdf"  # text under a PDF name: bad input, not OCR text
    text_pdf.write_text("UBND TỈNH HÀ NAM\nSố: 12/CV-SNV\n", encoding="utf-8")
    bad.append(text_pdf)
    docx = root / "hong" / "notes.docx"  # a zip: a file type parscan does not read
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("word/document.xml", "<w:t>Chỉ số cải cách hành chính</w:t>")
    bad.append(docx)
    return good, bad


def query(db: Path, sql: str, *args: object) -> list[tuple]:
    """Read the store from outside the batch process (WAL allows it while a batch writes)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()
