import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_switching_between_the_sky_guide_tabs(page: Page) -> None:
    page.goto(BASE_URL)
    tonight = page.get_by_role("tab", name="Tonight")
    expect(tonight).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tabpanel")).to_contain_text("16:02")

    planets_tab = page.get_by_role("tab", name="Planets")
    planets_tab.click()
    expect(planets_tab).to_have_attribute("aria-selected", "true")
    expect(tonight).to_have_attribute("aria-selected", "false")
    planets = page.get_by_role("list", name="Visible planets").get_by_role("listitem")
    expect(planets).to_have_count(4)
    expect(planets.filter(has_text="Saturn")).to_have_count(1)

    page.keyboard.press("ArrowRight")
    moon = page.get_by_role("tab", name="Moon")
    expect(moon).to_have_attribute("aria-selected", "true")
    expect(moon).to_be_focused()
    expect(page.get_by_role("tabpanel")).to_contain_text("Waxing gibbous, 87% illuminated")
    expect(page.get_by_role("list", name="Visible planets")).to_have_count(0)
