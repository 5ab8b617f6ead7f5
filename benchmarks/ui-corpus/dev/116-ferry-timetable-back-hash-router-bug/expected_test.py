import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_going_back_from_a_crossing_shows_the_crossings_again(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Choose a crossing")).to_be_visible()

    page.get_by_role("link", name="Oban – Craignure").click()
    expect(page.get_by_role("heading", name="Oban – Craignure")).to_be_visible()
    sailings = page.get_by_role("list", name="Sailings").get_by_role("listitem")
    expect(sailings).to_have_count(6)
    expect(sailings.first).to_have_text("07:00")

    page.go_back()
    expect(page.get_by_role("heading", name="Choose a crossing")).to_be_visible()
    expect(page.get_by_role("list", name="Sailings")).to_have_count(0)
