"""The published JSON Schema of the document tree (schemas/parscan-document.schema.json)."""

from __future__ import annotations

import json
from pathlib import Path

SCHEMA_PATH = Path(__file__).with_name("parscan-document.schema.json")


def schema_json() -> str:
    """The schema generated from the pydantic models (what `make schema` publishes)."""
    from parscan.schemas.document import ParscanDocument

    return json.dumps(ParscanDocument.model_json_schema(), indent=2, ensure_ascii=False) + "\n"


def published_schema() -> str:
    """The published schema file, as shipped with the package; generated when it is missing.

    `parscan schema` prints this: reading the file costs nothing, generating it means importing
    pydantic and every model (~0.4 s). tests/test_cli_contract.py keeps the file equal to `schema_json()`.
    """
    try:
        return SCHEMA_PATH.read_text(encoding="utf-8")
    except OSError:
        return schema_json()


def write_schema(path: Path = SCHEMA_PATH) -> Path:
    path.write_text(schema_json(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_schema())
