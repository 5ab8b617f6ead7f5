import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_pottery_taster_cannot_be_overbooked(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Class").select_option(label="Wheel throwing taster - Sat 10:00 (£39.00)")
    expect(page.get_by_test_id("places-left")).to_have_text("3 places left")

    page.get_by_label("Your name").fill("Sam Reid")
    page.get_by_label("Places").fill("4")
    page.get_by_role("button", name="Book places").click()
    expect(page.get_by_role("alert")).to_contain_text("only 3 places are left in this class")
    expect(page.get_by_role("status")).to_have_count(0)
    expect(page.get_by_test_id("places-left")).to_have_text("3 places left")

    page.get_by_label("Places").fill("3")
    page.get_by_label("Glaze and fire my pieces").check()
    page.get_by_role("button", name="Book places").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    status = page.get_by_role("status")
    expect(status).to_contain_text("Thanks Sam Reid")
    expect(status).to_contain_text("3 places booked on Wheel throwing taster")
    expect(status).to_contain_text("Total paid: £141.00")
    expect(page.get_by_test_id("places-left")).to_contain_text("Full")
    expect(page.get_by_role("button", name="Book places")).to_be_disabled()

    taster = page.get_by_role("option", name="Wheel throwing taster")
    expect(taster).to_contain_text("full")
    expect(taster).to_be_disabled()
    expect(page.get_by_role("option", name="Hand-building: pinch pots")).to_be_enabled()
