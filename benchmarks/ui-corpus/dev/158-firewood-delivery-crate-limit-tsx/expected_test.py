import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_firewood_order_refuses_more_than_six_crates(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Wood type").select_option(label="Kiln-dried ash")
    page.get_by_label("Crates").fill("8")
    page.get_by_label("Postcode").fill("hr2 7jd")
    page.get_by_role("button", name="Check price").click()

    expect(page.get_by_role("alert")).to_contain_text("at most 6 crates per trip")
    expect(page.get_by_test_id("total")).to_have_count(0)
    expect(page.get_by_role("button", name="Place order")).to_be_disabled()

    page.get_by_label("Crates").fill("4")
    page.get_by_role("button", name="Check price").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    price = page.get_by_label("Price")
    expect(price.get_by_text("£340.00", exact=True).first).to_be_visible()
    expect(price.get_by_text("Free", exact=True)).to_be_visible()
    expect(page.get_by_test_id("total")).to_have_text("£340.00")

    page.get_by_label("Add a bag of kindling").check()
    page.get_by_role("button", name="Check price").click()
    expect(price.get_by_text("£6.50", exact=True)).to_be_visible()
    expect(page.get_by_test_id("total")).to_have_text("£346.50")

    page.get_by_role("button", name="Place order").click()
    expect(page.get_by_role("status")).to_contain_text("4 crates of Kiln-dried ash")
    expect(page.get_by_role("status")).to_contain_text("HR2 7JD")
