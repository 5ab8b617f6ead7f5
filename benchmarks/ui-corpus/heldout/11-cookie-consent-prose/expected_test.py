import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_saving_a_custom_cookie_choice(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("dialog", name="Cookie preferences")).to_be_visible()

    page.get_by_role("button", name="Customize").click()
    expect(page.get_by_label("Necessary cookies")).to_be_checked()
    expect(page.get_by_label("Necessary cookies")).to_be_disabled()
    expect(page.get_by_label("Analytics cookies")).not_to_be_checked()

    page.get_by_label("Analytics cookies").check()
    page.get_by_role("button", name="Save my choices").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_role("status")).to_have_text("Saved: necessary and analytics cookies")
