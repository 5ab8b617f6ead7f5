import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_failed_orders_request_shows_an_error(page: Page) -> None:
    page.route("**/api/orders", lambda route: route.fulfill(status=500, body="boom"))
    page.goto(BASE_URL)
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("We could not load your orders. Please try again.")
    expect(page.get_by_role("button", name="Retry")).to_be_visible()
    expect(page.get_by_text("You have no orders yet")).to_have_count(0)
