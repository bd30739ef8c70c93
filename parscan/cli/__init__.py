"""The `parscan` command line (typer). Each command is a thin shell over a stage's Python API.

One module per command group: `document` (extract, repair, schema), `archive` (batch, status,
export), `audit`; `common` holds the error contract they share. Stages never import the CLI.
Exit codes: 0 success, 1 internal error, 2 bad input, 3 audit findings at or above --fail-on.
"""

from __future__ import annotations

import typer

from parscan.cli import archive, audit, document
from parscan.cli.common import handle_errors

app = typer.Typer(
    name="parscan",
    help="OCR, repair, extract and audit Vietnamese PAR Index (Chỉ số CCHC) documents.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

for _command in (document.extract, document.repair, document.schema,
                 archive.batch, archive.export, archive.status, audit.audit):
    app.command()(handle_errors(_command))


def main() -> None:
    app()
