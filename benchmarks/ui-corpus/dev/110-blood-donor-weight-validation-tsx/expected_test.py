import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_donor_booking_refuses_a_weight_under_the_minimum(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Full name").fill("Dana Okafor")
    page.get_by_label("Age").fill("34")
    page.get_by_label("Weight (kg)").fill("48")
    book = page.get_by_role("button", name="Book appointment")
    expect(book).to_be_disabled()

    page.get_by_label("I have not donated blood in the last 12 weeks").check()
    book.click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Weight must be at least 50 kg")
    expect(alert).not_to_contain_text("Age")
    expect(page.get_by_role("status")).to_have_count(0)

    page.get_by_label("Weight (kg)").fill("61")
    book.click()
    expect(page.get_by_role("status")).to_have_text("Appointment booked at Northgate for Dana Okafor")
    expect(page.get_by_role("alert")).to_have_count(0)
