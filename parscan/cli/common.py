"""What every command shares: the error contract (one line on stderr, an exit code, no traceback)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

import typer
from rich.console import Console

from parscan.cli.plain import failure

stderr = Console(stderr=True)


def fail(message: str, code: int) -> None:
    """One clear line on stderr, then exit: the contract for bad input and internal errors."""
    stderr.print(f"parscan: error: {message}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def handle_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn parscan errors into exit codes; never show a traceback unless PARSCAN_DEBUG is set."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except typer.Exit:
            raise
        except (Exception, KeyboardInterrupt) as exc:  # noqa: BLE001 - last line of defence for the CLI contract
            ended = failure(exc)
            if ended is None:
                raise
            fail(*ended)

    return wrapper
