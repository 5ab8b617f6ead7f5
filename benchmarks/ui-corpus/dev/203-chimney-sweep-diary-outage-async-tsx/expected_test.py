import os

from playwright.sync_api import Page, Route, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

SLOTS = [
    {"id": "s3", "day": "Friday", "date": "2025-10-17", "time": "08:30"},
    {"id": "s1", "day": "Wednesday", "date": "2025-10-15", "time": "10:30"},
    {"id": "s2", "day": "Wednesday", "date": "2025-10-15", "time": "14:00"},
]


def test_diary_outage_is_reported_and_try_again_recovers(page: Page) -> None:
    calls = []

    def diary(route: Route) -> None:
        calls.append(route.request.url)
        if len(calls) == 1:
            route.fulfill(status=503, body="Service Unavailable")
        else:
            route.fulfill(json=SLOTS)

    page.route("**/api/sweep/slots", diary)
    page.goto(BASE_URL)
    page.get_by_label("What are we sweeping?").select_option("Wood burner")

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("couldn't load the sweep's diary")
    expect(page.get_by_role("radio")).to_have_count(0)
    expect(page.get_by_text("No appointments left")).to_have_count(0)
    expect(page.get_by_role("button", name="Book sweep")).to_be_disabled()

    alert.get_by_role("button", name="Try again").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    times = page.get_by_role("radio")
    expect(times).to_have_count(3)
    expect(page.get_by_role("group", name="Appointment").locator("label")).to_have_text(
        ["Wednesday 10:30", "Wednesday 14:00", "Friday 08:30"]
    )

    page.get_by_role("radio", name="Wednesday 10:30").check()
    page.get_by_role("button", name="Book sweep").click()
    expect(page.get_by_role("status")).to_have_text("Booked: Wednesday 10:30, wood burner sweep, £65.00")
