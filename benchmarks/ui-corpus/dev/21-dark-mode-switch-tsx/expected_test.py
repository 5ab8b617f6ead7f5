import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_switching_on_dark_mode(page: Page) -> None:
    page.goto(BASE_URL)
    dark = page.get_by_role("switch", name="Dark mode")
    compact = page.get_by_role("switch", name="Compact lists")
    expect(dark).not_to_be_checked()
    expect(compact).to_be_checked()
    expect(page.get_by_test_id("theme-note")).to_have_text("Light theme is on")

    dark.click()
    expect(dark).to_be_checked()
    expect(page.get_by_test_id("theme-note")).to_have_text("Dark theme is on")
    expect(compact).to_be_checked()
