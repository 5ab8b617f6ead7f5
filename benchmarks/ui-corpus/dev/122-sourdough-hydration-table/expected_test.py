import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_dough_hydration_including_the_starter(page: Page) -> None:
    page.goto(BASE_URL)
    for flour, water, starter, result in [
        ("500", "350", "", "Dough hydration: 70%"),
        ("500", "325", "100", "Dough hydration: 68%"),
        ("1000", "700", "200", "Dough hydration: 73%"),
        ("400", "300", "0", "Dough hydration: 75%"),
        ("0", "300", "100", "Flour must be more than 0 g"),
        ("450", "", "90", "Enter the water weight"),
        ("500", "350", "-20", "Starter cannot be negative"),
    ]:
        page.get_by_label("Flour (g)").fill(flour)
        page.get_by_label("Water (g)").fill(water)
        page.get_by_label("Starter (g)").fill(starter)
        page.get_by_role("button", name="Work out hydration").click()
        expect(page.get_by_role("status")).to_have_text(result)
