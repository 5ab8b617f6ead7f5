import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_two_step_verification_survives_switching_tabs(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("tab", name="Security").click()
    expect(page.get_by_role("tab", name="Security")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("heading", name="Sign-in security")).to_be_visible()

    page.get_by_label("Require a code from my phone").check()
    expect(page.get_by_text("Two-step verification is on")).to_be_visible()

    page.get_by_role("tab", name="Billing").click()
    expect(page.get_by_role("heading", name="Invoices and payment")).to_be_visible()
    expect(page.get_by_role("heading", name="Sign-in security")).to_have_count(0)

    page.get_by_role("tab", name="Security").click()
    expect(page.get_by_label("Require a code from my phone")).to_be_checked()
