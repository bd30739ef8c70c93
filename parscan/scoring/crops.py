"""Crops of the scanned page around a finding's evidence, as base64 PNG for the HTML report.

The page is re-rendered from the source through the pipeline's `page_image` (same rotation and
deskew as at extraction), so the boxes recorded in the document land on the right pixels.
Pages are rendered once per report and cached; a source that is gone yields no crop, not an error.
"""

from __future__ import annotations

import base64
import io
from functools import lru_cache

import numpy as np
from PIL import Image

from parscan.schemas.document import ParscanDocument
from parscan.schemas.geometry import Evidence

_MARGIN = 40
_MAX_WIDTH = 900


@lru_cache(maxsize=8)
def _page(path: str, sha: str, number: int, page_json: str) -> np.ndarray | None:
    from parscan.pipeline.run import page_image
    from parscan.schemas.ocr import Page

    try:
        return page_image(path, Page.model_validate_json(page_json))
    except Exception:  # noqa: BLE001 - a missing or changed source only costs the picture
        return None


def crop_png(doc: ParscanDocument, evidence: Evidence) -> str | None:
    """base64 PNG of the evidence box (with a margin, box outlined) or None when not possible."""
    if evidence.box is None or doc.source.kind == "text":
        return None
    page = next((p for p in doc.pages if p.number == evidence.page), None)
    if page is None:
        return None
    image = _page(doc.source.path, doc.source.sha256, page.number,
                  page.model_copy(update={"lines": []}).model_dump_json())
    if image is None:
        return None
    height, width = image.shape[:2]
    box = evidence.box
    x0, y0 = max(0, box.x0 - _MARGIN), max(0, box.y0 - _MARGIN)
    x1, y1 = min(width, box.x1 + _MARGIN), min(height, box.y1 + _MARGIN)
    if x1 <= x0 or y1 <= y0:
        return None
    crop = Image.fromarray(image[y0:y1, x0:x1]).convert("RGB")
    from PIL import ImageDraw

    ImageDraw.Draw(crop).rectangle([box.x0 - x0, box.y0 - y0, box.x1 - x0, box.y1 - y0], outline=(220, 30, 30), width=3)
    if crop.width > _MAX_WIDTH:
        crop = crop.resize((_MAX_WIDTH, int(crop.height * _MAX_WIDTH / crop.width)))
    buffer = io.BytesIO()
    crop.save(buffer, format="PNG", optimize=True)
    return base64.b64encode(buffer.getvalue()).decode("ascii")
