import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_volunteer_sign_up_catches_a_mistyped_email(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Full name").fill("Ana Costa")
    page.get_by_label("Email").fill("ana.costa@example")
    page.get_by_label("Shift").select_option("Saturday afternoon (12–16)")
    expect(page.get_by_role("button", name="Sign up")).to_be_disabled()
    page.get_by_label("I have read the safety briefing").check()
    page.get_by_role("button", name="Sign up").click()

    expect(page.get_by_text("Enter a valid email address")).to_be_visible()
    expect(page.get_by_label("Email")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("button", name="Sign up")).to_be_visible()

    page.get_by_label("Email").fill("ana.costa@example.org")
    page.get_by_role("button", name="Sign up").click()
    expect(page.get_by_text("Thanks, Ana! You're down for Saturday afternoon (12–16).")).to_be_visible()
    expect(page.get_by_label("Full name")).to_have_count(0)
    expect(page.get_by_role("button", name="Sign up")).to_have_count(0)
