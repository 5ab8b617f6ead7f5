import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_bio_character_counter(page: Page) -> None:
    page.goto(BASE_URL)
    bio = page.get_by_label("Bio")
    counter = page.get_by_test_id("bio-counter")
    for text, shown in [
        ("Hi", "38 characters left"),
        ("Coffee, cycling and bad puns.", "11 characters left"),
        ("Baker in Leeds. Sourdough is my cardio.", "1 character left"),
        ("Product designer, cat person, amateur DJ", "0 characters left"),
        ("Product designer, cat person, amateur DJ :)", "3 characters over the limit"),
        ("", "40 characters left"),
    ]:
        bio.fill(text)
        expect(counter).to_have_text(shown)
