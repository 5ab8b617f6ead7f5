import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_bad_address_is_rejected_and_a_good_one_is_sent(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("button", name="Invite teammate").click()
    dialog = page.get_by_role("dialog", name="Invite a teammate")
    expect(dialog).to_be_visible()

    page.get_by_label("Teammate email").fill("sam.example.org")
    page.get_by_role("button", name="Send invite").click()
    expect(page.get_by_role("alert")).to_have_text("That does not look like an email address")
    expect(dialog).to_be_visible()

    page.get_by_label("Teammate email").fill("sam@example.org")
    page.get_by_role("button", name="Send invite").click()
    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_text("Invite sent to sam@example.org")).to_be_visible()
