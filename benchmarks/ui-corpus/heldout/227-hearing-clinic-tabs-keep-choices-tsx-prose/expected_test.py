import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_tabs_keep_the_chosen_appointment(page: Page) -> None:
    page.goto(BASE_URL)
    book_tab = page.get_by_role("tab", name="Book a test")
    expect(book_tab).to_have_attribute("aria-selected", "true")
    expect(page.get_by_label("Clinic")).to_be_visible()

    page.get_by_label("Clinic").select_option("Ripon")
    page.get_by_label("Appointment type").select_option("Ear wax removal – both ears")
    expect(page.get_by_test_id("appointment-summary")).to_have_text("30 minutes · £75")

    page.get_by_role("tab", name="Prices").click()
    expect(page.get_by_role("tab", name="Prices")).to_have_attribute("aria-selected", "true")
    expect(book_tab).to_have_attribute("aria-selected", "false")
    rows = page.get_by_role("tabpanel").locator("tbody").get_by_role("row")
    expect(rows).to_have_count(4)
    full = rows.filter(has_text="Full hearing assessment")
    expect(full).to_contain_text("45 min")
    expect(full).to_contain_text("£45")
    expect(rows.filter(has_text="Free hearing check")).to_contain_text("Free")

    page.get_by_role("tab", name="Before your visit").click()
    panel = page.get_by_role("tabpanel")
    expect(panel).to_contain_text("Bring a list of the medicines you take")
    expect(panel).to_contain_text("Don't use ear drops for 3 days")

    book_tab.click()
    expect(page.get_by_label("Clinic")).to_have_value("Ripon")
    expect(page.get_by_label("Appointment type")).to_have_value("Ear wax removal – both ears")
    expect(page.get_by_test_id("appointment-summary")).to_have_text("30 minutes · £75")

    page.get_by_role("button", name="Request appointment").click()
    expect(page.get_by_role("status")).to_have_text(
        "We'll call you within 2 working days to book your ear wax removal – both ears at Ripon."
    )
