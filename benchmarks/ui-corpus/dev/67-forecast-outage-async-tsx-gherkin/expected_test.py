import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_the_forecast_service_is_unavailable(page: Page) -> None:
    page.route("**/api/forecast", lambda route: route.fulfill(status=503, body="Service Unavailable"))
    page.goto(BASE_URL)
    expect(page.get_by_role("alert")).to_contain_text("We couldn't load the forecast (error 503).")
    expect(page.get_by_role("button", name="Try again")).to_be_visible()
    expect(page.get_by_role("table")).to_have_count(0)
    expect(page.get_by_text("Loading forecast…")).to_have_count(0)
