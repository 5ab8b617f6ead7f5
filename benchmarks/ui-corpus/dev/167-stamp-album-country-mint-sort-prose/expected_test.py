import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_filtering_the_stamp_album_by_country_and_condition(page: Page) -> None:
    page.goto(BASE_URL)
    stamps = page.get_by_role("listitem")
    footer = page.get_by_role("contentinfo")
    expect(stamps).to_have_count(8)
    expect(footer).to_contain_text("catalogue value £66.00")

    page.get_by_label("Country").select_option("Norway")
    expect(stamps).to_have_count(4)

    page.get_by_label("Mint only").check()
    page.get_by_label("Sort by").select_option(label="Year: oldest first")
    expect(stamps).to_have_count(2)
    expect(page.get_by_role("heading", level=2)).to_have_text(["St Olav", "Rondane National Park"])
    expect(stamps.first).to_contain_text("1930")
    expect(footer).to_have_text("2 stamps · catalogue value £21.50")
    expect(page.get_by_role("heading", name="Constitution centenary")).to_have_count(0)

    page.get_by_label("Mint only").uncheck()
    expect(stamps.first).to_contain_text("Constitution centenary")
    expect(stamps.first).to_contain_text("1914")
    expect(footer).to_contain_text("4 stamps")
