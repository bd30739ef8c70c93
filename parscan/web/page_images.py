"""Page images for the browser: the upright, deskewed page the boxes refer to, downscaled and cached.

A 300-dpi A4 page is ~2480 px wide; the browser needs ~1600 px to read a table, so the page is rendered
once from the document's own source (the path the store recorded for it, nothing a request names),
scaled, and kept as a JPEG beside the store (`ARCHIVE.sqlite.pages/`).  Later views read that file.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from parscan.schemas.document import ParscanDocument

WIDTH = 1600
_render_lock = threading.Lock()  # one page rasterised at a time: a burst of views must not fill memory


class PageUnavailable(Exception):
    """The page has no image (text input) or its source file is gone or changed."""


def cache_dir(db: Path) -> Path:
    return db.with_name(db.name + ".pages")


def page_image_path(db: Path, doc: ParscanDocument, number: int) -> Path:
    """The cached JPEG of page `number`, rendered now if it is not cached yet."""
    page = next((p for p in doc.pages if p.number == number), None)
    if page is None or doc.source.kind == "text" or page.width is None:
        raise PageUnavailable(f"page {number} has no image")
    out = cache_dir(db) / f"{doc.source.sha256}-{number}-{WIDTH}.jpg"
    if out.is_file():
        return out
    with _render_lock:
        if not out.is_file():
            _render(doc, page.number, out)
    return out


def _render(doc: ParscanDocument, number: int, out: Path) -> None:
    from PIL import Image

    from parscan.pipeline.run import page_image

    source = Path(doc.source.path)
    if not source.is_file() or (doc.source.bytes is not None and source.stat().st_size != doc.source.bytes):
        raise PageUnavailable(f"{source}: the scanned file is not where it was read (or has changed)")
    page = next(p for p in doc.pages if p.number == number)
    try:
        image = Image.fromarray(page_image(source, page.model_copy(update={"lines": []})))
    except Exception as exc:  # noqa: BLE001 - a source that no longer opens only costs the picture
        raise PageUnavailable(f"{source}: page {number} could not be rendered ({exc.__class__.__name__})") from exc
    if image.width > WIDTH:
        image = image.resize((WIDTH, round(image.height * WIDTH / image.width)), Image.Resampling.LANCZOS)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
    image.convert("L" if image.mode in ("L", "1") else "RGB").save(tmp, format="JPEG", quality=85)
    tmp.replace(out)
