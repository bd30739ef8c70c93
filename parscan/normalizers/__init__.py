"""Text normalisers: Vietnamese OCR repair, numbers, names."""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing's constant, without typing's import
if TYPE_CHECKING:
    from pathlib import Path

# the repair model and its corpus files, as a string: `parscan repair` imports no pathlib (its import, with
# urllib.parse and ipaddress that it pulls in, was ~17 M instructions, 7 % of that command's start-up)
DATA_DIR = os.path.join(os.path.dirname(__file__), "data")


def __getattr__(name: str) -> Path:
    """`DATA`: the same folder as a Path, made when first asked for (training, tests)."""
    if name == "DATA":
        from pathlib import Path

        return Path(DATA_DIR)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
