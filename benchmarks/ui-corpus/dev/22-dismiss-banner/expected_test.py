import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_dismissing_and_restoring_the_maintenance_notice(page: Page) -> None:
    page.goto(BASE_URL)
    notice = page.get_by_text("Scheduled maintenance on Sunday from 02:00 to 04:00 UTC.")
    expect(notice).to_be_visible()

    page.get_by_role("button", name="Dismiss").click()
    expect(notice).to_have_count(0)
    expect(page.get_by_role("status")).to_have_count(0)

    page.get_by_role("button", name="Show maintenance notice").click()
    expect(notice).to_be_visible()

    page.get_by_role("button", name="Remind me later").click()
    expect(page.get_by_role("status")).to_have_text("We will remind you tomorrow")
