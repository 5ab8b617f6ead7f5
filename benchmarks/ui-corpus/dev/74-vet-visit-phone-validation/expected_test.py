import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_vet_visit_booking_rejects_a_too_short_phone_number(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Pet's name").fill("Biscuit")
    page.get_by_label("Species").select_option("Rabbit")
    page.get_by_placeholder("Phone number").fill("12345")
    page.get_by_role("button", name="Book appointment").click()
    expect(page.get_by_text("Phone number looks too short")).to_be_visible()
    expect(page.get_by_text("Appointment requested for")).to_have_count(0)

    page.get_by_placeholder("Phone number").fill("0612 345 678")
    page.get_by_role("button", name="Book appointment").click()
    expect(page.get_by_text("Appointment requested for Biscuit (rabbit)")).to_be_visible()
    expect(page.get_by_text("Phone number looks too short")).to_have_count(0)
