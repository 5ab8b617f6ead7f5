import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_narrowing_the_directory_by_team_and_by_name(page: Page) -> None:
    page.goto(BASE_URL)
    count = page.get_by_test_id("result-count")
    expect(count).to_have_text("4 of 4 people")

    page.get_by_label("Team").select_option("Engineering")
    expect(count).to_have_text("2 of 4 people")
    expect(page.get_by_text("Bruno Keller")).to_be_visible()

    page.get_by_placeholder("Search by name").fill("chen")
    expect(count).to_have_text("1 of 4 people")
    expect(page.get_by_text("Bruno Keller")).to_have_count(0)

    page.get_by_placeholder("Search by name").fill("zoe")
    expect(page.get_by_text("No one matches your search")).to_be_visible()
