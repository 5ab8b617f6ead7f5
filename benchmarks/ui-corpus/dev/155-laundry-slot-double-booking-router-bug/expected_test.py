import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_laundry_slot_cannot_be_booked_twice(page: Page) -> None:
    page.goto(BASE_URL)
    slots = page.get_by_role("group", name="Time slots")
    page.get_by_label("Machine").select_option("Washer 2")
    expect(slots.get_by_role("button", name="18:00")).to_have_text("18:00 – taken")
    expect(slots.get_by_role("button", name="18:00")).to_be_disabled()

    slots.get_by_role("button", name="19:00").click()
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("status")).to_have_text("Booked Washer 2 at 19:00")
    expect(slots.get_by_role("button", name="19:00")).to_have_text("19:00 – yours")
    expect(slots.get_by_role("button", name="19:00")).to_be_disabled()

    slots.get_by_role("button", name="19:00").click(force=True)
    expect(page.get_by_role("dialog", name="Confirm booking")).to_have_count(0)

    page.get_by_role("button", name="My bookings").click()
    expect(page.get_by_role("button", name="My bookings")).to_have_text("My bookings (1)")
    bookings = page.get_by_role("list", name="Bookings").get_by_role("listitem")
    expect(bookings).to_have_count(1)
    expect(bookings.first).to_contain_text("Washer 2 at 19:00")

    bookings.first.get_by_role("button", name="Cancel").click()
    expect(page.get_by_text("You have no bookings")).to_be_visible()

    page.get_by_role("button", name="Machines").click()
    expect(page.get_by_label("Machine")).to_have_value("Washer 2")
    expect(slots.get_by_role("button", name="19:00")).to_have_text("19:00")
    expect(slots.get_by_role("button", name="19:00")).to_be_enabled()
