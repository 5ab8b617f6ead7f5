import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_stock_page_shows_an_error_when_the_stock_service_is_down(page: Page) -> None:
    page.route("**/api/stock", lambda route: route.fulfill(status=503, body="Service Unavailable"))
    page.goto(BASE_URL)
    error = page.get_by_role("alert")
    expect(error).to_contain_text("Stock levels are unavailable right now")
    expect(error.get_by_role("button", name="Try again")).to_be_visible()
    expect(page.get_by_text("Loading stock levels…")).to_have_count(0)
    expect(page.get_by_role("table")).to_have_count(0)
