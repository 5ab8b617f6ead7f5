"""recipebox: keep recipes, scale them and turn them into shopping lists."""

from .models import Ingredient, Recipe, RecipeFormatError
from .nutrition import NutritionClient, NutritionLookupError, recipe_calories
from .shopping import ShoppingList
from .storage import load_recipe, save_recipes
from .units import Dimension, UnitError, convert, parse_quantity

__all__ = [
    "Dimension",
    "Ingredient",
    "NutritionClient",
    "NutritionLookupError",
    "Recipe",
    "RecipeFormatError",
    "ShoppingList",
    "UnitError",
    "convert",
    "load_recipe",
    "parse_quantity",
    "recipe_calories",
    "save_recipes",
]

__version__ = "0.3.1"
