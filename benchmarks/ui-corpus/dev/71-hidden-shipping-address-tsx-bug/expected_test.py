import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_hidden_shipping_address_still_blocks_the_order(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_placeholder("Full name").fill("Jonas Berg")
    page.get_by_placeholder("Street and number").fill("Kirkegata 5")
    page.get_by_placeholder("City", exact=True).fill("Oslo")
    page.get_by_placeholder("Postcode", exact=True).fill("0153")
    page.get_by_label("Ship to a different address").check()
    page.get_by_label("Ship to a different address").uncheck()
    page.get_by_role("button", name="Place order").click()

    expect(page.get_by_placeholder("Shipping street")).to_have_count(0)
    expect(page.get_by_text("Thanks! Order placed.")).to_be_visible()
    expect(page.get_by_text("Shipping street is required")).to_have_count(0)
