import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_boat_hire_request_is_checked_against_the_size_of_the_boat(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("button", name="Request booking")).to_be_disabled()
    expect(page.get_by_role("radio", name="Rowing boat")).to_be_checked()

    page.get_by_label("Skipper's name").fill("Sam Porter")
    page.get_by_label("People on board").fill("5")
    page.get_by_label("I have read the safety briefing").check()
    page.get_by_role("button", name="Request booking").click()
    expect(page.get_by_text("A rowing boat takes at most 4 people")).to_be_visible()
    expect(page.get_by_text("Booking requested")).to_have_count(0)

    page.get_by_role("radio", name="Motor boat").check()
    page.get_by_label("Hire length").select_option("2 hours")
    page.get_by_role("button", name="Request booking").click()
    expect(page.get_by_text("A rowing boat takes at most 4 people")).to_have_count(0)
    expect(page.get_by_role("status")).to_have_text("Booking requested for Sam Porter: motor boat, 2 hours, 5 people")
