import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_bike_rental_prices_day_cap_and_allowed_durations(page: Page) -> None:
    page.goto(BASE_URL)
    for bike, hours, price in [
        ("City bike", "3", "Total: €12.00"),
        ("E-bike", "2", "Total: €18.00"),
        ("City bike", "0", "Rentals are 1 to 24 hours"),
        ("City bike", "8", "Total: €25.00 (day rate)"),
        ("Cargo bike", "1", "Total: €12.00"),
        ("Cargo bike", "25", "Rentals are 1 to 24 hours"),
        ("E-bike", "24", "Total: €55.00 (day rate)"),
    ]:
        page.get_by_label("Bike type").select_option(bike)
        page.get_by_label("Hours").fill(hours)
        page.get_by_role("button", name="Get price").click()
        expect(page.locator(".price")).to_have_text(price)
