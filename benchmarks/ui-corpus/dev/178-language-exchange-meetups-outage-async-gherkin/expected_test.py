import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_server_error_is_reported_not_shown_as_empty_week(page: Page) -> None:
    page.route("**/api/meetups", lambda route: route.fulfill(status=500, body="Internal Server Error"))
    page.goto(BASE_URL)

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("couldn't load this week's meetups")
    expect(alert.get_by_role("button", name="Try again")).to_be_visible()
    expect(page.get_by_text("Loading meetups")).to_have_count(0)
    expect(page.get_by_text("No meetups this week")).to_have_count(0)
    expect(page.get_by_text("meetups this week")).to_have_count(0)
    expect(page.get_by_label("Language")).to_be_disabled()
