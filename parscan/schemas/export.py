"""The published JSON Schema of the document tree (schemas/parscan-document.schema.json)."""

from __future__ import annotations

import json
from pathlib import Path

from parscan.schemas.document import ParscanDocument

SCHEMA_PATH = Path(__file__).with_name("parscan-document.schema.json")


def schema_json() -> str:
    return json.dumps(ParscanDocument.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def write_schema(path: Path = SCHEMA_PATH) -> Path:
    path.write_text(schema_json(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_schema())
