import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

SUBSCRIPTION = {
    "plan": "Espresso blend",
    "bagsPerDelivery": 2,
    "frequencyWeeks": 2,
    "nextDelivery": "2024-06-14",
    "status": "active",
}


def test_pause_longer_than_eight_weeks_is_refused(page: Page) -> None:
    page.route("**/api/subscription", lambda route: route.fulfill(json=SUBSCRIPTION))
    page.goto(BASE_URL)

    details = page.get_by_label("Subscription details")
    expect(details.get_by_role("heading", name="Espresso blend")).to_be_visible()
    expect(details).to_contain_text("2 bags every 2 weeks")
    expect(page.get_by_test_id("next-delivery")).to_have_text("Next delivery: 14 June 2024")
    expect(page.get_by_test_id("sub-status")).to_have_text("Status: Active")

    page.get_by_role("button", name="Pause deliveries").click()
    page.get_by_label("Weeks").fill("10")
    page.get_by_role("button", name="Confirm pause").click()
    expect(page.get_by_role("alert")).to_contain_text("pause for up to 8 weeks")
    expect(page.get_by_test_id("sub-status")).to_have_text("Status: Active")
    expect(page.get_by_test_id("next-delivery")).to_have_text("Next delivery: 14 June 2024")

    page.get_by_label("Weeks").fill("4")
    page.get_by_role("button", name="Confirm pause").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_role("status")).to_contain_text("paused for 4 weeks")
    expect(page.get_by_test_id("sub-status")).to_have_text("Status: Paused")
    expect(page.get_by_test_id("next-delivery")).to_have_text("Next delivery: 12 July 2024")
    expect(page.get_by_role("button", name="Pause deliveries")).to_have_count(0)
    expect(page.get_by_role("button", name="Resume deliveries")).to_be_visible()
