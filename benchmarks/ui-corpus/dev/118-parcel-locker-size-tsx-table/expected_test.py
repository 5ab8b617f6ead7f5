import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_parcel_locker_size_for_different_parcels(page: Page) -> None:
    page.goto(BASE_URL)
    for length, width, height, weight, result in [
        ("30", "20", "8", "2", "Size S locker"),
        ("8", "30", "20", "2", "Size S locker"),
        ("45", "35", "15", "5", "Size M locker"),
        ("60", "40", "38", "12", "Size L locker"),
        ("60", "40", "38", "21", "Too heavy: lockers take parcels up to 20 kg"),
        ("70", "40", "20", "4", "Too big for a locker, book a courier instead"),
        ("30", "", "8", "2", "Enter all three dimensions"),
    ]:
        page.get_by_label("Length (cm)").fill(length)
        page.get_by_label("Width (cm)").fill(width)
        page.get_by_label("Height (cm)").fill(height)
        page.get_by_label("Weight (kg)").fill(weight)
        page.get_by_role("button", name="Find a locker").click()
        expect(page.get_by_test_id("locker-result")).to_have_text(result)
