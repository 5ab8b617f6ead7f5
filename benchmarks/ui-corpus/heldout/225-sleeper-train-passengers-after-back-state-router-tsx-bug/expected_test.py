import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_total_follows_passengers_changed_after_going_back(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Travelling to").select_option("Fort William")
    page.get_by_label("Night of travel").select_option("Fri 13 September")
    page.get_by_label("Passengers").select_option("1")
    page.get_by_role("button", name="Next").click()

    page.get_by_role("radio", name="Comfort seat").check()
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", name="Check your booking")).to_be_visible()
    expect(page.get_by_text("London Euston → Fort William")).to_be_visible()
    expect(page.get_by_text("Fri 13 September")).to_be_visible()
    expect(page.get_by_test_id("review-passengers")).to_have_text("1")
    expect(page.get_by_test_id("review-total")).to_have_text("Total to pay: £55.00")

    page.get_by_role("button", name="Back").click()
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_role("heading", name="Your journey")).to_be_visible()
    expect(page.get_by_label("Travelling to")).to_have_value("Fort William")
    expect(page.get_by_label("Night of travel")).to_have_value("Fri 13 September")

    page.get_by_label("Passengers").select_option("2")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("group", name="Accommodation for 2 passengers")).to_be_visible()
    expect(page.get_by_role("radio", name="Comfort seat")).to_be_checked()

    page.get_by_role("button", name="Next").click()
    expect(page.get_by_test_id("review-passengers")).to_have_text("2")
    expect(page.get_by_test_id("review-total")).to_have_text("Total to pay: £110.00")
    expect(page.get_by_text("£55.00")).to_have_count(0)
