import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_counting_pages_in_steps_and_never_below_zero(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("button", name="Reset")).to_be_disabled()

    page.get_by_label("Step").select_option("5")
    for _ in range(3):
        page.get_by_role("button", name="Add pages").click()
    expect(page.get_by_label("Pages read")).to_have_text("15")
    expect(page.get_by_role("button", name="Reset")).to_be_enabled()

    page.get_by_label("Step").select_option("10")
    page.get_by_role("button", name="Remove pages").click()
    page.get_by_role("button", name="Remove pages").click()
    expect(page.get_by_label("Pages read")).to_have_text("0")
