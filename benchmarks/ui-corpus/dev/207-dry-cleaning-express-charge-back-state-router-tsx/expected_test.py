import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_express_charge_is_dropped_when_switching_back_to_standard(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Shirt").fill("3")
    page.get_by_label("Two-piece suit").fill("1")
    page.get_by_role("button", name="Next").click()

    expect(page.get_by_test_id("progress")).to_have_text("Step 2 of 3")
    expect(page.get_by_role("heading", name="Collection")).to_be_visible()

    page.get_by_label("Collection day").select_option("Thursday")
    page.get_by_role("checkbox", name="Express service").check()
    page.get_by_role("button", name="Next").click()

    summary = page.get_by_role("table", name="Order summary")
    expect(summary.get_by_role("row", name="3 × Shirt")).to_contain_text("£10.50")
    expect(summary.get_by_role("row", name="1 × Two-piece suit")).to_contain_text("£14.00")
    expect(summary.get_by_role("row", name="Express service")).to_contain_text("£5.00")
    expect(page.get_by_test_id("collection")).to_have_text("Collection: Thursday")
    expect(page.get_by_test_id("order-total")).to_have_text("Total: £29.50")

    page.get_by_role("button", name="Back").click()
    page.get_by_role("checkbox", name="Express service").uncheck()
    page.get_by_role("button", name="Next").click()
    expect(summary.get_by_role("row", name="Express service")).to_have_count(0)
    expect(page.get_by_test_id("order-total")).to_have_text("Total: £24.50")
    expect(page.get_by_test_id("collection")).to_have_text("Collection: Thursday")

    page.get_by_role("button", name="Back").click()
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_label("Shirt")).to_have_value("3")
    expect(page.get_by_label("Two-piece suit")).to_have_value("1")

    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Place order").click()
    confirmation = page.get_by_role("status")
    expect(confirmation).to_contain_text("collect 4 items on Thursday")
    expect(confirmation).to_contain_text("£24.50")
