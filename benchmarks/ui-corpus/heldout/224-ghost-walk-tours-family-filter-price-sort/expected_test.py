import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_family_filter_and_sort_by_price(page: Page) -> None:
    page.goto(BASE_URL)
    body_rows = page.get_by_role("table", name="Ghost walks").locator("tbody").get_by_role("row")
    count = page.get_by_test_id("walk-count")

    expect(count).to_have_text("Showing 6 of 6 walks")
    expect(body_rows).to_have_count(6)
    expect(body_rows.first).to_contain_text("The Shambles After Dark")
    expect(body_rows.first).to_contain_text("3 Oct 2024")
    expect(body_rows.last).to_contain_text("Spooky Snickelways for Kids")

    page.get_by_role("checkbox", name="Suitable for under 12s only").check()
    expect(count).to_have_text("Showing 3 of 6 walks")
    expect(body_rows).to_have_count(3)
    for walk in ["Lantern Lane Legends", "The Grey Lady's Theatre", "Spooky Snickelways for Kids"]:
        expect(body_rows.filter(has_text=walk)).to_contain_text("Welcome")

    page.get_by_label("Sort by").select_option("Price: low to high")
    expect(body_rows.nth(0)).to_contain_text("Spooky Snickelways for Kids")
    expect(body_rows.nth(0)).to_contain_text("£6.00")
    expect(body_rows.nth(1)).to_contain_text("Lantern Lane Legends")
    expect(body_rows.nth(2)).to_contain_text("The Grey Lady's Theatre")

    page.get_by_role("checkbox", name="Suitable for under 12s only").uncheck()
    expect(count).to_have_text("Showing 6 of 6 walks")
    prices = ["£6.00", "£8.50", "£9.00", "£12.00", "£15.00", "£18.50"]
    for index, price in enumerate(prices):
        expect(body_rows.nth(index).get_by_role("cell").nth(4)).to_have_text(price)

    page.get_by_label("Sort by").select_option("Price: high to low")
    expect(body_rows.first).to_contain_text("Haunted Pubs Crawl")
    expect(body_rows.first).to_contain_text("£18.50")
    expect(body_rows.last).to_contain_text("Spooky Snickelways for Kids")
