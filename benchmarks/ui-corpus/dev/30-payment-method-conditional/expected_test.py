import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_the_card_number_field_follows_the_payment_method(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Card number").fill("4111 1111 1111")
    page.get_by_role("button", name="Pay now").click()
    expect(page.get_by_test_id("payment-message")).to_have_text("Card number must have 16 digits")

    page.get_by_label("Bank transfer").check()
    expect(page.get_by_label("Card number")).to_have_count(0)

    page.get_by_role("button", name="Pay now").click()
    expect(page.get_by_test_id("payment-message")).to_have_text("Redirecting you to the bank transfer page")
