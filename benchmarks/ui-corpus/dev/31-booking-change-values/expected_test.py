import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_changing_the_stay_recalculates_the_booking_total(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Nights").fill("3")
    page.get_by_label("Guests").fill("4")
    page.get_by_label("Room type").select_option("Deluxe")
    page.get_by_label("Promo code").fill("SUMMER10")
    page.get_by_role("button", name="Recalculate").click()

    expect(page.get_by_test_id("booking-total")).to_have_text("Total: €756.00")
    expect(page.get_by_text("Discount applied: 10%")).to_be_visible()
    expect(page.get_by_label("Nights")).to_have_value("3")
