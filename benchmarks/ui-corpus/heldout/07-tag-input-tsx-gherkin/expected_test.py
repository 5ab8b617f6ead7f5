import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_duplicate_tags_are_refused_and_tags_can_be_removed(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("New tag").fill("Travel")
    page.get_by_role("button", name="Add tag").click()
    expect(page.get_by_text("#travel")).to_be_visible()

    page.get_by_label("New tag").fill("travel")
    page.get_by_role("button", name="Add tag").click()
    expect(page.get_by_role("alert")).to_have_text('"travel" is already added')

    page.get_by_role("button", name="Remove travel").click()
    expect(page.get_by_text("#travel")).to_have_count(0)
