import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_topping_up_past_the_80_pound_limit_is_refused(page: Page) -> None:
    page.goto(BASE_URL)
    balance = page.get_by_test_id("balance")
    expect(balance).to_have_text("£12.50")

    page.get_by_role("radio", name="£50.00").check()
    page.get_by_role("button", name="Top up").click()
    expect(balance).to_have_text("£62.50")
    history = page.get_by_role("list", name="Today's top-ups").get_by_role("listitem")
    expect(history).to_have_count(1)
    expect(history.first).to_contain_text("£50.00")

    page.get_by_role("radio", name="£20.00").check()
    page.get_by_role("button", name="Top up").click()
    expect(page.get_by_role("alert")).to_contain_text("add up to £17.50 today")
    expect(balance).to_have_text("£62.50")
    expect(history).to_have_count(1)

    page.get_by_role("radio", name="Other amount").check()
    page.get_by_label("Amount in pounds").fill("17.50")
    page.get_by_role("button", name="Top up").click()
    expect(balance).to_have_text("£80.00")
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_role("button", name="Top up")).to_be_disabled()
