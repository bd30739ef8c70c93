"""The `parscan` command line (typer). Each command is a thin shell over a stage's Python API.

One module per command group: `document` (extract, repair, schema), `archive` (batch, status,
export), `audit`, `serve`; `common` holds the error contract they share, `application` the typer
application. Stages never import the CLI.
Exit codes: 0 success, 1 internal error, 2 bad input, 3 audit findings at or above --fail-on.
`parscan repair [FILE]` is answered before typer is even imported (plain.py: ~0.14 s of CPU, a third
of that command's start-up); `app` is imported on first use (`from parscan.cli import app`).
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # not typing's: its import is `parscan repair FILE`'s start-up (~13 M instructions)
if TYPE_CHECKING:
    from typing import Any


def main() -> None:
    if not _repair_without_typer(sys.argv[1:]):
        if _extract_on_workers(sys.argv[1:]):
            from parscan.archive.distributed import start_forkserver

            start_forkserver()
        from parscan.cli.application import run_app

        run_app(sys.argv[1:])


def _repair_without_typer(args: list[str]) -> bool:
    """`parscan repair [FILE]`, answered without typer: its import and its pydantic coercion of the
    arguments (0.3 s) are a start-up that one text file's repair would otherwise pay again; options
    (--help) go to typer."""
    if not args or args[0] != "repair" or len(args) > 2 or any(a.startswith("-") for a in args[1:]):
        return False
    from parscan.cli import plain

    plain.run(plain.repair, file=args[1] if len(args) == 2 else None)  # a string: no pathlib (normalizers/__init__.py)
    return True


# `parscan extract`'s options that take a value (the rest are flags)
_EXTRACT_VALUE_OPTIONS = {"-o", "--output", "--format", "--pages", "--dpi", "--lang", "--engine", "--jobs", "-j",
                          "--pdf-out"}


def _extract_on_workers(args: list[str]) -> bool:
    """Do `args` look like `parscan extract` of a PDF or TIFF of several pages on several jobs?

    Then `main` starts the worker pool's forkserver before typer is imported (with pydantic, which
    typer loads to coerce the arguments: ~0.45 s of CPU), so that its import of the pipeline and the
    OCR model (~1 s) runs beside this process's instead of after it: the workers waited for it.
    Only a guess from the raw arguments: `extract` decides from its parsed ones and starts the
    forkserver itself (a no-op when running); a wrong guess costs ~1 s of CPU on another core.
    """
    if not args or args[0] != "extract" or "--help" in args:
        return False
    values: dict[str, str] = {}
    files: list[str] = []
    rest = iter(args[1:])
    for arg in rest:
        name, equals, value = arg.partition("=")
        if name in _EXTRACT_VALUE_OPTIONS:
            values[name] = value if equals else next(rest, "")
        elif not arg.startswith("-"):
            files.append(arg)
    if len(files) != 1 or not files[0].lower().endswith((".pdf", ".tif", ".tiff")) or not os.path.isfile(files[0]):
        return False
    if values.get("--pages", "-").strip().isdigit():  # one page
        return False
    jobs = values.get("--jobs") or values.get("-j")
    if jobs is not None:
        return jobs.isdigit() and int(jobs) > 1
    from parscan.archive.distributed import default_workers

    return default_workers() > 1


def __getattr__(name: str) -> Any:
    """`from parscan.cli import app`: the typer application, built when first asked for."""
    if name == "app":
        from parscan.cli.application import app

        return app
    raise AttributeError(f"module 'parscan.cli' has no attribute {name!r}")
