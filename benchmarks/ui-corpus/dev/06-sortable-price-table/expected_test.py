import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_sorting_plans_by_price_both_ways(page: Page) -> None:
    page.goto(BASE_URL)
    rows = page.get_by_test_id("plan-row")
    expect(rows.first).to_contain_text("Enterprise")

    page.get_by_role("button", name="Monthly price").click()
    expect(rows.locator("td:first-child")).to_have_text(["Starter", "Growth", "Team", "Enterprise"])

    page.get_by_role("button", name="Monthly price").click()
    expect(rows.locator("td:first-child")).to_have_text(["Enterprise", "Team", "Growth", "Starter"])
