"""What the CLI does without typer: the error contract, and `parscan repair [FILE]`.

Why a module of its own: importing typer (and rich with it) costs ~0.14 s of CPU, a third of what a
`parscan repair FILE` process spends before its first line (issue 13: repair speed as a user runs
it). `parscan.cli.main` answers `parscan repair [FILE]` from here; the typer commands (application.py,
common.py) share the same contract through `failure`.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable

from parscan.errors import BadInputError, ParscanError


def failure(exc: BaseException) -> tuple[str, int] | None:
    """The one line on stderr and the exit code a command ends with when `exc` escapes it; None when
    it should be raised as it is (PARSCAN_DEBUG set: a traceback for the developer)."""
    if isinstance(exc, ParscanError):
        return str(exc), exc.exit_code
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted", 130
    if os.environ.get("PARSCAN_DEBUG"):
        return None
    return f"internal error: {exc.__class__.__name__}: {exc}", 1


def run(command: Callable[..., None], **values: object) -> None:
    """Run a command under the contract: one line on stderr and an exit code, never a traceback."""
    try:
        command(**values)
    except (Exception, KeyboardInterrupt) as exc:  # noqa: BLE001 - the CLI contract's last line of defence
        ended = failure(exc)
        if ended is None:
            raise
        sys.stderr.write(f"parscan: error: {ended[0]}\n")
        sys.stderr.flush()
        raise SystemExit(ended[1]) from None


def repair(file: str | os.PathLike[str] | None = None) -> None:
    """Repair the OCR text of `file` (stdin when None) to stdout: one output line per input line."""
    # repair does no linear algebra: where it imports numpy (its fallback without _kernels.so), numpy's
    # OpenBLAS need not start a thread per core (~0.05 s of CPU on 2 cores, more on more); a user's own
    # setting stands
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    # repair's imports make ~100k objects and no garbage, and repairing a file makes no cyclic
    # garbage (a collection after a whole seed file, or the held-out degraded text, finds 0 objects): the
    # collector, ~60 collections a seed file, only walked the caches as they grew
    enabled = gc.isenabled()
    gc.disable()
    try:
        _repair(file)
    finally:
        # and what the repair made (caches of tokens, lines, readings) lives until the process ends: kept
        # out of the collector's sight, or its first collection once enabled, and the one at exit, walked
        # all of it (CPU after the output was written: seed 002 0.14 -> 0.015 s, seed 004 0.036 -> 0.012 s)
        gc.freeze()
        if enabled:
            gc.enable()


def _repair(file: str | os.PathLike[str] | None) -> None:
    from parscan.normalizers.repair import DocumentCache, get_repairer
    from parscan.normalizers.state_cache import read_bytes

    if file is not None and not os.path.exists(file):
        raise BadInputError(f"{file}: no such file")
    raw = read_bytes(file) if file is not None else sys.stdin.buffer.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInputError(f"{file or 'stdin'}: not UTF-8 text") from exc
    repairer, cache = get_repairer(), DocumentCache()  # one document: its pages share the word cache
    pages = [
        "\n".join(repairer.repair_lines(page.split("\n"), cache=cache))
        for page in text.replace("\r\n", "\n").split("\f")
    ]
    sys.stdout.write("\f".join(pages))
    sys.stdout.flush()
