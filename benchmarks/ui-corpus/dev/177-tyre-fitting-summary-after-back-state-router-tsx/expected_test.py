import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_summary_follows_quantity_changed_after_going_back(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", name="Your vehicle")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("Enter your registration")

    page.get_by_label("Registration").fill("ab12 cde")
    page.get_by_label("Tyre size").select_option("205/55 R16")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", name="Choose tyres")).to_be_visible()
    expect(page.get_by_text("Vehicle: AB12 CDE · 205/55 R16")).to_be_visible()

    page.get_by_role("radio", name="Mid-range").check()
    page.get_by_label("How many tyres?").select_option("4")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", name="Summary")).to_be_visible()
    expect(page.get_by_test_id("tyres-line")).to_have_text("4 × Mid-range 205/55 R16")
    expect(page.get_by_text("£40.00", exact=True)).to_be_visible()
    expect(page.get_by_test_id("total")).to_have_text("£352.00")

    page.get_by_role("button", name="Back").click()
    expect(page.get_by_role("radio", name="Mid-range")).to_be_checked()
    expect(page.get_by_label("How many tyres?")).to_have_value("4")

    page.get_by_label("How many tyres?").select_option("2")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_test_id("tyres-line")).to_have_text("2 × Mid-range 205/55 R16")
    expect(page.get_by_text("£20.00", exact=True)).to_be_visible()
    expect(page.get_by_test_id("total")).to_have_text("£176.00")
    expect(page.get_by_text("£352.00")).to_have_count(0)
