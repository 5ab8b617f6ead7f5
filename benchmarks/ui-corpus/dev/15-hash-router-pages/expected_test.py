import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_navigating_between_the_library_pages(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Welcome to Fernbrook Library")).to_be_visible()

    page.get_by_role("link", name="Hours").click()
    expect(page.get_by_role("heading", name="Opening hours")).to_be_visible()
    expect(page.get_by_text("Monday to Saturday, 9:00 to 18:00.")).to_be_visible()

    page.get_by_role("link", name="Events").click()
    expect(page.get_by_role("heading", name="Events")).to_be_visible()

    page.goto(BASE_URL + "#/parking")
    expect(page.get_by_role("heading", name="Page not found")).to_be_visible()

    page.get_by_role("link", name="Back to the home page").click()
    expect(page.get_by_role("heading", name="Welcome to Fernbrook Library")).to_be_visible()
