import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_booking_a_washer_in_the_laundry_room(page: Page) -> None:
    page.route(
        "**/api/laundry/slots",
        lambda route: route.fulfill(
            json=[
                {"id": "w1-0700", "machine": "Washer 1", "kind": "washer", "time": "07:00", "free": True},
                {"id": "w1-0830", "machine": "Washer 1", "kind": "washer", "time": "08:30", "free": False},
                {"id": "w2-0700", "machine": "Washer 2", "kind": "washer", "time": "07:00", "free": True},
                {"id": "w2-1000", "machine": "Washer 2", "kind": "washer", "time": "10:00", "free": True},
                {"id": "d1-0830", "machine": "Dryer 1", "kind": "dryer", "time": "08:30", "free": False},
                {"id": "d1-1000", "machine": "Dryer 1", "kind": "dryer", "time": "10:00", "free": True},
            ]
        ),
    )
    page.goto(BASE_URL)
    washers = page.get_by_role("tab", name="Washers")
    dryers = page.get_by_role("tab", name="Dryers")
    expect(washers).to_have_text("Washers (3 free)")
    expect(washers).to_have_attribute("aria-selected", "true")
    expect(dryers).to_have_text("Dryers (1 free)")

    page.get_by_role("button", name="Book Washer 2 at 10:00").click()
    expect(page.get_by_role("status")).to_contain_text("Washer 2 at 10:00")
    expect(washers).to_have_text("Washers (2 free)")
    expect(page.get_by_role("button", name="Book Washer 1 at 07:00")).to_be_disabled()
    expect(page.get_by_role("button", name="Book Washer 2 at 07:00")).to_be_disabled()

    dryers.click()
    expect(dryers).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tabpanel").get_by_test_id("slot")).to_have_count(2)
    expect(page.get_by_role("button", name="Book Dryer 1 at 08:30")).to_be_disabled()
    expect(page.get_by_role("button", name="Book Dryer 1 at 10:00")).to_be_disabled()

    washers.click()
    page.get_by_role("button", name="Cancel booking").click()
    expect(page.get_by_role("status")).to_have_count(0)
    expect(washers).to_have_text("Washers (3 free)")
    expect(page.get_by_role("button", name="Book Washer 1 at 07:00")).to_be_enabled()
