import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_parking_fee_per_vehicle_and_stay(page: Page) -> None:
    page.goto(BASE_URL)
    for vehicle, hours, fee in [
        ("Car", "0.5", "Free (first 30 minutes)"),
        ("Car", "3", "Fee: €7.50"),
        ("Car", "2.25", "Fee: €7.50"),
        ("Car", "10", "Fee: €15.00"),
        ("Motorbike", "4", "Fee: €4.00"),
        ("Van", "7", "Fee: €24.00"),
        ("Van", "25", "Stays over 24 hours need a season ticket"),
    ]:
        page.get_by_label("Vehicle").select_option(vehicle)
        page.get_by_label("Hours parked").fill(hours)
        page.get_by_role("button", name="Calculate fee").click()
        expect(page.get_by_text(fee)).to_be_visible()
