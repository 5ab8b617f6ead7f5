import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_cannot_pick_more_seats_than_tickets(page: Page) -> None:
    page.goto(BASE_URL)
    summary = page.get_by_test_id("seat-summary")
    continue_button = page.get_by_role("button", name="Continue")

    page.get_by_label("Adult").fill("2")
    page.get_by_label("Child").fill("1")

    expect(summary).to_have_text("No seats selected")
    expect(continue_button).to_be_disabled()
    expect(page.get_by_role("button", name="Seat A3")).to_be_disabled()
    expect(page.get_by_role("button", name="Seat A4")).to_be_disabled()

    for seat in ("B3", "B4", "B5"):
        page.get_by_role("button", name=f"Seat {seat}").click()
    for seat in ("B3", "B4", "B5"):
        expect(page.get_by_role("button", name=f"Seat {seat}")).to_have_attribute("aria-pressed", "true")
    expect(summary).to_have_text("Seats: B3, B4, B5")
    expect(page.get_by_test_id("total")).to_have_text("Total: £25.00")
    expect(continue_button).to_be_enabled()

    page.get_by_role("button", name="Seat B6").click()
    expect(page.get_by_role("alert")).to_contain_text("You only have 3 tickets")
    expect(page.get_by_role("button", name="Seat B6")).to_have_attribute("aria-pressed", "false")
    expect(summary).to_have_text("Seats: B3, B4, B5")

    page.get_by_role("button", name="Seat B5").click()
    page.get_by_role("button", name="Seat C1").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_role("button", name="Seat B5")).to_have_attribute("aria-pressed", "false")
    expect(summary).to_have_text("Seats: B3, B4, C1")

    continue_button.click()
    expect(page.get_by_role("status")).to_have_text("3 seats booked: B3, B4, C1")
