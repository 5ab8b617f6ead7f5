import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROWS = [
    ("4", "100", "Toddler hour", "Booked: Toddler hour, £6.00"),
    ("5", "105", "Toddler hour", "Toddler hour is for children under 5"),
    ("4", "102", "Open jump", "Children under 5 can only book Toddler hour"),
    ("5", "110", "Open jump", "Booked: Open jump, £12.00"),
    ("7", "130", "Dodgeball", "Dodgeball is for ages 8 and up"),
    ("8", "119", "Dodgeball", "Dodgeball players must be at least 120 cm tall"),
    ("8", "120", "Dodgeball", "Booked: Dodgeball, £14.00"),
    ("35", "180", "Dodgeball", "Booked: Dodgeball, £14.00"),
    ("", "140", "Open jump", "Enter the jumper's age and height"),
]


def test_trampoline_session_age_and_height_rules(page: Page) -> None:
    page.goto(BASE_URL)
    for age, height, session, message in ROWS:
        page.get_by_label("Jumper's age").fill(age)
        page.get_by_label("Height (cm)").fill(height)
        page.get_by_label("Session").select_option(session)
        page.get_by_role("button", name="Check and book").click()
        expect(page.get_by_role("status")).to_have_text(message)
