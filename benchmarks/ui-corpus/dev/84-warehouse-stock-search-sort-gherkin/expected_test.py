import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_searching_and_sorting_the_stock_list(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_placeholder("Search SKU or name").fill("bolt")
    expect(page.get_by_text("Showing 3 of 5 items")).to_be_visible()
    expect(page.get_by_text("Wing nut")).to_have_count(0)

    page.get_by_role("button", name="Qty on hand").click()
    names = page.get_by_test_id("item-name")
    expect(names).to_have_text(["Carriage bolt", "M8 hex bolt", "M6 hex bolt"])

    page.get_by_role("button", name="Qty on hand").click()
    expect(names.first).to_have_text("M6 hex bolt")

    page.get_by_placeholder("Search SKU or name").fill("gasket")
    expect(page.get_by_text("No items match “gasket”")).to_be_visible()
    expect(page.get_by_text("Showing 0 of 5 items")).to_be_visible()
