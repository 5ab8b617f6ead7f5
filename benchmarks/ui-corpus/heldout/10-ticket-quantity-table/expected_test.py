import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_ticket_price_and_limits(page: Page) -> None:
    page.goto(BASE_URL)
    for tickets, shown in [
        ("1", "1 × €18 = €18"),
        ("8", "8 × €18 = €144"),
        ("9", "At most 8 tickets per order"),
        ("0", "Choose at least one ticket"),
    ]:
        page.get_by_label("Number of tickets").fill(tickets)
        page.get_by_role("button", name="Calculate price").click()
        expect(page.get_by_role("status")).to_have_text(shown)
