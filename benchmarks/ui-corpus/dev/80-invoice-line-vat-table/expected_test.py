import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_invoice_line_total_including_vat(page: Page) -> None:
    page.goto(BASE_URL)
    for qty, unit_price, outcome in [
        ("1", "10.00", "€12.10"),
        ("3", "19.99", "€72.56"),
        ("12", "0.50", "€7.26"),
        ("2.5", "4.00", "Quantity must be a whole number"),
        ("0", "4.00", "Quantity must be at least 1"),
        ("2", "-4", "Unit price can't be negative"),
    ]:
        page.get_by_label("Qty").fill(qty)
        page.get_by_label("Unit price").fill(unit_price)
        if outcome.startswith("€"):
            expect(page.get_by_test_id("line-total")).to_have_text(outcome)
            expect(page.get_by_role("alert")).to_have_count(0)
        else:
            expect(page.get_by_role("alert")).to_have_text(outcome)
            expect(page.get_by_test_id("line-total")).to_have_text("—")
