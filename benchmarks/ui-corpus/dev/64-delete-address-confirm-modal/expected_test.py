import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_deleting_a_saved_address_asks_for_confirmation_first(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("button", name="Delete Work address").click()
    dialog = page.get_by_role("dialog", name="Delete this address?")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Unit 4, Canal Wharf, Leeds")

    dialog.get_by_role("button", name="Keep it").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_role("listitem").filter(has_text="Unit 4, Canal Wharf, Leeds")).to_be_visible()

    page.get_by_role("button", name="Delete Work address").click()
    page.get_by_role("dialog").get_by_role("button", name="Delete", exact=True).click()
    expect(page.get_by_role("listitem").filter(has_text="Unit 4, Canal Wharf, Leeds")).to_have_count(0)
    expect(page.get_by_role("listitem").filter(has_text="12 Larch Road, Leeds")).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="3 Orchard Close, York")).to_be_visible()
    expect(page.get_by_text("Work address removed")).to_be_visible()
