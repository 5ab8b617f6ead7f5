import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_heating_periods_that_overlap_are_not_added(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("From").fill("16:00")
    page.get_by_label("Until").fill("18:00")
    page.get_by_label("Temperature (°C)").fill("19")
    page.get_by_role("button", name="Add period").click()
    expect(page.get_by_role("alert")).to_contain_text("overlaps 17:00–22:00")
    expect(page.get_by_test_id("period-count")).to_have_text("2 heating periods")

    page.get_by_label("Until").fill("17:00")
    page.get_by_role("button", name="Add period").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    periods = page.get_by_test_id("period")
    expect(periods).to_have_count(3)
    expect(periods.nth(1)).to_contain_text("16:00–17:00 at 19 °C")

    page.get_by_role("button", name="Remove 06:30–08:00").click()
    expect(page.get_by_test_id("period-count")).to_have_text("2 heating periods")
    expect(page.get_by_text("06:30–08:00")).to_have_count(0)
