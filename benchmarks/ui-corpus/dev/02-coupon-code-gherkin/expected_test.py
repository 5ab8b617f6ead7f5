import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_an_unknown_coupon_is_refused_and_a_known_one_lowers_the_total(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_test_id("total")).to_have_text("Total: $80.00")

    page.get_by_label("Coupon code").fill("spring")
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_role("alert")).to_have_text("Coupon SPRING is not valid")

    page.get_by_label("Coupon code").fill("save10")
    page.get_by_role("button", name="Apply").click()
    expect(page.get_by_text("SAVE10 applied: -$8.00")).to_be_visible()
    expect(page.get_by_test_id("total")).to_have_text("Total: $72.00")
    expect(page.get_by_role("alert")).to_have_count(0)
