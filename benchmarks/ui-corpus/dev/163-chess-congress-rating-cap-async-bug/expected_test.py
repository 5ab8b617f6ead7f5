import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

SECTIONS = [
    {"id": "open", "name": "Open", "cap": None, "fee": 30},
    {"id": "major", "name": "Major", "cap": 1900, "fee": 25},
    {"id": "minor", "name": "Minor", "cap": 1400, "fee": 20},
]


def test_player_rated_1400_cannot_enter_the_minor(page: Page) -> None:
    page.route("**/api/congress/sections", lambda route: route.fulfill(json=SECTIONS))
    page.goto(BASE_URL)

    page.get_by_label("Name").fill("Ana Petrova")
    page.get_by_label("Rating").fill("1400")

    expect(page.get_by_role("radio", name="Minor")).to_be_disabled()
    expect(page.get_by_role("radio", name="Open")).to_be_enabled()
    expect(page.get_by_role("radio", name="Major")).to_be_enabled()
    expect(page.get_by_role("button", name="Enter tournament")).to_be_disabled()

    page.get_by_role("radio", name="Major").check()
    page.get_by_label("Junior (under 18)").check()
    expect(page.get_by_text("Entry fee: £12.50")).to_be_visible()
    page.get_by_role("button", name="Enter tournament").click()

    status = page.get_by_role("status")
    expect(status).to_contain_text("Ana Petrova")
    expect(status).to_contain_text("Major section")
    expect(status).not_to_contain_text("Minor")
