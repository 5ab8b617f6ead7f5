import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

VEG_BOX = {
    "weekOf": "3 June",
    "size": "Medium",
    "price": 16.5,
    "items": [
        {"id": 1, "name": "Carrots"},
        {"id": 2, "name": "Kale"},
        {"id": 3, "name": "Leeks"},
        {"id": 4, "name": "New potatoes"},
        {"id": 5, "name": "Red onions"},
        {"id": 6, "name": "Courgettes"},
    ],
    "alternatives": ["Beetroot", "Spinach", "Butternut squash", "Sweetcorn"],
}


def test_no_more_than_two_items_can_be_swapped(page: Page) -> None:
    page.route("**/api/veg-box", lambda route: route.fulfill(json=VEG_BOX))
    page.goto(BASE_URL)

    expect(page.get_by_text("Medium box, week of 3 June")).to_be_visible()
    items = page.get_by_role("list", name="In your box").get_by_role("listitem")
    expect(items).to_have_count(6)
    used = page.get_by_test_id("swaps-used")
    expect(used).to_have_text("Swaps used: 0 of 2")

    page.get_by_label("Swap Carrots").select_option("Beetroot")
    page.get_by_label("Swap Kale").select_option("Spinach")
    expect(used).to_have_text("Swaps used: 2 of 2")
    expect(page.get_by_role("note")).to_contain_text("used both swaps")
    expect(page.get_by_label("Swap Leeks")).to_be_disabled()
    expect(page.get_by_label("Swap Carrots")).to_be_enabled()

    page.get_by_label("Swap Carrots").select_option("Keep")
    expect(used).to_have_text("Swaps used: 1 of 2")
    expect(page.get_by_label("Swap Leeks")).to_be_enabled()

    page.get_by_label("Swap Leeks").select_option("Butternut squash")
    page.get_by_role("button", name="Save my box").click()
    names = page.get_by_test_id("veg-name")
    expect(names.filter(has_text="Butternut squash (instead of Leeks)")).to_have_count(1)
    expect(names.filter(has_text="Spinach (instead of Kale)")).to_have_count(1)
    expect(names.first).to_have_text("Carrots")
    expect(page.get_by_role("status")).to_have_text(
        "Your medium box for the week of 3 June is saved with 2 swaps."
    )
