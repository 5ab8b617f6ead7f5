import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_booking_that_ends_before_it_starts_is_refused(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Room").select_option(label="Small meeting room")
    page.get_by_label("Start time").select_option("19:00")
    page.get_by_label("End time").select_option("18:00")
    page.get_by_role("button", name="Check price").click()

    expect(page.get_by_role("alert")).to_contain_text("end time must be later than the start time")
    expect(page.get_by_test_id("price")).to_have_count(0)
    expect(page.get_by_role("button", name="Request booking")).to_be_disabled()

    page.get_by_label("End time").select_option("21:30")
    page.get_by_role("button", name="Check price").click()
    expect(page.get_by_text("2.5 hours × £12.00 = £30.00")).to_be_visible()
    expect(page.get_by_role("alert")).to_have_count(0)

    page.get_by_label("Use of the kitchen").check()
    page.get_by_role("button", name="Check price").click()
    expect(page.get_by_text("Total: £40.00")).to_be_visible()
    expect(page.get_by_role("button", name="Request booking")).to_be_enabled()
