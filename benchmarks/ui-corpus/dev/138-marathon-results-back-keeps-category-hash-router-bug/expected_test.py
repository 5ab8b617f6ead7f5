import os
import re

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_back_to_results_keeps_the_category_filter(page: Page) -> None:
    page.goto(BASE_URL)
    rows = page.get_by_test_id("result-row")
    expect(rows).to_have_count(8)

    page.get_by_label("Category").select_option("Women 40+")
    expect(rows).to_have_count(3)

    rows.nth(1).get_by_role("link", name="Aoife Byrne").click()
    expect(page).to_have_url(re.compile(r"#/runner/0427$"))
    expect(page.get_by_test_id("chip-time")).to_have_text("3:12:45")
    expect(page.get_by_role("table")).to_have_count(0)

    page.get_by_role("link", name="Back to results").click()
    expect(page.get_by_label("Category")).to_have_value("Women 40+")
    expect(rows).to_have_count(3)
    expect(page.get_by_role("link", name="Aoife Byrne")).to_be_visible()
    expect(page.get_by_role("link", name="Tom Reyes")).to_have_count(0)
