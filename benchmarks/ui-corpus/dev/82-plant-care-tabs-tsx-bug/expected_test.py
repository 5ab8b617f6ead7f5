import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_watering_tab_shows_the_watering_instructions(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("tab", name="Watering").click()
    expect(page.get_by_role("tab", name="Watering")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tabpanel")).to_contain_text("Water when the top 5 cm of soil feels dry.")
    expect(page.get_by_text("Bright, indirect light.")).to_have_count(0)
