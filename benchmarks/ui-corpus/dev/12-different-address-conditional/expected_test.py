import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_separate_delivery_address_is_asked_for_only_when_wanted(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_label("Delivery street")).to_have_count(0)

    page.get_by_label("Deliver to a different address").check()
    expect(page.get_by_label("Delivery street")).to_be_visible()

    page.get_by_role("button", name="Save delivery").click()
    expect(page.get_by_role("alert")).to_have_text("Delivery street is required")

    page.get_by_label("Delivery street").fill("5 Quay Street")
    page.get_by_role("button", name="Save delivery").click()
    expect(page.get_by_role("status")).to_have_text("Delivering to 5 Quay Street")
    expect(page.get_by_role("alert")).to_have_count(0)
