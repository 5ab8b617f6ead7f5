import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_the_dashboard_says_the_data_is_unavailable_instead_of_showing_an_empty_day(page: Page) -> None:
    page.route(
        "**/api/air-quality",
        lambda route: route.fulfill(status=503, json={"error": "sensor gateway unavailable"}),
    )
    page.goto(BASE_URL)
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Air quality data is unavailable right now")
    expect(alert.get_by_role("button", name="Retry")).to_be_visible()
    expect(page.get_by_text("Loading readings…")).to_have_count(0)
    expect(page.get_by_role("table")).to_have_count(0)
    expect(page.get_by_text("No sensors have reported yet today.")).to_have_count(0)
    expect(page.get_by_role("button", name="Download CSV")).to_be_disabled()
