import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

EXAMPLES = [
    ("Upright", "1", "In town", "not needed", "£80.00"),
    ("Baby grand", "3", "Up to 20 miles out", "£35.00", "£145.00"),
    ("Grand", "2", "20 to 40 miles out", "not needed", "£140.00"),
    ("Upright", "6", "20 to 40 miles out", "£35.00", "£145.00"),
]


def test_the_quote_depends_on_the_piano_the_last_tuning_and_the_distance(page: Page) -> None:
    for piano, years, location, pitch_raise, total in EXAMPLES:
        page.goto(BASE_URL)
        page.get_by_label("Piano type").select_option(piano)
        page.get_by_label("Years since last tuning").fill(years)
        page.get_by_label("Location").select_option(location)
        page.get_by_role("button", name="Get quote").click()
        expect(page.get_by_text("Pitch raise:")).to_have_text(f"Pitch raise: {pitch_raise}")
        expect(page.get_by_text("Quote total:")).to_have_text(f"Quote total: {total}")
