import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_clearing_the_recipe_search_shows_every_recipe(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Find a recipe").fill("lemon")
    expect(page.get_by_role("listitem")).to_have_count(2)

    page.get_by_role("button", name="Clear search").click()
    expect(page.get_by_label("Find a recipe")).to_have_value("")
    expect(page.get_by_role("listitem")).to_have_count(5)
    expect(page.get_by_test_id("summary")).to_have_text("Showing 5 recipes")
    expect(page.get_by_role("button", name="Clear search")).to_have_count(0)
