import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_newsletter_signup_rejects_an_invalid_email_address(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Full name").fill("Ana Lima")
    page.get_by_label("Email address").fill("ana.example.org")
    page.get_by_label("How often?").select_option("Monthly")
    page.get_by_role("button", name="Subscribe").click()

    error = page.get_by_role("alert")
    expect(error).to_contain_text("Enter a valid email address")
    expect(error).to_contain_text("You must agree to receive emails")
    expect(error).not_to_contain_text("name", ignore_case=True)
    expect(page.get_by_text("Thanks,")).to_have_count(0)

    page.get_by_label("Email address").fill("ana@example.org")
    page.get_by_label("I agree to receive emails").check()
    page.get_by_role("button", name="Subscribe").click()
    expect(page.get_by_text("Thanks, Ana! We'll email ana@example.org monthly.")).to_be_visible()
    expect(error).to_have_count(0)
