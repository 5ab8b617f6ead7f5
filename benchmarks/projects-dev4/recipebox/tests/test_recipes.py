from decimal import Decimal

from recipebox import ShoppingList, load_recipe, recipe_calories, save_recipes


def test_scale_doubles_amounts(pancakes):
    doubled = pancakes.scale(8)

    assert doubled.servings == 8
    flour = next(i for i in doubled.ingredients if i.name == "flour")
    assert flour.amount == Decimal("400.00")
    assert pancakes.servings == 4


def test_shopping_list_merges_same_ingredient(pancakes, omelette):
    shopping = ShoppingList(pancakes, omelette)

    lines = list(shopping.lines(pantry=["sugar"]))

    assert len(shopping) == 2
    assert "eggs: 5" in lines
    assert any(line.startswith("milk: 359.15") for line in lines)
    assert not any(line.startswith("sugar") for line in lines)


async def test_calories_skip_unknown_ingredients(pancakes, nutrition_client):
    kcal = await recipe_calories(pancakes, nutrition_client)

    assert kcal == Decimal("997")
    assert nutrition_client.requested == ["flour", "milk", "eggs", "sugar"]


def test_save_and_load_round_trip(pancakes, recipe_dir):
    (path,) = save_recipes([pancakes], recipe_dir)

    assert path.name == "pancakes.json"
    assert load_recipe(path) == pancakes
