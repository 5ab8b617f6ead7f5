import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_session_cannot_be_booked_without_enough_credits(page: Page) -> None:
    page.goto(BASE_URL)
    balance = page.get_by_test_id("balance")
    expect(balance).to_have_text("Credits left: 5")
    expect(page.get_by_text("You have no sessions booked.")).to_be_visible()

    page.get_by_label("Subject").select_option("Chemistry (A level)")
    page.get_by_label("Which day?").select_option("Wednesday")
    page.get_by_role("radio", name="2 hours").check()
    expect(page.get_by_test_id("session-cost")).to_have_text("This session uses 4 credits")
    page.get_by_role("button", name="Book session").click()
    status = page.get_by_role("status")
    expect(status).to_contain_text("Chemistry (A level) with Dr Novak booked for Wednesday")
    expect(balance).to_have_text("Credits left: 1")
    upcoming = page.get_by_role("list", name="Upcoming sessions")
    expect(upcoming.get_by_role("listitem")).to_have_count(1)
    expect(upcoming).to_contain_text("Wednesday: Chemistry (A level)")

    page.get_by_label("Subject").select_option("Maths (GCSE)")
    page.get_by_label("Which day?").select_option("Friday")
    page.get_by_role("radio", name="2 hours").check()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Not enough credits")
    expect(alert).to_contain_text("needs 2 and you have 1")
    expect(page.get_by_role("button", name="Book session")).to_be_disabled()
    expect(balance).to_have_text("Credits left: 1")
    expect(upcoming.get_by_role("listitem")).to_have_count(1)
    expect(upcoming).not_to_contain_text("Maths")

    page.get_by_role("radio", name="1 hour", exact=True).check()
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_role("button", name="Book session")).to_be_enabled()

    page.get_by_role("button", name="Cancel Chemistry (A level) on Wednesday").click()
    expect(balance).to_have_text("Credits left: 5")
    expect(page.get_by_text("You have no sessions booked.")).to_be_visible()
    expect(page.get_by_role("list", name="Upcoming sessions")).to_have_count(0)
