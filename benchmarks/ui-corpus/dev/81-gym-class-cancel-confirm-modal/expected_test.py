import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_cancelling_a_class_from_my_bookings_asks_for_confirmation(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("button", name="Cancel Spin").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("heading", name="Cancel this booking?")).to_be_visible()

    page.get_by_role("button", name="Keep booking").click()
    expect(dialog).to_have_count(0)
    expect(page.get_by_text("Spin – Tue 18:00")).to_be_visible()

    page.get_by_role("button", name="Cancel Spin").click()
    page.get_by_role("button", name="Cancel booking").click()
    expect(page.get_by_text("Spin – Tue 18:00")).to_have_count(0)
    expect(page.get_by_text("Yoga – Thu 07:30")).to_be_visible()
    expect(page.get_by_text("Spin on Tue 18:00 cancelled")).to_be_visible()
    expect(page.get_by_text("Credits left: 4")).to_be_visible()
