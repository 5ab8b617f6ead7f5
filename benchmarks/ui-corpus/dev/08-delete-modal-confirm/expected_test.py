import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_removing_an_address_asks_first_and_can_be_cancelled(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("button", name="Remove 7 Linden Lane").click()
    dialog = page.get_by_role("dialog", name="Remove this address?")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("7 Linden Lane will no longer be offered at checkout.")

    page.get_by_role("button", name="Keep it").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_role("listitem").filter(has_text="7 Linden Lane")).to_be_visible()

    page.get_by_role("button", name="Remove 7 Linden Lane").click()
    page.get_by_role("button", name="Yes, remove").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_text("7 Linden Lane")).to_have_count(0)
    expect(page.get_by_text("12 Harbour Road")).to_be_visible()
