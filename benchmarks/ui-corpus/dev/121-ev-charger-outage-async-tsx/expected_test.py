import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_charger_page_shows_an_outage_message_when_the_status_service_is_down(page: Page) -> None:
    # a gateway answers an outage with a JSON error body, not an empty one
    page.route("**/api/chargers", lambda route: route.fulfill(status=503, json={"error": "upstream timeout"}))
    page.goto(BASE_URL)
    expect(page.get_by_role("alert")).to_have_text("We can't reach the chargers right now.")
    expect(page.get_by_text("Loading chargers…")).to_have_count(0)
    expect(page.get_by_test_id("charger-summary")).to_have_count(0)
    expect(page.get_by_role("listitem")).to_have_count(0)
    expect(page.get_by_role("button", name="Refresh")).to_be_enabled()
