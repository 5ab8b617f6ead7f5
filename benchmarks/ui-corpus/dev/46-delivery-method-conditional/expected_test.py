import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_checkout_shows_the_fields_of_the_chosen_delivery_method(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_text("Choose a delivery method to continue.")).to_be_visible()
    expect(page.get_by_label("Street address")).to_have_count(0)
    expect(page.get_by_label("Postcode")).to_have_count(0)

    page.get_by_label("Home delivery").check()
    expect(page.get_by_label("Street address")).to_be_visible()
    expect(page.get_by_label("Postcode")).to_be_visible()
    expect(page.get_by_test_id("delivery-cost")).to_have_text("€4.95")
    expect(page.get_by_test_id("order-total")).to_have_text("€42.95")
    expect(page.get_by_text("Choose a delivery method to continue.")).to_have_count(0)

    page.get_by_label("Click & collect").check()
    expect(page.get_by_label("Street address")).to_have_count(0)
    expect(page.get_by_label("Postcode")).to_have_count(0)
    expect(page.get_by_test_id("delivery-cost")).to_have_text("Free")
    expect(page.get_by_test_id("order-total")).to_have_text("€38.00")

    page.get_by_label("Pickup store").select_option("Harbour Street")
    expect(page.get_by_text("Collect from Harbour Street from tomorrow 10:00.")).to_be_visible()
