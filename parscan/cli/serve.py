"""`parscan serve --db ARCHIVE.sqlite`: the auditor's workbench in the browser (`parscan.web`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Optional

import typer

from parscan.errors import BadInputError


def serve(
    db: Annotated[Path, typer.Option("--db", help="the `parscan batch` store to review")],
    host: Annotated[str, typer.Option(help="address to bind; another than loopback needs a token")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    token: Annotated[Optional[str], typer.Option(help="required on every request (default: $PARSCAN_SERVE_TOKEN)")] = None,
) -> None:
    """Review, correct and sign off the documents of a batch store in the browser."""
    import uvicorn

    from parscan.web.app import create_app
    from parscan.web.security import TOKEN_ENV, is_loopback

    if not db.is_file():
        raise BadInputError(f"{db}: no such store (run `parscan batch ... --db {db}` first)")
    token = token or os.environ.get(TOKEN_ENV) or None
    if not is_loopback(host) and not token:
        raise BadInputError(f"--host {host} is reachable from other machines: give --token or set {TOKEN_ENV}")
    uvicorn.run(create_app(db, token), host=host, port=port, log_level="warning")
