import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

TICKETS = [
    {"id": "T-101", "subject": "VPN drops every hour", "priority": "high", "status": "open"},
    {"id": "T-102", "subject": "Printer on floor 2 jams", "priority": "normal", "status": "open"},
    {"id": "T-103", "subject": "New starter needs a laptop", "priority": "normal", "status": "open"},
    {"id": "T-098", "subject": "Password reset for Sam", "priority": "low", "status": "closed"},
]


def test_closing_a_ticket_updates_the_open_count(page: Page) -> None:
    page.route("**/api/tickets", lambda route: route.fulfill(json=TICKETS))
    page.goto(BASE_URL)
    open_tickets = page.get_by_role("list", name="Open tickets").get_by_role("listitem")
    expect(page.get_by_role("heading", name="Open tickets: 3")).to_be_visible()
    expect(open_tickets).to_have_count(3)

    open_tickets.filter(has_text="Printer on floor 2 jams").get_by_role("button", name="Close").click()
    expect(open_tickets).to_have_count(2)
    expect(open_tickets.filter(has_text="Printer on floor 2 jams")).to_have_count(0)
    expect(page.get_by_role("heading", name="Open tickets: 2")).to_be_visible()
    expect(page.get_by_role("heading", name="Recently closed (2)")).to_be_visible()
    expect(page.get_by_role("list", name="Recently closed")).to_contain_text("Printer on floor 2 jams")
