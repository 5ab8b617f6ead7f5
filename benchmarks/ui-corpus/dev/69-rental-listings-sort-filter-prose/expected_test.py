import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_pet_friendly_flats_sorted_by_rent(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Pets allowed").check()
    page.get_by_role("combobox").select_option("Rent: low to high")
    rows = page.locator("tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.locator("td:first-child")).to_have_text(["Old town attic", "Canal loft", "Harbour view 2-bed"])
    expect(page.get_by_text("Garden studio")).to_have_count(0)

    page.get_by_role("combobox").select_option("Size: largest first")
    expect(rows.first).to_contain_text("Harbour view 2-bed")
