"""The typer application: every command registered with the error contract (common.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer

from parscan.cli import archive, audit, document, serve
from parscan.cli.common import handle_errors

app = typer.Typer(
    name="parscan",
    help="OCR, repair, extract and audit Vietnamese PAR Index (Chỉ số CCHC) documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # click's plain help: rendering it with rich costs ~0.15 s of `--help` (issue 16)
)

for _command in (document.extract, document.repair, document.schema,
                 archive.batch, archive.export, archive.status, audit.audit, serve.serve):
    app.command()(handle_errors(_command))


def run_app(args: list[str]) -> None:
    """`parscan ARGS` through typer, `parscan schema [-o PATH]` before it."""
    if not _schema_without_typer(args):
        app()


def _schema_without_typer(args: list[str]) -> bool:
    """`parscan schema [-o PATH]`, answered before typer parses it: typer coerces every parameter
    value through a pydantic TypeAdapter, and importing pydantic for that alone would triple the
    start-up of a command that only prints a file. Anything else (--help, a typo) goes to typer."""
    if not args or args[0] != "schema":
        return False
    rest = args[1:]
    if not rest:
        output = None
    elif len(rest) == 2 and rest[0] in ("-o", "--output") and not rest[1].startswith("-"):
        output = rest[1]
    elif len(rest) == 1 and rest[0].startswith("--output=") and len(rest[0]) > len("--output="):
        output = rest[0].split("=", 1)[1]
    else:
        return False
    _run(document.schema, output=Path(output) if output is not None else None)
    return True


def _run(command: Callable[..., None], **values: object) -> None:
    try:
        handle_errors(command)(**values)
    except typer.Exit as exc:
        raise SystemExit(exc.exit_code) from None
