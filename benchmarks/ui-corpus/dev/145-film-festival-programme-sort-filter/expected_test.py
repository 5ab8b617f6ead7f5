import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_hide_sold_out_sort_by_length_and_star_films(page: Page) -> None:
    page.goto(BASE_URL)
    rows = page.get_by_test_id("screening")
    titles = page.get_by_test_id("film-title")
    expect(rows).to_have_count(5)
    expect(titles.first).to_have_text("After the Flood")
    expect(rows.first).to_contain_text("11:30")

    page.get_by_label("Hide sold out").check()
    expect(rows).to_have_count(3)
    expect(page.get_by_role("cell", name="The Salt Road")).to_have_count(0)
    expect(page.get_by_role("cell", name="After the Flood")).to_have_count(0)

    page.get_by_label("Sort by").select_option("Longest first")
    expect(titles).to_have_text(["Kestrel", "Night Market", "Paper Moons"])

    rows.nth(1).get_by_role("button").click()
    page.get_by_role("button", name="Add Kestrel to my list").click()
    expect(page.get_by_test_id("my-list")).to_have_text("My list (2)")
    expect(page.get_by_role("button", name="Add Night Market to my list")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("button", name="Add Paper Moons to my list")).to_have_attribute("aria-pressed", "false")

    page.get_by_label("Hide sold out").uncheck()
    expect(titles).to_have_text(["Kestrel", "The Salt Road", "Night Market", "Paper Moons", "After the Flood"])
    expect(rows.filter(has_text="The Salt Road")).to_contain_text("Sold out")
