import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROWS = [
    ("Amara Osei", "34", "82", False, True, "Amara Osei can fly – £189 (adult ticket)"),
    ("Ben Lowe", "7", "30", True, False, "must be at least 8 years old"),
    ("Cara Doyle", "12", "45", False, False, "under 16 must fly with an adult"),
    ("Cara Doyle", "12", "45", True, True, "Cara Doyle can fly – £149 (child ticket)"),
    ("Dev Patel", "45", "128", False, False, "can't take passengers over 127 kg"),
    ("Dev Patel", "45", "127", False, True, "Dev Patel can fly – £189 (adult ticket)"),
    ("", "30", "70", False, False, "Enter the passenger's full name"),
]


def test_balloon_passenger_check(page: Page) -> None:
    for name, age, weight, with_adult, can_fly, outcome in ROWS:
        page.goto(BASE_URL)
        page.get_by_label("Passenger name").fill(name)
        page.get_by_label("Age").fill(age)
        page.get_by_label("Weight (kg)").fill(weight)
        page.get_by_label("Flying with an adult").set_checked(with_adult)
        page.get_by_role("button", name="Check passenger").click()
        if can_fly:
            expect(page.get_by_role("status")).to_have_text(outcome)
            expect(page.get_by_role("button", name="Add to booking")).to_be_visible()
            expect(page.get_by_role("alert")).to_have_count(0)
        else:
            expect(page.get_by_role("alert")).to_contain_text(outcome)
            expect(page.get_by_role("status")).to_have_count(0)
            expect(page.get_by_text("£")).to_have_count(0)
            expect(page.get_by_role("button", name="Add to booking")).to_have_count(0)
