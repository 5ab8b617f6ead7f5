import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_narrowing_the_log_to_one_apiary_and_sorting_it_by_inspection_date(page: Page) -> None:
    page.goto(BASE_URL)
    body_rows = page.locator("tbody").get_by_role("row")
    expect(body_rows).to_have_count(8)

    page.get_by_label("Apiary").select_option("Heath")
    expect(body_rows).to_have_count(3)
    expect(page.get_by_test_id("hive-count")).to_have_text("Showing 3 of 8 hives")

    page.get_by_role("button", name="Last inspected").click()
    expect(body_rows.first).to_contain_text("Bramble")
    expect(body_rows.last).to_contain_text("Foxglove")

    page.get_by_role("button", name="Last inspected").click()
    expect(body_rows.first).to_contain_text("Foxglove")
    expect(page.get_by_role("cell", name="Orchard")).to_have_count(0)
