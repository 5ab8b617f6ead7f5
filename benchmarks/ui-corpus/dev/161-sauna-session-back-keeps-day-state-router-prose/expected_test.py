import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_booking_the_thursday_evening_sauna(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("tab", name="Thursday").click()
    aufguss = page.get_by_role("listitem").filter(has_text="19:00 Aufguss")
    expect(aufguss).to_contain_text("0 spaces left")
    expect(page.get_by_role("button", name="Book 19:00 Aufguss")).to_be_disabled()

    page.get_by_role("button", name="Book 20:30 Evening sauna").click()
    page.get_by_label("Places").fill("7")
    expect(page.get_by_role("alert")).to_contain_text("Only 6 spaces are left")
    expect(page.get_by_role("button", name="Confirm booking")).to_be_disabled()

    page.get_by_label("Places").fill("2")
    page.get_by_label("Towel hire").check()
    expect(page.get_by_text("Total: £27.00")).to_be_visible()

    page.get_by_role("button", name="Confirm booking").click()
    expect(page.get_by_role("status")).to_contain_text("2 places")
    expect(page.get_by_role("status")).to_contain_text("£27.00")

    page.get_by_role("button", name="Back to timetable").click()
    expect(page.get_by_role("tab", name="Thursday")).to_have_attribute("aria-selected", "true")
    evening = page.get_by_role("listitem").filter(has_text="20:30 Evening sauna")
    expect(evening).to_contain_text("4 spaces left")
