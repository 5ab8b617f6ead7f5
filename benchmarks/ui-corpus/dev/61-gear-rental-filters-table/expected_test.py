import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_narrowing_down_the_gear_catalogue(page: Page) -> None:
    page.goto(BASE_URL)
    items = page.get_by_role("listitem").get_by_role("heading")
    for search, category, weekend, listed in [
        ("", "Camping", False, ["Tent (2 person)", "Camping stove", "Sleeping bag"]),
        ("", "Water", True, ["Wetsuit", "Stand-up paddleboard"]),
        ("bag", "All", False, ["Sleeping bag", "Chalk bag"]),
        ("bag", "Camping", True, []),
        ("KAYAK", "All", False, ["Kayak"]),
        ("tent", "Climbing", False, []),
    ]:
        page.get_by_label("Search gear").fill(search)
        page.get_by_label("Category").select_option(category)
        page.get_by_label("Available this weekend").set_checked(weekend)
        if listed:
            expect(items).to_have_text(listed)
            expect(page.get_by_text("No gear matches your search.")).to_have_count(0)
        else:
            expect(page.get_by_text("No gear matches your search.")).to_be_visible()
            expect(items).to_have_count(0)
