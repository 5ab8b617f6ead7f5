import os

from playwright.sync_api import Page, Route, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

UNITS = [
    {"id": "A1", "size": 25, "monthly": 39, "available": True},
    {"id": "A2", "size": 35, "monthly": 49, "available": False},
    {"id": "B1", "size": 50, "monthly": 65, "available": True},
    {"id": "B2", "size": 75, "monthly": 89, "available": False},
    {"id": "C1", "size": 100, "monthly": 110, "available": True},
]


def test_an_outage_is_reported_and_retry_loads_the_units(page: Page) -> None:
    calls = {"n": 0}

    def handle(route: Route) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            route.fulfill(status=503, body="Service Unavailable")
        else:
            route.fulfill(json=UNITS)

    page.route("**/api/units", handle)
    page.goto(BASE_URL)

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("couldn't check availability")
    expect(alert.get_by_role("button", name="Try again")).to_be_visible()
    expect(page.get_by_text("No units are free")).to_have_count(0)
    expect(page.get_by_role("listitem")).to_have_count(0)

    page.get_by_role("button", name="Try again").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_test_id("free-count")).to_have_text("3 of 5 units free")
    units = page.get_by_role("list", name="Units").get_by_role("listitem")
    expect(units).to_have_count(3)
    expect(units.first).to_contain_text("25 sq ft")
    expect(units.first).to_contain_text("£39.00 a month")
    expect(units.last).to_contain_text("100 sq ft")

    page.get_by_label("Only show free units").uncheck()
    expect(units).to_have_count(5)
    expect(units.filter(has_text="35 sq ft")).to_contain_text("Taken")
    expect(units.filter(has_text="75 sq ft")).to_contain_text("Taken")
