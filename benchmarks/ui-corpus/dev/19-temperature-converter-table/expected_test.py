import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_celsius_to_fahrenheit_conversions(page: Page) -> None:
    page.goto(BASE_URL)
    celsius = page.get_by_label("Degrees Celsius")
    for value, shown in [
        ("0", "32.0 °F"),
        ("100", "212.0 °F"),
        ("-40", "-40.0 °F"),
        ("36.6", "97.9 °F"),
        ("warm", "Enter a temperature"),
    ]:
        celsius.fill(value)
        expect(page.get_by_test_id("fahrenheit")).to_have_text(shown)
