import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_age_eligibility_messages(page: Page) -> None:
    page.goto(BASE_URL)
    for age, message in [
        ("17", "You must be 18 or older to sign up"),
        ("18", "Welcome aboard, you are eligible at 18"),
        ("121", "Please enter a realistic age"),
        ("4.5", "Age must be a whole number"),
    ]:
        page.get_by_label("Age").fill(age)
        page.get_by_role("button", name="Check eligibility").click()
        expect(page.get_by_text(message)).to_be_visible()
