import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_can_i_visit_answers_per_ward_day_and_time(page: Page) -> None:
    page.goto(BASE_URL)
    for ward, day, arrival, answer in [
        ("General surgery", "Monday", "13:30", "No – next visiting starts at 14:00"),
        ("General surgery", "Saturday", "13:30", "Yes – visiting until 20:00"),
        ("Maternity", "Tuesday", "11:15", "Yes – visiting until 12:00"),
        ("Maternity", "Tuesday", "12:30", "No – next visiting starts at 15:00"),
        ("Maternity", "Friday", "20:00", "No – visiting has ended for today"),
        ("Children's ward", "Sunday", "03:00", "Parents and carers can visit at any time"),
        ("Intensive care", "Wednesday", "15:00", "Please ring the ward before visiting"),
    ]:
        page.get_by_label("Ward").select_option(ward)
        page.get_by_label("Day").select_option(day)
        page.get_by_label("Arrival time").fill(arrival)
        page.get_by_role("button", name="Can I visit?").click()
        expect(page.get_by_test_id("visit-answer")).to_have_text(answer)
