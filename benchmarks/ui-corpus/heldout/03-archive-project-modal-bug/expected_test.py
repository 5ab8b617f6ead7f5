import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_cancelling_the_archive_dialog_keeps_the_project_active(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("button", name="Archive project").click()
    expect(page.get_by_role("alertdialog")).to_be_visible()
    page.get_by_role("button", name="Cancel").click()

    expect(page.get_by_role("alertdialog")).to_have_count(0)
    expect(page.get_by_test_id("project-state")).to_have_text("Active")
    expect(page.get_by_role("button", name="Archive project")).to_be_visible()
