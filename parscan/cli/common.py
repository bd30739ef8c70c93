"""What every command shares: the error contract (one line on stderr, an exit code, no traceback)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

import typer

from parscan.cli.plain import failure


def say(line: str) -> None:
    """One plain line on stderr (progress, warnings, errors). Plain writes, not rich: these lines carry no
    markup, and importing rich for them would cost every command ~0.1 s of start-up (issue 16)."""
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def fail(message: str, code: int) -> None:
    """One clear line on stderr, then exit: the contract for bad input and internal errors."""
    say(f"parscan: error: {message}")
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
