import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_checking_an_unknown_gift_card_number_never_finishes(page: Page) -> None:
    page.route(
        "**/api/gift-cards/40718823",
        lambda route: route.fulfill(status=404, json={"error": "not found"}),
    )
    page.goto(BASE_URL)
    page.get_by_label("Card number").fill("40718823")
    page.get_by_role("button", name="Check balance").click()

    expect(page.get_by_role("alert")).to_contain_text("couldn't find a card with that number")
    expect(page.get_by_text("Checking…")).to_have_count(0)
    expect(page.get_by_text("Balance:")).to_have_count(0)
    expect(page.get_by_role("button", name="Check balance")).to_be_enabled()
