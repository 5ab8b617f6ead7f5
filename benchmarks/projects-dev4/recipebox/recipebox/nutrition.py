"""Calorie estimates through an external nutrition service."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Protocol

from .models import Ingredient, Recipe
from .units import UnitError, convert


class NutritionClient(Protocol):
    async def fetch(self, ingredient_name: str) -> Mapping[str, Any] | None:
        """Return nutrition facts for an ingredient, or None if unknown.

        The mapping has ``kcal_per_100g`` and, for ingredients counted in
        pieces, ``grams_per_piece``.
        """
        ...


class NutritionLookupError(LookupError):
    """The nutrition service has no usable data for an ingredient."""


def _grams(item: Ingredient, facts: Mapping[str, Any]) -> Decimal:
    try:
        return convert(item.amount, item.unit, "g")
    except UnitError:
        pass
    try:
        # Close enough for water-like liquids.
        return convert(item.amount, item.unit, "ml")
    except UnitError:
        pass
    per_piece = facts.get("grams_per_piece")
    if per_piece is None:
        raise NutritionLookupError(f"no piece weight known for {item.name!r}")
    return convert(item.amount, item.unit, "") * Decimal(str(per_piece))


async def recipe_calories(
    recipe: Recipe,
    client: NutritionClient,
    *,
    per_serving: bool = False,
    skip_unknown: bool = True,
) -> Decimal:
    """Estimate the calories in a recipe.

    All ingredients are looked up concurrently.

    Args:
        recipe: The recipe to estimate.
        client: Service that returns nutrition facts per ingredient.
        per_serving: Divide the total by the recipe's servings.
        skip_unknown: Ignore ingredients the service does not know instead
            of failing.

    Returns:
        The estimate in kcal, rounded to a whole number.

    Raises:
        NutritionLookupError: If an ingredient is unknown and
            ``skip_unknown`` is false, or a piece weight is missing.
    """
    facts_list = await asyncio.gather(
        *(client.fetch(item.name) for item in recipe.ingredients)
    )
    total = Decimal(0)
    for item, facts in zip(recipe.ingredients, facts_list, strict=True):
        if not facts:
            if skip_unknown:
                continue
            raise NutritionLookupError(f"no nutrition data for {item.name!r}")
        kcal_per_100g = Decimal(str(facts["kcal_per_100g"]))
        total += _grams(item, facts) * kcal_per_100g / 100
    if per_serving:
        total /= recipe.servings
    return total.quantize(Decimal("1"))
