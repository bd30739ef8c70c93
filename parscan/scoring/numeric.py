"""Exact arithmetic for the audit: Decimal everywhere, rounding as the methodology says.

Published PAR figures are decimal numbers printed to two places; recomputing them in binary
floating point would turn 94.585 into 94.58499999 and accuse a correct table of a rounding
error.  Every figure therefore enters the audit through `dec` and is rounded by `round_to`.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal
from typing import Iterable, Literal

RoundingMode = Literal["half_up", "half_even", "down"]
_MODES = {"half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN, "down": ROUND_DOWN}
Agreement = Literal["exact", "rounding", "other_rounding", "no"]


def dec(value: float | int | str | Decimal | None) -> Decimal | None:
    """A published value as Decimal, through its shortest repr (so 95.39 stays 95.39)."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    return Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))


def round_to(value: Decimal, decimals: int, mode: RoundingMode = "half_up") -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=_MODES[mode])


def decimals_of(value: Decimal) -> int:
    """How many decimal places a published figure shows (95.4 -> 1, 95 -> 0)."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def agreement(published: Decimal, exact: Decimal, decimals: int, mode: RoundingMode = "half_up") -> Agreement:
    """How a published figure relates to the exactly recomputed one.

    exact: equal as printed; rounding: equal after the methodology's rounding; other_rounding:
    equal after another common rounding (half-even, truncation) or at the precision printed;
    no: different beyond rounding.
    """
    if published == exact:
        return "exact"
    shown = max(decimals, decimals_of(published))
    if round_to(exact, shown, mode) == published or round_to(exact, decimals, mode) == published:
        return "rounding"
    for other in _MODES:
        if other != mode and round_to(exact, shown, other) == published:  # type: ignore[arg-type]
            return "other_rounding"
    return "no"


def total(values: Iterable[Decimal | None]) -> Decimal:
    return sum((v for v in values if v is not None), Decimal(0))


def fmt(value: Decimal | float | None, decimals: int = 2) -> str:
    """Vietnamese display: decimal comma (89,60)."""
    if value is None:
        return "—"
    value = dec(value)
    assert value is not None
    text = f"{round_to(value, decimals):f}" if decimals_of(value) > decimals else f"{value.normalize():f}"
    return text.replace(".", ",")
