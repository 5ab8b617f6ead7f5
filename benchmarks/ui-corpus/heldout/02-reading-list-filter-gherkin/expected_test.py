import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_switching_shelves_filters_the_books(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_test_id("shelf-count")).to_have_text("4 books on this shelf")

    page.get_by_role("button", name="Finished").click()
    expect(page.get_by_test_id("shelf-count")).to_have_text("2 books on this shelf")
    expect(page.get_by_text("Kindred")).to_be_visible()
    expect(page.get_by_text("Piranesi")).to_have_count(0)

    page.get_by_role("button", name="Wishlist").click()
    expect(page.get_by_text("Middlemarch")).to_be_visible()
    expect(page.get_by_test_id("shelf-count")).to_have_text("1 books on this shelf")
