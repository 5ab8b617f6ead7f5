import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_remove_pupil_needs_the_whole_name_typed(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_test_id("pupil-count")).to_have_text("4 pupils")

    page.get_by_role("button", name="Remove Tom Baker").click()
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_role("heading")).to_have_text("Remove Tom Baker from lessons?")

    dialog.get_by_label("Pupil's name").fill("Tom")
    expect(dialog.get_by_role("button", name="Remove pupil")).to_be_disabled()
    expect(dialog.get_by_role("button", name="Keep pupil")).to_be_enabled()

    dialog.get_by_label("Pupil's name").fill("Tom Baker")
    dialog.get_by_role("button", name="Remove pupil").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_test_id("pupil-count")).to_have_text("3 pupils")
    expect(page.get_by_role("cell", name="Tom Baker", exact=True)).to_have_count(0)
    expect(page.get_by_role("cell", name="Tomasz Nowak", exact=True)).to_be_visible()
