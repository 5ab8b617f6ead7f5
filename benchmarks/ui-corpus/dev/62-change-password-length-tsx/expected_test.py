import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_change_password_a_new_password_that_is_too_short_is_rejected(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Current password").fill("hunter2hunter2")
    page.get_by_label("New password", exact=True).fill("tulip7")
    page.get_by_label("Repeat new password").fill("tulip7")
    page.get_by_role("button", name="Update password").click()
    expect(page.get_by_role("alert")).to_have_text("The new password needs at least 10 characters.")
    expect(page.get_by_role("alert")).to_have_count(1)
    expect(page.get_by_text("Your password was changed.")).to_have_count(0)

    page.get_by_label("New password", exact=True).fill("tulip7-meadow-42")
    page.get_by_label("Repeat new password").fill("tulip7-meadow-42")
    page.get_by_role("button", name="Update password").click()
    expect(page.get_by_role("status")).to_have_text("Your password was changed.")
