import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_opening_a_product_page_and_going_back(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="All products")).to_be_visible()

    page.get_by_role("link", name="Wool socks").click()
    expect(page.get_by_role("heading", name="Wool socks")).to_be_visible()
    expect(page.get_by_text("€14")).to_be_visible()
    expect(page.get_by_text("Out of stock")).to_be_visible()

    page.get_by_role("link", name="Back to all products").click()
    expect(page.get_by_role("heading", name="All products")).to_be_visible()

    page.get_by_role("link", name="Trail boots").click()
    expect(page.get_by_text("4 left in stock")).to_be_visible()
