"""Kitchen units: parsing quantities and converting between units."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from enum import Enum


class Dimension(Enum):
    MASS = "mass"
    VOLUME = "volume"
    COUNT = "count"


class UnitError(ValueError):
    """Raised for unknown units or incompatible conversions."""


# canonical unit -> (dimension, size in the dimension's base unit: g, ml or piece)
_UNITS: dict[str, tuple[Dimension, Decimal]] = {
    "g": (Dimension.MASS, Decimal("1")),
    "kg": (Dimension.MASS, Decimal("1000")),
    "oz": (Dimension.MASS, Decimal("28.3495")),
    "lb": (Dimension.MASS, Decimal("453.592")),
    "ml": (Dimension.VOLUME, Decimal("1")),
    "l": (Dimension.VOLUME, Decimal("1000")),
    "tsp": (Dimension.VOLUME, Decimal("4.92892")),
    "tbsp": (Dimension.VOLUME, Decimal("14.7868")),
    "cup": (Dimension.VOLUME, Decimal("236.588")),
    "": (Dimension.COUNT, Decimal("1")),
    "dozen": (Dimension.COUNT, Decimal("12")),
}

_ALIASES = {
    "gram": "g",
    "grams": "g",
    "kilo": "kg",
    "kilos": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "ounce": "oz",
    "ounces": "oz",
    "pound": "lb",
    "pounds": "lb",
    "lbs": "lb",
    "milliliter": "ml",
    "milliliters": "ml",
    "millilitre": "ml",
    "millilitres": "ml",
    "liter": "l",
    "liters": "l",
    "litre": "l",
    "litres": "l",
    "teaspoon": "tsp",
    "teaspoons": "tsp",
    "tablespoon": "tbsp",
    "tablespoons": "tbsp",
    "tbs": "tbsp",
    "cups": "cup",
    "pc": "",
    "pcs": "",
    "piece": "",
    "pieces": "",
}

_QUANTITY_RE = re.compile(
    r"""^\s*
    (?:
        (?P<whole>\d+)\s+(?P<fnum>\d+)/(?P<fden>\d+)   # 1 1/2
      | (?P<num>\d+)/(?P<den>\d+)                      # 3/4
      | (?P<dec>\d+(?:[.,]\d+)?)                       # 2, 0.5, 0,5
    )
    \s*(?P<unit>[A-Za-z]*)\.?\s*$""",
    re.VERBOSE,
)


def _canonical_unit(name: str) -> str:
    # "Tablespoons" -> "tbsp", "" -> "" (pieces)
    key = name.strip().lower().rstrip(".")
    key = _ALIASES.get(key, key)
    if key not in _UNITS:
        raise UnitError(f"unknown unit: {name!r}")
    return key


def _fraction(numerator: str, denominator: str) -> Decimal:
    den = Decimal(denominator)
    if den == 0:
        raise UnitError("denominator of a fraction cannot be zero")
    return Decimal(numerator) / den


def parse_quantity(text: str) -> tuple[Decimal, str]:
    """Parse a written quantity such as ``"1 1/2 cups"`` or ``"250g"``.

    Mixed numbers, plain fractions and decimals (with a dot or a comma) are
    accepted. A missing unit means a count of pieces.

    Args:
        text: The quantity as written in a recipe.

    Returns:
        A ``(amount, unit)`` pair where ``unit`` is the canonical unit name
        and ``""`` stands for pieces.

    Raises:
        UnitError: If the text is not a quantity or the unit is unknown.
    """
    match = _QUANTITY_RE.match(text or "")
    if match is None:
        raise UnitError(f"cannot parse quantity: {text!r}")
    if match["whole"] is not None:
        amount = Decimal(match["whole"]) + _fraction(match["fnum"], match["fden"])
    elif match["num"] is not None:
        amount = _fraction(match["num"], match["den"])
    else:
        try:
            amount = Decimal(match["dec"].replace(",", "."))
        except InvalidOperation as exc:  # pragma: no cover - regex guards this
            raise UnitError(f"cannot parse quantity: {text!r}") from exc
    return amount, _canonical_unit(match["unit"])


def convert(amount: Decimal, from_unit: str, to_unit: str) -> Decimal:
    """Convert an amount between two units of the same dimension.

    :param amount: the quantity expressed in ``from_unit``
    :param from_unit: unit name or alias of the source
    :param to_unit: unit name or alias of the target
    :returns: the amount expressed in ``to_unit``
    :raises UnitError: if either unit is unknown or the units measure
        different things (mass vs. volume, for instance)
    """
    src_dim, src_size = _UNITS[_canonical_unit(from_unit)]
    dst_dim, dst_size = _UNITS[_canonical_unit(to_unit)]
    if src_dim is not dst_dim:
        raise UnitError(
            f"cannot convert {src_dim.value} ({from_unit!r}) to {dst_dim.value} ({to_unit!r})"
        )
    return Decimal(amount) * src_size / dst_size
