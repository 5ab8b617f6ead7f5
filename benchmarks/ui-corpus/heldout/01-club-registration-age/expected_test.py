import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_young_applicants_are_turned_away_adults_can_join(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Full name").fill("Priya Nair")
    page.get_by_label("Age").fill("15")
    page.get_by_label("I accept the club rules").check()
    page.get_by_role("button", name="Register").click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Members must be at least 16.")
    expect(alert).not_to_contain_text("Full name")

    page.get_by_label("Age").fill("16")
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_role("heading", name="Welcome to the rowing club, Priya Nair")).to_be_visible()
