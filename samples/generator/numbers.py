"""Number formatting and the PAR classification bands, as Vietnamese reports print them.

Kept exact with Decimal: the generator must produce figures that satisfy the published rules to the last
printed digit (a 2-decimal index rounded half-up), otherwise a "clean" sample would already be faulty.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# (name, low inclusive, high exclusive); the order is the order reports list them in.
BANDS: list[tuple[str, float, float | None]] = [
    ("Xuất sắc", 95.0, None),
    ("Tốt", 85.0, 95.0),
    ("Khá", 75.0, 85.0),
    ("Trung bình", 70.0, 75.0),
    ("Yếu", 0.0, 70.0),
]


def dec(value: float | int | str | Decimal) -> Decimal:
    """Decimal from a float via its shortest repr, so 95.39 stays 95.39 (not 95.3900000000000005684...)."""
    return value if isinstance(value, Decimal) else Decimal(repr(value) if isinstance(value, float) else str(value))


def round_half_up(value: float | Decimal, digits: int = 2) -> float:
    """Round the way the reports (and Excel) do: 84.585 -> 84.59, never banker's rounding."""
    quantum = Decimal(1).scaleb(-digits)
    return float(dec(value).quantize(quantum, rounding=ROUND_HALF_UP))


def index_pct(total: float, max_points: float) -> float:
    """Chỉ số CCHC (%) = total / max * 100, rounded half-up to 2 decimals."""
    return round_half_up(dec(total) * 100 / dec(max_points), 2)


def add(*values: float) -> float:
    """Exact sum of 2-decimal figures (float addition would leave 94.78999999)."""
    return float(sum((dec(v) for v in values), Decimal(0)))


def band_of(index: float) -> str:
    for name, low, high in BANDS:
        if index >= low and (high is None or index < high):
            return name
    raise ValueError(f"no band for {index}")


def band_bounds(name: str) -> tuple[float, float | None]:
    for band, low, high in BANDS:
        if band == name:
            return low, high
    raise KeyError(name)


def fmt(value: float | None, digits: int = 2) -> str:
    """Vietnamese number: decimal comma, dot thousands separator (95,39; 2.124)."""
    if value is None:
        return ""
    text = f"{dec(value):,.{digits}f}" if digits else f"{int(round(value)):,}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def fmt_points(value: float) -> str:
    """Maximum / criterion points as printed in plans: 8,5 / 10 / 0,25 (no trailing zeros)."""
    text = f"{dec(value).normalize():f}"
    return text.replace(".", ",")
