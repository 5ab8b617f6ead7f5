import os
import re

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ITEMS = [
    {"id": 1, "description": "Umbrella, black", "foundAt": "Central Station", "date": "2026-03-12"},
    {"id": 2, "description": "Umbrella, red with white dots", "foundAt": "Harbour Ferry", "date": "2026-03-14"},
    {"id": 3, "description": "Folding umbrella, green", "foundAt": "Tram 4", "date": "2026-03-15"},
    {"id": 4, "description": "Backpack, grey", "foundAt": "Central Station", "date": "2026-03-15"},
    {"id": 5, "description": "Reading glasses", "foundAt": "Tram 4", "date": "2026-03-16"},
    {"id": 6, "description": "Wool scarf", "foundAt": "Harbour Ferry", "date": "2026-03-17"},
]


def test_searching_the_lost_property_office(page: Page) -> None:
    page.route("**/api/lost-items", lambda route: route.fulfill(json=ITEMS))
    page.goto(BASE_URL)
    rows = page.get_by_test_id("item-row")
    expect(rows).to_have_count(6)

    page.get_by_label("Search items").fill("umbrella")
    expect(rows).to_have_count(3)
    for row in rows.all():
        expect(row).to_contain_text(re.compile("umbrella", re.IGNORECASE))
    expect(page.get_by_text("3 items match")).to_be_visible()

    page.get_by_label("Found at").select_option("Central Station")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Umbrella, black")
    expect(page.get_by_text("1 item matches")).to_be_visible()

    page.get_by_label("Search items").fill("bicycle helmet")
    expect(page.get_by_role("table")).to_have_count(0)
    expect(page.get_by_text("No items match your search.")).to_be_visible()
