import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_only_travel_expenses_most_expensive_first(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_test_id("summary")).to_have_text("Showing 6 of 6 expenses")

    page.get_by_label("Category").select_option("Travel")
    expect(page.get_by_test_id("summary")).to_have_text("Showing 3 of 6 expenses")
    expect(page.get_by_test_id("total")).to_have_text("Total: €367.50")
    expect(page.get_by_role("cell", name="Team lunch")).to_have_count(0)

    page.get_by_label("Sort by").select_option("Amount (high to low)")
    rows = page.get_by_test_id("expense")
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_contain_text("Hotel Lyon")
    expect(rows.nth(1)).to_contain_text("Train to Lyon")
    expect(rows.nth(2)).to_contain_text("Taxi to airport")
