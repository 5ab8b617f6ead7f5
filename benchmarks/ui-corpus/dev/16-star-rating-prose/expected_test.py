import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_rating_a_stay_with_stars(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_test_id("rating-text")).to_have_text("No rating yet")
    expect(page.get_by_role("button", name="Submit rating")).to_be_disabled()

    page.get_by_role("radio", name="4 stars").click()
    expect(page.get_by_test_id("rating-text")).to_have_text("You rated 4 out of 5")
    expect(page.get_by_role("button", name="Submit rating")).to_be_enabled()

    page.get_by_role("button", name="Submit rating").click()
    expect(page.get_by_role("status")).to_have_text("Thanks for rating us 4 out of 5")
