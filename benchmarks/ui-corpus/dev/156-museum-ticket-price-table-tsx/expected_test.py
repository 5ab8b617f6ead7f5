import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROWS = [
    ("3", False, "Weekend", "Free entry"),
    ("12", False, "Weekday", "£6.00"),
    ("12", False, "Weekend", "£8.00"),
    ("22", True, "Weekend", "£9.00"),
    ("40", True, "Weekday", "£14.00"),
    ("40", False, "Weekend", "£16.00"),
    ("70", False, "Weekend", "£10.00"),
    ("130", False, "Weekday", "Enter an age between 0 and 120"),
]


def test_museum_ticket_prices(page: Page) -> None:
    page.goto(BASE_URL)
    for age, student, day, shown in ROWS:
        page.get_by_label("Age").fill(age)
        page.get_by_role("checkbox", name="Student card").set_checked(student)
        page.get_by_label("Visit day").select_option(day)
        page.get_by_role("button", name="Show price").click()
        if shown.startswith("Enter an age"):
            expect(page.get_by_role("alert")).to_have_text(shown)
            expect(page.get_by_role("status")).to_have_count(0)
        else:
            expect(page.get_by_role("status")).to_contain_text(shown)
