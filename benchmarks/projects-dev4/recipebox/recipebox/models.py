"""Recipe and ingredient models."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from .units import UnitError, _canonical_unit, parse_quantity

_AMOUNT_STEP = Decimal("0.01")

_LINE_RE = re.compile(
    r"^\s*(?P<qty>\d+\s+\d+/\d+|\d+/\d+|\d+(?:[.,]\d+)?)\s*(?P<rest>.+?)\s*$"
)


class RecipeFormatError(ValueError):
    """A recipe document is missing fields or has fields of the wrong type."""


@dataclass(frozen=True)
class Ingredient:
    name: str
    amount: Decimal
    unit: str = ""

    def __post_init__(self) -> None:
        name = " ".join(str(self.name).split()).lower()
        if not name:
            raise ValueError("ingredient name must not be empty")
        try:
            amount = Decimal(str(self.amount))
        except InvalidOperation as exc:
            raise ValueError(f"invalid amount for {name}: {self.amount!r}") from exc
        if not amount.is_finite() or amount < 0:
            raise ValueError(f"amount for {name} must be a non-negative number")
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "amount", amount)
        object.__setattr__(self, "unit", _canonical_unit(self.unit))

    @classmethod
    def parse(cls, line: str) -> Ingredient:
        """Build an ingredient from a recipe line like ``"1 1/2 cups milk"``.

        A word right after the quantity is taken as the unit when it is a
        known unit; otherwise the ingredient is counted in pieces
        (``"3 eggs"``).

        Args:
            line: One ingredient line from a recipe.

        Returns:
            The parsed ingredient.

        Raises:
            ValueError: If the line does not start with a quantity or has
                no ingredient name.
        """
        match = _LINE_RE.match(line or "")
        if match is None:
            raise ValueError(f"ingredient line must start with a quantity: {line!r}")
        qty, rest = match["qty"], match["rest"]
        first, _, remainder = rest.partition(" ")
        if remainder.strip():
            try:
                amount, unit = parse_quantity(f"{qty} {first}")
            except UnitError:
                pass
            else:
                return cls(name=remainder, amount=amount, unit=unit)
        amount, _ = parse_quantity(qty)
        return cls(name=rest, amount=amount)


@dataclass
class Recipe:
    title: str
    servings: int
    ingredients: list[Ingredient] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    tags: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if not self.title.strip():
            raise ValueError("recipe title must not be empty")
        if self.servings <= 0:
            raise ValueError("servings must be a positive number")

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Recipe:
        """Create a recipe from a plain mapping, as stored in JSON.

        Ingredients may be given either as strings (``"200 g flour"``) or as
        mappings with ``name``, ``amount`` and optional ``unit`` keys.

        :param data: mapping with ``title``, ``servings`` and ``ingredients``;
            ``steps`` and ``tags`` are optional
        :returns: a new :class:`Recipe`
        :raises RecipeFormatError: if a required key is missing or a value
            cannot be interpreted
        """
        if not isinstance(data, Mapping):
            raise RecipeFormatError(f"expected a mapping, got {type(data).__name__}")
        missing = [key for key in ("title", "servings", "ingredients") if key not in data]
        if missing:
            raise RecipeFormatError(f"missing keys: {', '.join(missing)}")
        try:
            ingredients = [
                Ingredient.parse(item)
                if isinstance(item, str)
                else Ingredient(item["name"], item["amount"], item.get("unit", ""))
                for item in data["ingredients"]
            ]
            return cls(
                title=str(data["title"]),
                servings=int(data["servings"]),
                ingredients=ingredients,
                steps=[str(step) for step in data.get("steps", [])],
                tags={str(tag).lower() for tag in data.get("tags", [])},
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise RecipeFormatError(f"invalid recipe {data.get('title')!r}: {exc}") from exc

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "servings": self.servings,
            "ingredients": [
                {"name": i.name, "amount": str(i.amount), "unit": i.unit}
                for i in self.ingredients
            ],
            "steps": list(self.steps),
            "tags": sorted(self.tags),
        }

    def scale(self, servings: int) -> Recipe:
        """Return a copy of the recipe with amounts adjusted to feed ``servings`` people; a
        non-positive number of servings is rejected with ValueError."""
        if servings <= 0:
            raise ValueError("servings must be a positive number")
        factor = Decimal(servings) / Decimal(self.servings)
        ingredients = [
            replace(item, amount=(item.amount * factor).quantize(_AMOUNT_STEP))
            for item in self.ingredients
        ]
        return replace(
            self,
            servings=servings,
            ingredients=ingredients,
            steps=list(self.steps),
            tags=set(self.tags),
        )
