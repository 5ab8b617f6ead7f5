import os

from playwright.sync_api import Page, Route, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

REPAIR = {
    "reference": "RP-4821",
    "device": "Samsung Galaxy S21",
    "fault": "battery replacement",
    "status": "Waiting for parts",
    "quote": 89,
    "readyBy": None,
    "stages": [
        {"name": "Received", "done": True, "current": False},
        {"name": "Diagnosed", "done": True, "current": False},
        {"name": "Waiting for parts", "done": False, "current": True},
        {"name": "Ready to collect", "done": False, "current": False},
    ],
}


def test_error_goes_away_once_try_again_loads_the_repair(page: Page) -> None:
    calls = {"count": 0}

    def handle(route: Route) -> None:
        calls["count"] += 1
        if calls["count"] == 1:
            route.fulfill(status=503, body="Service Unavailable")
        else:
            route.fulfill(json=REPAIR)

    page.route("**/api/repairs/RP-4821", handle)
    page.goto(BASE_URL)

    page.get_by_label("Job reference").fill("rp-4821")
    page.get_by_role("button", name="Check status").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("couldn't reach the repair desk")
    expect(alert.get_by_role("button", name="Try again")).to_be_visible()
    expect(page.get_by_role("heading", level=2)).to_have_count(0)

    page.get_by_role("button", name="Try again").click()
    expect(page.get_by_role("heading", level=2)).to_have_text("Samsung Galaxy S21 – battery replacement")
    expect(page.get_by_test_id("repair-status")).to_have_text("Status: Waiting for parts")
    expect(page.get_by_text("Quote: £89.00")).to_be_visible()
    expect(page.get_by_text("We'll text you when it's ready.")).to_be_visible()
    progress = page.get_by_role("list", name="Repair progress")
    expect(progress.get_by_role("listitem")).to_have_count(4)
    expect(progress.get_by_role("listitem").nth(2)).to_have_text("Waiting for parts (in progress)")

    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_text("couldn't reach the repair desk")).to_have_count(0)
    expect(page.get_by_role("button", name="Try again")).to_have_count(0)
    expect(page.get_by_role("button", name="Book a collection slot")).to_have_count(0)
