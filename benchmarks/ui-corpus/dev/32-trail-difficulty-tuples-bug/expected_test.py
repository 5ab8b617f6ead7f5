import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_easy_going_still_lists_the_hard_trail(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("button", name="Easy going").click()

    expect(page.get_by_role("listitem")).to_have_count(2)
    expect(page.get_by_text("Eagle Ridge")).to_have_count(0)
    expect(page.get_by_role("button", name="Easy going")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("button", name="All trails")).to_have_attribute("aria-pressed", "false")
