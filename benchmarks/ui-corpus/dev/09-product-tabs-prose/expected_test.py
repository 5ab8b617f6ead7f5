import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_product_detail_tabs_switch_their_panel(page: Page) -> None:
    page.goto(BASE_URL)
    panel = page.get_by_role("tabpanel")
    expect(page.get_by_role("tab", name="Overview")).to_have_attribute("aria-selected", "true")
    expect(panel).to_have_text("A lightweight rain jacket that packs into its own pocket.")

    page.get_by_role("tab", name="Sizing").click()
    expect(page.get_by_role("tab", name="Sizing")).to_have_attribute("aria-selected", "true")
    expect(panel).to_have_text("Runs small: order one size up if you wear layers.")
    expect(page.get_by_text("A lightweight rain jacket")).to_have_count(0)

    page.get_by_role("tab", name="Care").click()
    expect(panel).to_have_text("Machine wash cold, do not tumble dry.")
