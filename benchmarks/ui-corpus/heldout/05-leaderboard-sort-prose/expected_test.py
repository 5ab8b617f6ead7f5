import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_flipping_the_leaderboard_order(page: Page) -> None:
    page.goto(BASE_URL)
    players = page.get_by_test_id("player")
    expect(players).to_have_text(["Kofi – 515", "Ines – 420", "Yara – 390"])

    page.get_by_role("button", name="Show lowest first").click()
    expect(players).to_have_text(["Yara – 390", "Ines – 420", "Kofi – 515"])
    expect(page.get_by_role("button", name="Show highest first")).to_be_visible()
