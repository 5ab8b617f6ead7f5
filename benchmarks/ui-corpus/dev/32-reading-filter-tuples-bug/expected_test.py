import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_still_to_read_keeps_showing_finished_books(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("button", name="Still to read").click()

    expect(page.get_by_role("listitem")).to_have_count(2)
    expect(page.get_by_text("The Left Hand of Darkness")).to_have_count(0)
    expect(page.get_by_role("button", name="Still to read")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("button", name="Everything")).to_have_attribute("aria-pressed", "false")
