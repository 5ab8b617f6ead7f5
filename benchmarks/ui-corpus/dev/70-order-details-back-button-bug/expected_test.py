import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_browser_back_keeps_showing_the_order_details(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="My orders")).to_be_visible()
    page.get_by_role("link", name="Order #1042").click()
    expect(page.get_by_role("heading", name="Order #1042")).to_be_visible()

    page.go_back()
    expect(page.get_by_role("heading", name="My orders")).to_be_visible()
    expect(page.get_by_text("Delivered on 14 May")).to_have_count(0)
