import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_the_invoice_service_is_failing(page: Page) -> None:
    page.route(
        "**/api/invoices",
        lambda route: route.fulfill(status=500, json={"error": "internal server error"}),
    )
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Invoices")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("We couldn't load your invoices (error 500).")
    expect(page.get_by_role("button", name="Download all")).to_be_disabled()
    expect(page.get_by_text("Outstanding balance")).to_have_count(0)
    expect(page.get_by_role("table")).to_have_count(0)
