import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROWS = [
    ("5", "20", "Pony", "Riders must be at least 6 years old"),
    ("9", "32", "Pony", "Lesson available on Pony: 30 min, £28.00"),
    ("12", "51", "Pony", "Over the Pony's weight limit of 50 kg"),
    ("12", "50", "Pony", "Lesson available on Pony: 30 min, £28.00"),
    ("13", "55", "Hunter", "The Hunter is for riders aged 14 and over"),
    ("35", "96", "Cob", "Over the Cob's weight limit of 95 kg"),
    ("35", "95", "Cob", "Lesson available on Cob: 45 min, £40.00"),
    ("60", "110", "Hunter", "Lesson available on Hunter: 60 min, £55.00"),
    ("16", "45", "Pony", "The Pony is for riders up to 14"),
]


def test_riding_lesson_age_and_weight_limits(page: Page) -> None:
    page.goto(BASE_URL)
    for age, weight, horse, message in ROWS:
        page.get_by_label("Rider's age").fill(age)
        page.get_by_label("Weight (kg)").fill(weight)
        page.get_by_label("Horse").select_option(horse)
        page.get_by_role("button", name="Check availability").click()
        expect(page.get_by_role("status")).to_have_text(message)
