import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_entry_price_for_one_swimmer(page: Page) -> None:
    page.goto(BASE_URL)
    for age, visit, leisure_card, price in [
        ("2", "Peak", False, "Free entry"),
        ("3", "Off-peak", False, "£3.10"),
        ("15", "Peak", False, "£3.60"),
        ("16", "Peak", False, "£5.90"),
        ("16", "Peak", True, "£4.72"),
        ("64", "Off-peak", True, "£3.84"),
        ("65", "Peak", False, "£3.40"),
        ("", "Off-peak", False, "Enter the swimmer's age"),
    ]:
        page.get_by_label("Age").fill(age)
        page.get_by_label("Visit").select_option(visit)
        page.get_by_label("Leisure card").set_checked(leisure_card)
        page.get_by_role("button", name="Show price").click()
        expect(page.get_by_test_id("entry-price")).to_have_text(price)
