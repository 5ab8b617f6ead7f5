import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_username_rules(page: Page) -> None:
    page.goto(BASE_URL)
    for username, message in [
        ("ab", "Use 3 to 16 characters"),
        ("this_name_is_far_too_long", "Use 3 to 16 characters"),
        ("Ada Lovelace", "Only letters, digits and underscores are allowed"),
        ("9lives", "Start with a letter"),
        ("admin", '"admin" is reserved'),
        ("Admin", '"admin" is reserved'),
        ("ada_l", "ada_l is available"),
    ]:
        page.get_by_label("Username").fill(username)
        page.get_by_role("button", name="Check").click()
        expect(page.get_by_text(message)).to_be_visible()
