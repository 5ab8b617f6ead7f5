import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_the_summary_describes_the_seat_i_pick(page: Page) -> None:
    for seat, summary in [
        ("3A", "Seat 3A · window · included"),
        ("4B", "Seat 4B · middle · included"),
        ("1D", "Seat 1D · aisle · extra legroom +€35"),
        ("6F", "Seat 6F · window · included"),
    ]:
        page.goto(BASE_URL)
        expect(page.get_by_test_id("seat-summary")).to_have_text("No seat selected")
        expect(page.get_by_role("button", name="Continue to payment")).to_be_disabled()
        page.get_by_role("button", name=f"Seat {seat}").click()
        expect(page.get_by_test_id("seat-summary")).to_have_text(summary)
        expect(page.get_by_role("button", name="Continue to payment")).to_be_enabled()
