import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_reminder_settings_cannot_be_saved_when_they_failed_to_load(page: Page) -> None:
    page.route(
        "**/api/recall/settings",
        lambda route: route.fulfill(status=500, body="Internal Server Error"),
    )
    page.goto(BASE_URL)

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("couldn't load your reminder settings")
    expect(alert.get_by_role("button", name="Try again")).to_be_visible()

    email = page.get_by_role("checkbox", name="Email")
    sms = page.get_by_role("checkbox", name="Text message")
    expect(email).to_be_disabled()
    expect(sms).to_be_disabled()
    expect(email).not_to_be_checked()
    expect(sms).not_to_be_checked()
    expect(page.get_by_label("Recall every")).to_be_disabled()
    expect(page.get_by_role("button", name="Save changes")).to_be_disabled()

    page.get_by_role("button", name="Try again").click()
    expect(page.get_by_role("alert")).to_contain_text("couldn't load your reminder settings")
    expect(page.get_by_role("button", name="Save changes")).to_be_disabled()
    expect(page.get_by_text("Settings saved")).to_have_count(0)
