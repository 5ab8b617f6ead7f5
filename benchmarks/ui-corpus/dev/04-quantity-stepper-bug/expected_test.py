import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_quantity_cannot_go_below_one(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Ceramic mug")).to_be_visible()

    page.get_by_role("button", name="Increase quantity").click()
    page.get_by_role("button", name="Increase quantity").click()
    page.get_by_role("button", name="Decrease quantity").click()
    page.get_by_role("button", name="Decrease quantity").click()

    expect(page.get_by_test_id("quantity")).to_have_text("1")
    expect(page.get_by_role("button", name="Decrease quantity")).to_be_disabled()
    expect(page.get_by_role("button", name="Add 1 to basket")).to_be_visible()
