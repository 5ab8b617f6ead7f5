import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_negative_transfer_amount_is_refused(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Recipient").fill("Jonas Berg")
    page.get_by_label("Amount in EUR").fill("-50")
    page.get_by_role("button", name="Review transfer").click()

    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("The amount must be greater than 0.")
    expect(alert).not_to_contain_text("recipient")
    expect(page.get_by_text("Ready to send")).to_have_count(0)
