import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_the_notifications_link_opens_the_settings(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Inbox")).to_be_visible()
    page.get_by_role("link", name="Notifications").click()
    expect(page.get_by_role("heading", name="Notification settings")).to_be_visible()
    expect(page.get_by_label("Email me about replies")).to_be_checked()
    expect(page.get_by_role("heading", name="Nothing here")).to_have_count(0)
