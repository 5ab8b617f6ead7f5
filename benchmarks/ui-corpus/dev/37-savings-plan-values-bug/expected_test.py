import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_monthly_deposit_above_the_target_still_gets_a_plan(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Target amount").fill("500")
    page.get_by_label("Monthly deposit").fill("800")
    page.get_by_role("button", name="Make a plan").click()

    expect(page.get_by_label("Target amount")).to_have_value("500")
    expect(page.get_by_text("Deposit cannot exceed the target")).to_be_visible()
    expect(page.get_by_label("Reminder day")).to_have_count(0)
