import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_converter_accepts_amounts_written_with_a_decimal_comma(page: Page) -> None:
    page.route(
        "**/api/rates",
        lambda route: route.fulfill(json={"base": "EUR", "rates": {"GBP": 0.86, "USD": 1.08, "JPY": 162.4}}),
    )
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Currency converter")).to_be_visible()

    page.get_by_label("Amount").fill("12,50")
    page.get_by_label("Convert to").select_option("USD")
    page.get_by_role("button", name="Convert").click()

    expect(page.get_by_test_id("conversion")).to_have_text("12.50 EUR = 13.50 USD")
    expect(page.get_by_text("Enter an amount, e.g. 12.50")).to_have_count(0)
