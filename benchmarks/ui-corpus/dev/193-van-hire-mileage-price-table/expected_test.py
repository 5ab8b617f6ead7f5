import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROWS = [
    ("Small van", "1", "80", False, "£45.00"),
    ("Small van", "2", "300", False, "£115.00"),
    ("Luton van", "3", "250", True, "£261.00"),
    ("7.5 tonne truck", "1", "160", True, "£137.00"),
    ("Luton van", "1", "101", False, "£75.25"),
]


def test_van_hire_price_with_mileage_allowance(page: Page) -> None:
    page.goto(BASE_URL)
    for vehicle, days, miles, second_driver, total in ROWS:
        page.get_by_label("Vehicle").select_option(vehicle)
        page.get_by_label("Days").fill(days)
        page.get_by_label("Estimated miles").fill(miles)
        page.get_by_label("Add a second driver").set_checked(second_driver)
        page.get_by_role("button", name="Calculate").click()
        expect(page.get_by_test_id("hire-total")).to_have_text(f"Total: {total}")
