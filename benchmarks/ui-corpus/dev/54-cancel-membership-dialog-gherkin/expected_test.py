import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_the_member_has_to_confirm_before_the_membership_is_cancelled(page: Page) -> None:
    page.goto(BASE_URL)
    status = page.get_by_test_id("membership-status")
    expect(status).to_have_text("Active")

    page.get_by_role("button", name="Cancel membership").click()
    dialog = page.get_by_role("dialog", name="Cancel your membership?")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_role("button", name="Yes, cancel")).to_be_disabled()

    dialog.get_by_role("button", name="Keep my membership").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(status).to_have_text("Active")

    page.get_by_role("button", name="Cancel membership").click()
    dialog.get_by_label("I understand my locker will be emptied").check()
    dialog.get_by_role("button", name="Yes, cancel").click()
    expect(status).to_have_text("Cancelled")
    expect(page.get_by_text("Your membership ends on 28 February.")).to_be_visible()
    expect(page.get_by_role("button", name="Cancel membership")).to_have_count(0)
