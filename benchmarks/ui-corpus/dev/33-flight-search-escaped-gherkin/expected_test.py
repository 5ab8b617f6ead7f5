import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_destination_without_flights_says_so(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Destination").fill("Oslo")
    page.keyboard.press("Enter")

    expect(page.get_by_text('No flights to "Oslo" this week')).to_be_visible()
    expect(page.get_by_role("listitem")).to_have_count(0)
