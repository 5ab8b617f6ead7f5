import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_showing_only_shipped_orders(page: Page) -> None:
    page.route(
        "**/api/orders",
        lambda route: route.fulfill(
            json=[
                {"id": "A-100", "status": "shipped"},
                {"id": "A-101", "status": "pending"},
                {"id": "A-102", "status": "shipped"},
            ]
        ),
    )
    page.goto(BASE_URL)
    rows = page.get_by_test_id("order-row")
    expect(rows).to_have_count(3)

    page.get_by_label("Shipped only").check()
    expect(rows).to_have_text(["A-100 · shipped", "A-102 · shipped"])
    expect(page.get_by_text("A-101 · pending")).to_have_count(0)
