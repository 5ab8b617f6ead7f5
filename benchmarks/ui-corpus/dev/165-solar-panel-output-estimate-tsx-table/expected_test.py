import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROWS = [
    ("South", "10", "None", "About 3,800 kWh a year"),
    ("East", "12", "Some", "About 3,072 kWh a year"),
    ("South-east", "6", "None", "About 2,160 kWh a year"),
    ("North", "8", "None", "A north-facing roof is not suitable for panels"),
    ("West", "3", "None", "Enter between 4 and 20 panels"),
    ("South", "20", "Some", "About 6,080 kWh a year"),
]


def test_solar_panel_yearly_output_estimate(page: Page) -> None:
    page.goto(BASE_URL)
    for facing, panels, shading, shown in ROWS:
        page.get_by_label("Roof facing").select_option(facing)
        page.get_by_label("Panels").fill(panels)
        page.get_by_label("Shading").select_option(shading)
        page.get_by_role("button", name="Estimate").click()
        expect(page.get_by_test_id("estimate")).to_have_text(shown)
