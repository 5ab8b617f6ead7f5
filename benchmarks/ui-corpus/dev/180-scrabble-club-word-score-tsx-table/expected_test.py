import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROWS = [
    ("quiz", "None", False, "QUIZ scores 22 points"),
    ("jazz", "Double word", False, "JAZZ scores 58 points"),
    ("cat", "Triple word", False, "CAT scores 15 points"),
    ("retains", "None", True, "RETAINS scores 57 points"),
    ("oxen", "Double word", False, "OXEN scores 22 points"),
    ("Quartzy", "Triple word", True, "QUARTZY scores 134 points"),
]


def test_word_scorer_bonuses_and_bingo(page: Page) -> None:
    page.goto(BASE_URL)
    for word, bonus, bingo, shown in ROWS:
        page.get_by_label("Word", exact=True).fill(word)
        page.get_by_label("Word bonus").select_option(label=bonus)
        page.get_by_label("All 7 tiles used").set_checked(bingo)
        page.get_by_role("button", name="Score").click()
        expect(page.get_by_role("status", name="Score")).to_have_text(shown)
