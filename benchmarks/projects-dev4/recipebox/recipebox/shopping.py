"""Shopping lists merged from several recipes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal

from .models import Recipe
from .units import UnitError, convert


def _format_amount(amount: Decimal) -> str:
    text = format(amount.quantize(Decimal("0.01")).normalize(), "f")
    return text


class ShoppingList:
    """Collects recipes and merges their ingredients into one list."""

    def __init__(self, *recipes: Recipe) -> None:
        self._recipes: dict[str, Recipe] = {}
        for recipe in recipes:
            self.add_recipe(recipe)

    def __len__(self) -> int:
        return len(self._recipes)

    def __iter__(self) -> Iterator[Recipe]:
        return iter(self._recipes.values())

    def __contains__(self, title: object) -> bool:
        return isinstance(title, str) and title.strip().lower() in self._recipes

    def add_recipe(self, recipe: Recipe, *, servings: int | None = None) -> None:
        """Add a recipe to the list.

        Args:
            recipe: The recipe to cook.
            servings: Cook for this many people instead of the recipe's own
                number of servings.

        Raises:
            ValueError: If a recipe with the same title is already on the list.
        """
        key = recipe.title.strip().lower()
        if key in self._recipes:
            raise ValueError(f"{recipe.title!r} is already on the shopping list")
        self._recipes[key] = recipe.scale(servings) if servings is not None else recipe

    def remove_recipe(self, title: str) -> Recipe:
        key = title.strip().lower()
        try:
            return self._recipes.pop(key)
        except KeyError:
            raise KeyError(f"{title!r} is not on the shopping list") from None

    def _merged(self) -> dict[tuple[str, str], Decimal]:
        totals: dict[tuple[str, str], Decimal] = {}
        units_by_name: dict[str, list[str]] = {}
        for recipe in self._recipes.values():
            for item in recipe.ingredients:
                known_units = units_by_name.setdefault(item.name, [])
                for unit in known_units:
                    try:
                        amount = convert(item.amount, item.unit, unit)
                    except UnitError:
                        continue
                    totals[(item.name, unit)] += amount
                    break
                else:
                    known_units.append(item.unit)
                    totals[(item.name, item.unit)] = item.amount
        return totals

    def lines(self, *, pantry: Iterable[str] = ()) -> Iterator[str]:
        """Yield one ``"name: amount unit"`` line per ingredient, sorted by name,
        with the same ingredient from different recipes added together and
        anything listed in ``pantry`` left out."""
        skip = {name.strip().lower() for name in pantry}
        for (name, unit), amount in sorted(self._merged().items()):
            if name in skip:
                continue
            quantity = _format_amount(amount)
            yield f"{name}: {quantity} {unit}" if unit else f"{name}: {quantity}"
