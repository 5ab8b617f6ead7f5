import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

PLANTS = [
    {"id": 1, "name": "Lavender", "light": "Full sun", "price": 6.5, "stock": 12},
    {"id": 2, "name": "Lily of the valley", "light": "Shade", "price": 5.25, "stock": 0},
    {"id": 3, "name": "Hosta", "light": "Shade", "price": 7.99, "stock": 5},
    {"id": 4, "name": "Foxglove", "light": "Partial shade", "price": 3.75, "stock": 8},
    {"id": 5, "name": "Lady fern", "light": "Shade", "price": 9.5, "stock": 2},
    {"id": 6, "name": "Rosemary", "light": "Full sun", "price": 4.0, "stock": 0},
]


def test_finding_plants_in_stock_for_a_shady_border(page: Page) -> None:
    page.route("**/api/plants", lambda route: route.fulfill(json=PLANTS))
    page.goto(BASE_URL)

    count = page.get_by_role("status")
    cards = page.get_by_role("list", name="Plants").get_by_role("listitem")
    names = page.get_by_role("heading", level=2)
    expect(count).to_have_text("6 plants found")

    page.get_by_label("Light").select_option("Shade")
    expect(cards).to_have_count(3)
    expect(names.last).to_have_text("Lily of the valley")
    expect(page.get_by_role("heading", name="Foxglove")).to_have_count(0)

    page.get_by_label("In stock only").check()
    expect(count).to_have_text("2 plants found")
    expect(page.get_by_role("heading", name="Lily of the valley")).to_have_count(0)

    page.get_by_label("Sort by").select_option(label="Price: high to low")
    expect(names).to_have_text(["Lady fern", "Hosta"])
    expect(cards.filter(has_text="Lady fern")).to_contain_text("Only 2 left")
    expect(page.get_by_label("In stock only")).to_be_checked()
