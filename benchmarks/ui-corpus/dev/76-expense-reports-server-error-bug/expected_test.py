import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_expense_page_reports_a_server_failure_instead_of_an_empty_list(page: Page) -> None:
    page.route(
        "**/api/expenses",
        lambda route: route.fulfill(status=500, json={"error": "internal"}),
    )
    page.goto(BASE_URL)
    expect(page.get_by_role("alert")).to_contain_text("We couldn't load your expense reports")
    expect(page.get_by_role("button", name="Try again")).to_be_visible()
    expect(page.get_by_text("You have no expense reports yet.")).to_have_count(0)
    expect(page.get_by_text("Loading reports…")).to_have_count(0)
