import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

MENU = [
    {"name": "Shakshuka", "price": 9.5, "allergens": ["egg"]},
    {"name": "Pesto linguine", "price": 12, "allergens": ["gluten", "nuts", "dairy"]},
    {"name": "Banana bread", "price": 3.8, "allergens": ["gluten", "nuts", "egg"]},
    {"name": "Lentil soup", "price": 6.5, "allergens": []},
    {"name": "Halloumi wrap", "price": 8, "allergens": ["gluten", "dairy"]},
    {"name": "Satay tofu bowl", "price": 10.5, "allergens": ["nuts"]},
]


def test_ticking_two_allergens_hides_every_dish_with_either(page: Page) -> None:
    page.route("**/api/menu", lambda route: route.fulfill(json=MENU))
    page.goto(BASE_URL)
    dishes = page.get_by_role("list", name="Dishes").get_by_role("listitem")
    expect(dishes).to_have_count(6)
    for allergen in ("Gluten", "Nuts", "Dairy", "Egg"):
        expect(page.get_by_label(allergen)).not_to_be_checked()

    page.get_by_label("Nuts").check()
    expect(dishes).to_have_count(3)
    expect(dishes.nth(0)).to_contain_text("Shakshuka")
    expect(dishes.nth(1)).to_contain_text("Lentil soup")
    expect(dishes.nth(2)).to_contain_text("Halloumi wrap")

    page.get_by_label("Dairy").check()
    expect(dishes).to_have_count(2)
    expect(page.get_by_test_id("dish-count")).to_have_text("2 dishes")
    expect(dishes.nth(0)).to_contain_text("Shakshuka")
    expect(dishes.nth(1)).to_contain_text("Lentil soup")
    expect(page.get_by_role("list", name="Dishes")).not_to_contain_text("Halloumi wrap")
    expect(page.get_by_label("Nuts")).to_be_checked()
    expect(page.get_by_label("Dairy")).to_be_checked()
