import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_quantities_outside_1_to_99_are_refused(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Item").fill("Oranges")
    page.get_by_label("Quantity").fill("120")
    page.get_by_role("button", name="Add to list").click()
    expect(page.get_by_role("alert")).to_have_text("Quantity must be between 1 and 99")

    page.get_by_label("Quantity").fill("6")
    page.get_by_role("button", name="Add to list").click()
    expect(page.get_by_text("6 × Oranges")).to_be_visible()
    expect(page.get_by_test_id("total-items")).to_have_text("6 items to buy")
    expect(page.get_by_label("Quantity")).to_have_value("1")
