import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

EXAMPLES = [
    ("Trousers", "Shorten hem", False, "£12.00", "7"),
    ("Jacket", "Take in waist", True, "£52.50", "2"),
    ("Coat", "Replace zip", False, "£45.00", "7"),
    ("Dress", "Shorten hem", True, "£33.00", "2"),
]


def test_quote_for_a_single_alteration_with_or_without_express(page: Page) -> None:
    for garment, alteration, express, price, days in EXAMPLES:
        page.goto(BASE_URL)
        page.get_by_label("Garment").select_option(garment)
        page.get_by_label("Alteration").select_option(alteration)
        page.get_by_label("Express service").set_checked(express)
        page.get_by_role("button", name="Get quote").click()
        expect(page.get_by_test_id("quote-price")).to_have_text(f"Price: {price}")
        expect(page.get_by_test_id("ready")).to_have_text(f"Ready in {days} days")
