import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_instalment_plans_for_different_purchase_amounts(page: Page) -> None:
    page.goto(BASE_URL)
    amount = page.get_by_label("Purchase amount")
    instalments = page.get_by_label("Instalments")
    out_of_range = "Instalments are available for purchases between €50 and €5,000"
    for value, count, message in [
        ("300", "3", "3 monthly payments of €100.00"),
        ("49.99", "3", out_of_range),
        ("1000", "12", "12 monthly payments of €83.33"),
        ("5000.01", "6", out_of_range),
        ("5000", "6", "6 monthly payments of €833.33"),
        ("", "3", "Enter the purchase amount"),
    ]:
        amount.fill(value)
        instalments.select_option(count)
        page.get_by_role("button", name="Show plan").click()
        expect(page.get_by_text(message, exact=True)).to_be_visible()
