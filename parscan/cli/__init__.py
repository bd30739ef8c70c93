"""The `parscan` command line (typer). Each command is a thin shell over a stage's Python API.

One module per command group: `document` (extract, repair, schema), `archive` (batch, status,
export), `audit`, `serve`; `common` holds the error contract they share, `application` the typer
application. Stages never import the CLI.
Exit codes: 0 success, 1 internal error, 2 bad input, 3 audit findings at or above --fail-on.
`parscan repair [FILE]` is answered before typer is even imported (plain.py: ~0.14 s of CPU, a third
of that command's start-up); `app` is imported on first use (`from parscan.cli import app`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any


def main() -> None:
    if not _repair_without_typer(sys.argv[1:]):
        from parscan.cli.application import run_app

        run_app(sys.argv[1:])


def _repair_without_typer(args: list[str]) -> bool:
    """`parscan repair [FILE]`, answered without typer: its import and its pydantic coercion of the
    arguments (0.3 s) are a start-up that one text file's repair would otherwise pay again; options
    (--help) go to typer."""
    if not args or args[0] != "repair" or len(args) > 2 or any(a.startswith("-") for a in args[1:]):
        return False
    from parscan.cli import plain

    plain.run(plain.repair, file=Path(args[1]) if len(args) == 2 else None)
    return True


def __getattr__(name: str) -> Any:
    """`from parscan.cli import app`: the typer application, built when first asked for."""
    if name == "app":
        from parscan.cli.application import app

        return app
    raise AttributeError(f"module 'parscan.cli' has no attribute {name!r}")
