from decimal import Decimal

import pytest
from recipebox import Ingredient, Recipe


class FakeNutritionClient:
    """In-memory stand-in for the nutrition web service."""

    def __init__(self, facts):
        self.facts = facts
        self.requested = []

    async def fetch(self, ingredient_name):
        self.requested.append(ingredient_name)
        return self.facts.get(ingredient_name)


@pytest.fixture
def pancakes():
    return Recipe.from_dict(
        {
            "title": "Pancakes",
            "servings": 4,
            "ingredients": ["200 g flour", "300 ml milk", "2 eggs", "1 tbsp sugar"],
            "steps": ["Whisk everything.", "Fry in a hot pan."],
            "tags": ["Breakfast", "sweet"],
        }
    )


@pytest.fixture
def omelette():
    return Recipe(
        title="Omelette",
        servings=1,
        ingredients=[
            Ingredient("eggs", 3),
            Ingredient("milk", Decimal("0.25"), "cup"),
            Ingredient("chives", 1, "tbsp"),
        ],
        steps=["Beat the eggs with the milk.", "Cook gently, fold, add chives."],
    )


@pytest.fixture
def nutrition_client():
    return FakeNutritionClient(
        {
            "flour": {"kcal_per_100g": 364},
            "milk": {"kcal_per_100g": 42},
            "eggs": {"kcal_per_100g": 143, "grams_per_piece": 50},
        }
    )


@pytest.fixture
def recipe_dir(tmp_path):
    return tmp_path / "recipes"
