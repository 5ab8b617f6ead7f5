import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_keep_collection_leaves_the_collection_booked(page: Page) -> None:
    page.goto(BASE_URL)
    collections = page.get_by_role("list", name="Booked collections").get_by_role("listitem")
    expect(collections).to_have_count(3)

    collections.nth(1).get_by_role("button", name="Cancel collection").click()
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_role("heading", name="Cancel this collection?")).to_be_visible()
    expect(dialog).to_contain_text("Fridge freezer")

    dialog.get_by_role("button", name="Keep collection").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_text("Thursday 4 Dec")).to_be_visible()
    expect(page.get_by_test_id("booking-count")).to_have_text("3 collections booked")

    collections.filter(has_text="Thursday 4 Dec").get_by_role("button", name="Cancel collection").click()
    page.get_by_role("dialog").get_by_role("button", name="Yes, cancel it").click()
    expect(page.get_by_text("Thursday 4 Dec")).to_have_count(0)
    expect(page.get_by_test_id("booking-count")).to_have_text("2 collections booked")
