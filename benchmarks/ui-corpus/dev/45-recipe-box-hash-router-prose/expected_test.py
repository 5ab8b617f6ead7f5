import os
import re

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_browsing_recipes_and_following_a_broken_recipe_link(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Recipes")).to_be_visible()
    expect(page.get_by_role("listitem")).to_have_count(3)

    page.get_by_role("link", name="Shakshuka").click()
    expect(page).to_have_url(re.compile(r"#/recipe/shakshuka$"))
    expect(page.get_by_role("heading", name="Shakshuka")).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="4 eggs")).to_be_visible()

    page.get_by_role("link", name="All recipes").click()
    expect(page.get_by_role("heading", name="Recipes")).to_be_visible()

    page.goto(BASE_URL + "#/recipe/lasagne")
    expect(page.get_by_text("We couldn't find that recipe.")).to_be_visible()
    expect(page.get_by_role("heading", name="Ingredients")).to_have_count(0)
