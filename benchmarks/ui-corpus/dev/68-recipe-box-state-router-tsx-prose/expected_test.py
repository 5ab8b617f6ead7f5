import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_adding_a_recipes_ingredients_to_the_shopping_list(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Recipes")).to_be_visible()
    page.get_by_role("link", name="Lentil soup").click()
    expect(page.get_by_role("heading", name="Lentil soup")).to_be_visible()
    ingredients = page.get_by_role("list", name="Ingredients")
    expect(ingredients.get_by_text("red lentils")).to_be_visible()
    expect(ingredients.get_by_text("carrots")).to_be_visible()
    expect(ingredients.get_by_text("vegetable stock")).to_be_visible()

    page.get_by_role("button", name="Add ingredients to shopping list").click()
    expect(page.get_by_role("link", name="Shopping list (3)")).to_be_visible()

    page.get_by_role("link", name="Shopping list (3)").click()
    expect(page.get_by_role("heading", name="Shopping list")).to_be_visible()
    expect(page.get_by_role("listitem")).to_have_text(["Red lentils", "Carrots", "Vegetable stock"])
    expect(page.get_by_role("heading", name="Lentil soup")).to_have_count(0)
