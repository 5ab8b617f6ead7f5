import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_meeting_room_cannot_be_booked_with_its_end_before_its_start(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Room").select_option("Birch")
    page.get_by_label("Start time").select_option("15:00")
    page.get_by_label("End time").select_option("14:30")
    page.get_by_label("Attendees").fill("6")
    page.get_by_role("button", name="Book room").click()

    expect(page.get_by_text("End time must be after the start time")).to_be_visible()
    expect(page.get_by_label("End time")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_text("Birch booked")).to_have_count(0)
    expect(page.get_by_role("heading", name="Today's bookings (0)")).to_be_visible()
