import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_splitting_a_bill_with_a_tip(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_text("Enter the bill to see each share")).to_be_visible()

    page.get_by_label("Bill amount").fill("120")
    page.get_by_label("Tip").select_option("20%")
    page.get_by_label("Number of people").fill("4")

    expect(page.get_by_test_id("per-person")).to_have_text("Each person pays $36.00")
    expect(page.get_by_text("Enter the bill to see each share")).to_have_count(0)
