import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_cancel_a_bouncy_castle_hire(page: Page) -> None:
    page.goto(BASE_URL)
    rows = page.get_by_role("row")
    expect(rows).to_have_count(4)
    expect(rows.filter(has_text="Pirate Ship castle")).to_contain_text("Sat 8 June")
    expect(rows.filter(has_text="Unicorn Palace")).to_contain_text("Sat 29 June")
    expect(rows.filter(has_text="30ft Assault Course")).to_contain_text("Sun 14 July")

    page.get_by_role("button", name="Cancel Unicorn Palace").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("Cancel Unicorn Palace on Sat 29 June?")
    expect(dialog).to_contain_text("£35 deposit will be refunded")
    expect(dialog.get_by_role("button", name="Yes, cancel it")).to_be_disabled()

    dialog.get_by_role("button", name="Keep booking").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(rows).to_have_count(4)
    expect(rows.filter(has_text="Unicorn Palace")).to_have_count(1)

    page.get_by_role("button", name="Cancel Unicorn Palace").click()
    dialog.get_by_label("Reason for cancelling").select_option("Party postponed")
    dialog.get_by_role("button", name="Yes, cancel it").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(rows.filter(has_text="Unicorn Palace")).to_have_count(0)
    expect(rows).to_have_count(3)
    status = page.get_by_role("status")
    expect(status).to_contain_text("Unicorn Palace on Sat 29 June cancelled")
    expect(status).to_contain_text("£35 deposit will be refunded")

    page.get_by_role("button", name="Cancel Pirate Ship castle").click()
    expect(dialog).to_contain_text("£40 deposit can't be refunded")
    expect(dialog).not_to_contain_text("will be refunded")
