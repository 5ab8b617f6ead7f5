import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_password_strength_labels(page: Page) -> None:
    page.goto(BASE_URL)
    password = page.get_by_label("New password")
    strength = page.get_by_test_id("strength")
    for value, label in [
        ("abc", "Strength: Too weak"),
        ("abcdefghijkl", "Strength: Weak"),
        ("Abcdefghijkl", "Strength: Fair"),
        ("Abcdefghijk1", "Strength: Good"),
        ("Abcdefghijk1!", "Strength: Strong"),
    ]:
        password.fill(value)
        expect(strength).to_have_text(label)
