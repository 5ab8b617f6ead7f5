import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_poster_order_over_50_copies(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Size").select_option("A2")
    page.get_by_role("radio", name="Gloss").check()
    page.get_by_label("Quantity").fill("60")

    expect(page.get_by_role("alert")).to_contain_text("more than 50 posters please call")
    expect(page.get_by_test_id("price")).to_have_count(0)
    expect(page.get_by_role("button", name="Place order")).to_be_disabled()
    page.get_by_label("I have checked the proof").check()
    expect(page.get_by_role("button", name="Place order")).to_be_disabled()

    page.get_by_label("Quantity").fill("12")
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_test_id("price")).to_have_text("Price: £54.00 (12 × £4.50)")

    page.get_by_role("button", name="Place order").click()
    expect(page.get_by_role("status")).to_have_text("Order placed: 12 A2 gloss posters")
    expect(page.get_by_label("Quantity")).not_to_be_editable()
