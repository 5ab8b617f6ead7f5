import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_loading_more_field_notes_until_the_end(page: Page) -> None:
    page.goto(BASE_URL)
    status = page.get_by_test_id("feed-status")
    expect(status).to_have_text("Showing 3 of 7")

    page.get_by_role("button", name="Load more").click()
    expect(status).to_have_text("Showing 6 of 7")

    page.get_by_role("button", name="Load more").click()
    expect(status).to_have_text("Showing 7 of 7")
    expect(page.get_by_text("You have reached the end")).to_be_visible()
    expect(page.get_by_role("button", name="Load more")).to_have_count(0)
