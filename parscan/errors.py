"""Errors with a meaning for the user: each maps to one line on stderr and an exit code."""


class ParscanError(Exception):
    """Base class; `exit_code` is what the CLI returns."""

    exit_code = 1


class BadInputError(ParscanError):
    """The input cannot be processed (missing, wrong type, corrupt, encrypted, empty, too large)."""

    exit_code = 2
