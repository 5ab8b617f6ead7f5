import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROWS = [
    ("7", "Recurve", "10 m", "Archers must be at least 8 years old"),
    ("10", "Barebow", "30 m", "Under 12s can shoot up to 18 m"),
    ("11", "Recurve", "18 m", "Short range lane booked: 18 m, Recurve"),
    ("15", "Compound", "30 m", "Compound bows are for archers aged 16 and over"),
    ("16", "Compound", "50 m", "Field lane booked: 50 m, Compound"),
    ("42", "Longbow", "70 m", "Field lane booked: 70 m, Longbow"),
]


def test_archery_lane_booking_age_rules(page: Page) -> None:
    page.goto(BASE_URL)
    for age, bow, distance, message in ROWS:
        page.get_by_label("Age").fill(age)
        page.get_by_label("Bow").select_option(bow)
        page.get_by_label("Distance").select_option(label=distance)
        page.get_by_role("button", name="Check lane").click()
        expect(page.get_by_role("status")).to_have_text(message)
