import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_permit_price_by_age_length_and_night_fishing(page: Page) -> None:
    page.goto(BASE_URL)
    for age, days, night, shown in [
        ("11", "1 day", False, "Under 12s fish free with an adult"),
        ("12", "1 day", False, "£4.00"),
        ("17", "7 days", True, "Night fishing is for adults only"),
        ("18", "3 days", False, "£20.00"),
        ("30", "Season", True, "£125.00"),
        ("66", "7 days", False, "£26.25"),
        ("", "1 day", False, "Enter a valid age"),
    ]:
        page.get_by_label("Angler's age").fill(age)
        page.get_by_label("Days").select_option(days)
        page.get_by_label("Night fishing").set_checked(night)
        page.get_by_role("button", name="Work out price").click()
        expect(page.get_by_role("status")).to_have_text(shown)
