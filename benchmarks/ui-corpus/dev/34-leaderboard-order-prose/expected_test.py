import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_flipping_the_leaderboard_order(page: Page) -> None:
    page.goto(BASE_URL)
    rows = page.get_by_role("listitem")
    expect(rows).to_contain_text(["Priya", "Tomás", "Lena"])

    page.get_by_role("button", name="Lowest score first").click()
    expect(rows).to_contain_text(["Lena", "Tomás", "Priya"])

    page.get_by_role("button", name="Highest score first").click()
    expect(rows).to_contain_text(["Priya", "Tomás", "Lena"])
    expect(page.get_by_role("button", name="Highest score first")).to_be_disabled()
