import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_departures_board_when_live_times_are_down(page: Page) -> None:
    page.route("**/api/departures", lambda route: route.fulfill(status=500, body="Internal Server Error"))
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Market Square")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("live times are unavailable right now")
    expect(page.get_by_test_id("departure")).to_have_count(0)
    expect(page.get_by_text("No more trams tonight")).to_have_count(0)
    expect(page.get_by_role("button", name="Try again")).to_be_enabled()
    expect(page.get_by_role("link", name="Printable timetable")).to_be_visible()
