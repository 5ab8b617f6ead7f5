"""Quantities with a unit, conversion between units, and display."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


class UnitError(ValueError):
    """A unit is unknown, or cannot be converted to the unit asked for."""


# unit -> (dimension, size in the dimension's base unit, measuring system)
UNITS: dict[str, tuple[str, float, str]] = {
    "mm": ("length", 0.001, "metric"),
    "cm": ("length", 0.01, "metric"),
    "m": ("length", 1.0, "metric"),
    "km": ("length", 1000.0, "metric"),
    "in": ("length", 0.0254, "imperial"),
    "ft": ("length", 0.3048, "imperial"),
    "mi": ("length", 1609.344, "imperial"),
    "mg": ("mass", 0.001, "metric"),
    "g": ("mass", 1.0, "metric"),
    "kg": ("mass", 1000.0, "metric"),
    "oz": ("mass", 28.349523125, "imperial"),
    "lb": ("mass", 453.59237, "imperial"),
    "ml": ("volume", 1.0, "metric"),
    "l": ("volume", 1000.0, "metric"),
    "tsp": ("volume", 4.92892159375, "imperial"),
    "tbsp": ("volume", 14.78676478125, "imperial"),
    "cup": ("volume", 236.5882365, "imperial"),
    "pc": ("count", 1.0, "count"),
    "dozen": ("count", 12.0, "count"),
}

ALIASES = {
    "meter": "m", "metre": "m", "kilometer": "km", "kilometre": "km", "inch": "in", "inches": "in",
    "foot": "ft", "feet": "ft", "mile": "mi", "gram": "g", "kilogram": "kg", "pound": "lb",
    "ounce": "oz", "liter": "l", "litre": "l", "teaspoon": "tsp", "tablespoon": "tbsp",
    "piece": "pc", "pcs": "pc",
}

_QUANTITY = re.compile(
    r"""\s*
    (?:(?P<whole>\d+)\s+(?=\d+/\d+))?                       # whole part of a mixed number: "1 1/2"
    (?P<number>\d+/\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)
    \s*(?P<unit>[A-Za-z]+)\.?\s*""",
    re.VERBOSE,
)


def _resolve_unit(name: str) -> str:
    """The table's name for a unit written as `name` (exact, lower-cased, alias, or singular)."""
    if name in UNITS:
        return name
    lowered = name.lower()
    for candidate in (lowered, ALIASES.get(lowered), ALIASES.get(lowered[:-1]) if lowered.endswith("s") else None,
                      lowered[:-1] if lowered.endswith("s") else None):
        if candidate in UNITS:
            return candidate
    raise UnitError(f"unknown unit: {name!r}")


