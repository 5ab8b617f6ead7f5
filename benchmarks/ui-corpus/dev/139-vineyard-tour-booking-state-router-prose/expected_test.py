import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_booking_the_harvest_walk_for_four(page: Page) -> None:
    page.goto(BASE_URL)
    cards = page.get_by_role("article")
    expect(cards).to_have_count(3)

    cards.nth(1).get_by_role("button", name="Book").click()
    expect(page.get_by_role("heading", name="Book: Harvest walk")).to_be_visible()
    expect(page.get_by_test_id("guests")).to_have_text("1")
    expect(page.get_by_role("button", name="Fewer guests")).to_be_disabled()

    page.get_by_role("button", name="More guests").click()
    page.get_by_role("button", name="More guests").click()
    expect(page.get_by_test_id("guests")).to_have_text("3")
    expect(page.get_by_test_id("tour-total")).to_have_text("€96")

    page.get_by_role("button", name="Continue").click()
    summary = page.get_by_role("list", name="Booking summary").get_by_role("listitem")
    expect(summary).to_have_text(["Harvest walk", "3 guests", "€96"])

    page.get_by_role("button", name="Edit booking").click()
    expect(page.get_by_test_id("guests")).to_have_text("3")
    page.get_by_role("button", name="More guests").click()
    page.get_by_role("button", name="Continue").click()
    expect(summary).to_have_text(["Harvest walk", "4 guests", "€128"])

    page.get_by_role("button", name="Confirm booking").click()
    expect(page.get_by_role("status")).to_contain_text("Harvest walk")
    expect(cards).to_have_count(0)
