import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_flower_order_with_a_gift_message(page: Page) -> None:
    page.goto(BASE_URL)
    place = page.get_by_role("button", name="Place order")
    expect(page.get_by_role("radio", checked=True)).to_have_count(0)
    expect(place).to_be_disabled()

    page.get_by_role("radio", name="Red roses").check()
    expect(page.get_by_test_id("total")).to_have_text("Total: £45.00")
    expect(page.get_by_test_id("message-counter")).to_have_text("50 characters left")

    page.get_by_label("Delivery").select_option("next-day")
    expect(page.get_by_test_id("total")).to_have_text("Total: £51.00")

    page.get_by_label("Gift message").fill("Happy anniversary, love from both of us!")
    expect(page.get_by_test_id("message-counter")).to_have_text("10 characters left")
    expect(page.get_by_role("alert")).to_have_count(0)

    page.get_by_label("Gift message").fill("Happy anniversary to the best husband in the whole wide world!")
    expect(page.get_by_test_id("message-counter")).to_have_text("12 characters too many")
    expect(page.get_by_role("alert")).to_contain_text("too long")
    expect(place).to_be_disabled()

    page.get_by_label("Gift message").fill("Happy anniversary, love you x")
    expect(page.get_by_role("alert")).to_have_count(0)

    page.get_by_role("checkbox", name="Send anonymously").check()
    expect(page.get_by_label("From", exact=True)).to_have_count(0)

    place.click()
    confirmation = page.get_by_role("status")
    expect(confirmation).to_contain_text("Red roses")
    expect(confirmation).to_contain_text("next day delivery")
    expect(confirmation).to_contain_text("£51.00")
