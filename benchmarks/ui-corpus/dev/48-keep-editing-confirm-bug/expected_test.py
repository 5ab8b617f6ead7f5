import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_keep_editing_keeps_the_unsaved_changes(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_label("Title")).to_have_value("Quarterly review")
    page.get_by_label("Title").fill("Q3 review draft")
    page.get_by_role("button", name="Discard changes").click()

    confirmation = page.get_by_role("alertdialog", name="Discard unsaved changes?")
    expect(confirmation).to_be_visible()
    confirmation.get_by_role("button", name="Keep editing").click()

    expect(confirmation).to_have_count(0)
    expect(page.get_by_label("Title")).to_have_value("Q3 review draft")
    expect(page.get_by_text("Unsaved changes", exact=True)).to_be_visible()
