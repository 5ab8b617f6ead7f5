import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_plan_page_tabs_keep_the_chosen_billing_period(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("tab", name="Features")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("Unlimited projects")).to_be_visible()

    page.get_by_role("tab", name="Pricing").click()
    expect(page.get_by_role("tab", name="Pricing")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_test_id("price")).to_have_text("€12 per user / month")
    expect(page.get_by_text("Unlimited projects")).to_have_count(0)

    page.get_by_role("switch", name="Billed yearly").click()
    expect(page.get_by_test_id("price")).to_have_text("€120 per user / year")
    expect(page.get_by_text("2 months free")).to_be_visible()

    page.get_by_role("tab", name="FAQ").click()
    expect(page.get_by_text("You can cancel at any time from the billing settings.")).to_be_visible()
    expect(page.get_by_test_id("price")).to_have_count(0)

    page.get_by_role("tab", name="Pricing").click()
    expect(page.get_by_role("switch", name="Billed yearly")).to_be_checked()
    expect(page.get_by_test_id("price")).to_have_text("€120 per user / year")