@dataclass(frozen=True)
class Quantity:
    """An amount in one of the units of ``UNITS``.

    Raises:
        UnitError: If the unit is not a key of ``UNITS``.
        TypeError: If the value is not an int or a float (bools are refused).
        ValueError: If the value is negative, infinite or NaN.
    """

    value: float
    unit: str

    def __post_init__(self) -> None:
        if self.unit not in UNITS:
            raise UnitError(f"unknown unit: {self.unit!r}")
        if isinstance(self.value, bool) or not isinstance(self.value, int | float):
            raise TypeError(f"value must be a number, got {type(self.value).__name__}")
        if not math.isfinite(self.value):
            raise ValueError(f"value must be finite, got {self.value}")
        if self.value < 0:
            raise ValueError(f"value must not be negative, got {self.value}")
        object.__setattr__(self, "value", float(self.value))

    @classmethod
    def parse(cls, text: str) -> Quantity:
        """Read a quantity as people write it, such as ``"12.5 km"``.

        The number may be a decimal (``"12.5"``, ``".5"``), have commas between groups
        of three digits (``"1,200 g"``), or be a fraction or a mixed number
        (``"3/4 cup"``, ``"1 1/2 cups"``). The space before the unit is optional and a
        trailing dot after it is ignored (``"2 tbsp."``). The unit may be any key of
        ``UNITS`` or ``ALIASES``, in any case, and in the plural with an ``s``.

        Args:
            text: The quantity as written.

        Returns:
            The quantity, in the unit's name from ``UNITS``.

        Raises:
            ValueError: If the text is not a number followed by a unit, or a fraction
                has a zero denominator.
            UnitError: If the unit is unknown.
        """
        match = _QUANTITY.fullmatch(text)
        if match is None:
            raise ValueError(f"not a quantity: {text!r}")
        number = match["number"].replace(",", "")
        if "/" in number:
            numerator, denominator = (int(part) for part in number.split("/"))
            if denominator == 0:
                raise ValueError(f"zero denominator in {text!r}")
            value = numerator / denominator
        else:
            value = float(number)
        if match["whole"] is not None:
            value += int(match["whole"])
        return cls(value, _resolve_unit(match["unit"]))

    @property
    def readable(self) -> Quantity:
        """The same amount in the unit that reads best.

        That is the largest unit of the same dimension and measuring system (metric,
        imperial, or counts) in which the value is at or above 1; when the value is below
        1 even in the smallest such unit, or is zero, the quantity itself.
        """
        if self.value == 0:
            return self
        dimension, size, system = UNITS[self.unit]
        base = self.value * size
        best = self
        best_size = 0.0
        for unit, (other_dimension, other_size, other_system) in UNITS.items():
            if other_dimension != dimension or other_system != system:
                continue
            if base / other_size >= 1 - 1e-12 and other_size > best_size:
                best, best_size = convert(self, unit), other_size
        return best

    def add(self, other: Quantity | float) -> Quantity:
        if isinstance(other, Quantity):
            other_value = convert(other, self.unit).value
        elif isinstance(other, int | float) and not isinstance(other, bool):
            other_value = float(other)
        else:
            raise TypeError(f"cannot add {type(other).__name__} to a Quantity")
        return Quantity(float(f"{self.value + other_value:.12g}"), self.unit)

    def __add__(self, other: object) -> Quantity:
        if not isinstance(other, Quantity):
            return NotImplemented
        return self.add(other)


def convert(quantity: Quantity, to_unit: str) -> Quantity:
    """Express a quantity in another unit of the same dimension.

    The result is rounded to 12 significant digits, so that ``convert(Quantity(1, "km"),
    "m")`` is exactly 1000 m.

    Args:
        quantity: What to convert.
        to_unit: The target unit: a key of ``UNITS`` or ``ALIASES``, in any case, or a
            plural with an ``s``.

    Returns:
        The quantity in the target unit (named as in ``UNITS``).

    Raises:
        UnitError: If the target unit is unknown or measures another dimension (a mass
            cannot become a length).
    """
    target = _resolve_unit(to_unit)
    dimension, size, _ = UNITS[quantity.unit]
    target_dimension, target_size, _ = UNITS[target]
    if dimension != target_dimension:
        raise UnitError(f"cannot convert {dimension} ({quantity.unit}) to {target_dimension} ({target})")
    if target == quantity.unit:
        return quantity
    return Quantity(float(f"{quantity.value * size / target_size:.12g}"), target)


def format_quantity(quantity: Quantity, places: int = 2) -> str:
    """Format a quantity for display, such as ``"12.5 km"``.

    Rounding is half up (``2.675`` with two places gives ``2.68``). Values that are at
    or above 1000 once rounded to ``places`` decimals are rounded to a whole number
    instead and grouped by thousands with commas (``"1,250 m"``, and ``"1,000 g"`` for
    999.999 g). Smaller values are rounded to ``places`` decimals, with trailing
    zeros and a trailing decimal point removed (``"3 g"``, ``"0.5 l"``). A value above
    zero that would round to zero is shown as less than the smallest step
    (``"< 0.01 g"``).

    Args:
        quantity: What to format.
        places: Decimal places for values below 1000, from 0 to 6.

    Returns:
        The number, a space and the unit.

    Raises:
        ValueError: If ``places`` is outside 0 to 6.
    """
    if not 0 <= places <= 6:
        raise ValueError(f"places must be between 0 and 6, got {places}")
    value = Decimal(repr(quantity.value))
    step = Decimal(1).scaleb(-places)
    rounded = value.quantize(step, rounding=ROUND_HALF_UP)
    if rounded >= 1000:
        return f"{value.quantize(Decimal(1), rounding=ROUND_HALF_UP):,} {quantity.unit}"
    if rounded == 0 and value > 0:
        return f"< {step} {quantity.unit}"
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return f"{text} {quantity.unit}"
