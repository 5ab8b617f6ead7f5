import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_username_availability(page: Page) -> None:
    page.goto(BASE_URL)
    for username, result in [
        ("al", "Usernames need at least 3 characters"),
        ("Maria", "@maria is already taken"),
        ("ana-b", "Use only letters, digits and underscores"),
        ("ana_b", "@ana_b is available"),
    ]:
        page.get_by_label("Username").fill(username)
        page.get_by_role("button", name="Check availability").click()
        expect(page.get_by_text(result)).to_be_visible()
