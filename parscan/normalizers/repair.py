"""Vietnamese OCR repair (placeholder: passes text through until the repair model lands)."""

from __future__ import annotations

from parscan.schemas.document import ParscanDocument


def repair_document(doc: ParscanDocument) -> ParscanDocument:
    for page in doc.pages:
        for line in page.lines:
            if line.ocr_text is None:
                line.ocr_text = line.text
    return doc
