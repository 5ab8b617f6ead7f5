import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_gift_wrapping_is_removed_from_the_bill_when_the_order_is_no_longer_a_gift(page: Page) -> None:
    page.goto(BASE_URL)
    summary = page.get_by_role("complementary", name="Order summary")
    total = page.get_by_test_id("order-total")

    page.get_by_label("This order is a gift").check()
    expect(summary.get_by_role("listitem").filter(has_text="Gift wrapping")).to_contain_text("€3.50")
    expect(total).to_have_text("Total €45.50")

    page.get_by_label("Gift message").fill("Happy birthday, Sam!")
    expect(page.get_by_text("100 characters left")).to_be_visible()

    page.get_by_label("This order is a gift").uncheck()
    expect(page.get_by_label("Gift message")).to_have_count(0)
    expect(page.get_by_label("Hide prices on the packing slip")).to_have_count(0)
    expect(total).to_have_text("Total €42.00")
    expect(summary.get_by_text("Gift wrapping")).to_have_count(0)
