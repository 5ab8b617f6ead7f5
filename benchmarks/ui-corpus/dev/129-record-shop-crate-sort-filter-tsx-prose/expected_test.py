import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_browsing_the_vinyl_crate_by_genre_and_price(page: Page) -> None:
    page.goto(BASE_URL)
    records = page.get_by_role("list", name="Records").get_by_role("listitem")
    expect(page.get_by_test_id("record-count")).to_have_text("7 records")
    expect(records).to_have_count(7)
    expect(records.first).to_contain_text("Al Green")

    page.get_by_label("Genre").select_option("Jazz")
    expect(page.get_by_test_id("record-count")).to_have_text("3 records")
    expect(records).to_have_count(3)
    expect(page.get_by_role("list", name="Records")).not_to_contain_text("Let's Stay Together")
    expect(page.get_by_role("list", name="Records")).not_to_contain_text("Rumours")

    page.get_by_label("Sort by").select_option("Price: low to high")
    expect(records.first).to_contain_text("Kind of Blue")
    expect(records.first).to_contain_text("£9")
    expect(records.last).to_contain_text("Lanquidity")
    expect(records.last).to_contain_text("£32")

    page.get_by_label("Genre").select_option("All genres")
    expect(records).to_have_count(7)
    expect(page.get_by_label("Sort by")).to_have_value("price")
    expect(records.first).to_contain_text("Kind of Blue")
