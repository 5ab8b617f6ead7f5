"""Recipes that scale to a number of servings, measurement files and prices."""

from __future__ import annotations

import csv
import math
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from units.quantity import UNITS, Quantity, UnitError, convert

# Decimal places of each currency's minor unit, where it is not 2.
CURRENCY_PLACES = {"JPY": 0, "KRW": 0, "ISK": 0, "BHD": 3, "KWD": 3, "TND": 3}


@dataclass
class Recipe:
    """A recipe: ingredient amounts for a number of servings.

    Attributes:
        name: The recipe's title.
        servings: How many people the amounts feed.
        ingredients: Amount by ingredient name (as given by :meth:`normalize_name`).
    """

    name: str
    servings: int
    ingredients: dict[str, Quantity] = field(default_factory=dict)

    @staticmethod
    def normalize_name(name: str) -> str:
        """The key an ingredient is stored under.

        Lower-cases the name, collapses runs of whitespace into one space, drops
        characters other than letters, digits, spaces and hyphens, and makes the last
        word singular: ``"ies"`` becomes ``"y"`` (``"berries"``), ``"oes"`` becomes
        ``"o"`` (``"tomatoes"``), and a final ``"s"`` is dropped (``"eggs"``) unless it
        follows another ``"s"`` (``"glass"`` stays).

        Args:
            name: The ingredient as written, such as ``"  Fresh Tomatoes!"``.

        Returns:
            The normalized name, such as ``"fresh tomato"``.

        Raises:
            ValueError: If nothing is left of the name.
        """
        cleaned = re.sub(r"[^a-z0-9\s-]", "", name.lower())
        words = cleaned.split()
        if not words:
            raise ValueError(f"empty ingredient name: {name!r}")
        last = words[-1]
        if last.endswith("ies") and len(last) > 3:
            last = last[:-3] + "y"
        elif last.endswith("oes") and len(last) > 3:
            last = last[:-2]
        elif last.endswith("s") and not last.endswith("ss") and len(last) > 1:
            last = last[:-1]
        words[-1] = last
        return " ".join(words)

    def add_ingredient(self, name: str, amount: Quantity | str) -> Quantity:
        key = self.normalize_name(name)
        quantity = Quantity.parse(amount) if isinstance(amount, str) else amount
        if key in self.ingredients:
            quantity = self.ingredients[key].add(quantity)
        self.ingredients[key] = quantity
        return quantity

    def scale(self, servings: int) -> None:
        """Change the recipe, in place, to feed another number of servings.

        Every amount is multiplied by ``servings / self.servings``. Amounts counted in
        pieces or dozens are rounded up to a whole number of pieces (and kept in pieces
        or dozens as before); other amounts are rounded to three decimal places, and an
        amount that would round to zero becomes 0.001 of its unit. Then ``servings`` is
        updated.

        Args:
            servings: The new number of servings, at least 1.

        Raises:
            ValueError: If ``servings`` is below 1.
        """
        if servings < 1:
            raise ValueError(f"servings must be at least 1, got {servings}")
        factor = servings / self.servings
        for key, quantity in list(self.ingredients.items()):
            dimension, size, _ = UNITS[quantity.unit]
            if dimension == "count":
                pieces = math.ceil(quantity.value * size * factor - 1e-9)
                value = pieces / size
            else:
                value = round(quantity.value * factor, 3)
                if value == 0 and quantity.value > 0:
                    value = 0.001
            self.ingredients[key] = Quantity(value, quantity.unit)
        self.servings = servings


def sum_measurements(path: Path, unit: str, name: str | None = None) -> Quantity:
    """Add up the measurements in a CSV file, in one unit.

    The file has a header row with the columns ``name``, ``value`` and ``unit`` (in any
    order; other columns are ignored). Blank rows and rows whose name starts with ``#``
    are skipped. Names are compared as :meth:`Recipe.normalize_name` gives them.

    Args:
        path: The CSV file, UTF-8.
        unit: The unit of the total, a key of ``UNITS``; so are the units in the file.
        name: When given, only the rows for this ingredient are added up.

    Returns:
        The total, in ``unit`` (zero when no row counts).

    Raises:
        ValueError: If a column is missing, or a row's value is not a non-negative
            number (the message names the line).
        UnitError: If a unit is unknown or measures another dimension than ``unit``.
    """
    wanted = Recipe.normalize_name(name) if name is not None else None
    total = Quantity(0, unit)
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = {"name", "value", "unit"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path.name}: missing column(s) {', '.join(sorted(missing))}")
        for row in reader:
            row_name = (row["name"] or "").strip()
            if not row_name or row_name.startswith("#"):
                continue
            if wanted is not None and Recipe.normalize_name(row_name) != wanted:
                continue
            try:
                quantity = Quantity(float(row["value"]), (row["unit"] or "").strip())
            except UnitError:
                raise
            except (TypeError, ValueError):
                raise ValueError(f"{path.name}, line {reader.line_num}: bad value {row['value']!r}") from None
            total = total.add(convert(quantity, total.unit))
    return total


def round_currency(amount: Decimal | int | str, currency: str = "EUR") -> Decimal:
    """Round a price to what can be paid in a currency.

    Amounts are rounded half up (away from zero) to the currency's minor unit: two
    decimal places for most currencies, none for ``JPY``, ``KRW`` and ``ISK``, three for
    ``BHD``, ``KWD`` and ``TND``. Swiss francs (``CHF``) are rounded to the nearest
    0.05, as cash is. The currency code is case-insensitive.

    Args:
        amount: The price; a string is read as a decimal number. Floats are refused,
            since they cannot hold most prices exactly.
        currency: An ISO 4217 code of three letters.

    Returns:
        The rounded amount, with exactly the currency's number of decimal places.

    Raises:
        TypeError: If ``amount`` is a float (or a bool).
        ValueError: If ``amount`` is not a finite number, or ``currency`` is not three
            letters.
    """
    if isinstance(amount, float | bool):
        raise TypeError("amount must be a Decimal, an int or a str, not " + type(amount).__name__)
    code = currency.strip().upper()
    if len(code) != 3 or not code.isalpha() or not code.isascii():
        raise ValueError(f"invalid currency code: {currency!r}")
    try:
        value = Decimal(amount.strip() if isinstance(amount, str) else amount)
    except InvalidOperation:
        raise ValueError(f"not a number: {amount!r}") from None
    if not value.is_finite():
        raise ValueError(f"amount must be finite, got {amount!r}")
    if code == "CHF":
        twentieths = (value * 20).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return (twentieths / 20).quantize(Decimal("0.01"))
    places = CURRENCY_PLACES.get(code, 2)
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
