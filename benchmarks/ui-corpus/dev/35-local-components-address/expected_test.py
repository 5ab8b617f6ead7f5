import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_the_shipping_address_needs_a_street_and_a_town(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Shipping address")).to_be_visible()
    page.get_by_label("Street and number").fill("Via Roma 12")
    page.get_by_role("button", name="Use this address").click()
    expect(page.get_by_role("alert")).to_have_text("Street and town are both needed.")

    page.get_by_label("Town or city").fill("Bologna")
    page.get_by_role("button", name="Use this address").click()
    expect(page.get_by_role("status")).to_have_text("Shipping to Via Roma 12, Bologna")
    expect(page.get_by_role("alert")).to_have_count(0)
