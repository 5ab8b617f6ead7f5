import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_sit_ending_after_midnight_is_quoted(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Start time").fill("19:30")
    page.get_by_label("Finish time").fill("00:30")
    page.get_by_label("Number of children").select_option("2")
    page.get_by_role("button", name="Get quote").click()

    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_test_id("sit-length")).to_have_text("5 hours")
    expect(page.get_by_test_id("sit-rate")).to_have_text("£12.00 an hour")
    expect(page.get_by_test_id("sit-total")).to_have_text("Total: £60.00")

    page.get_by_label("Finish time").fill("04:00")
    page.get_by_role("button", name="Get quote").click()
    expect(page.get_by_role("alert")).to_contain_text("longer than 8 hours have to be arranged by phone")
    expect(page.get_by_test_id("sit-total")).to_have_count(0)

    page.get_by_label("Finish time").fill("03:30")
    page.get_by_role("button", name="Get quote").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_test_id("sit-length")).to_have_text("8 hours")
    expect(page.get_by_test_id("sit-total")).to_have_text("Total: £96.00")
