import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_one_person_cannot_buy_more_than_20_tickets(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Name").fill("Priya Shah")
    page.get_by_label("Number of tickets").fill("25")
    buy = page.get_by_role("button", name="Buy tickets")
    expect(buy).to_be_disabled()

    page.get_by_label("I am 16 or over").check()
    buy.click()
    expect(page.get_by_role("alert")).to_contain_text("no more than 20 tickets per person")
    expect(page.get_by_role("listitem")).to_have_count(0)

    page.get_by_label("Number of tickets").fill("7")
    buy.click()
    expect(page.get_by_role("alert")).to_have_count(0)
    status = page.get_by_role("status")
    expect(status).to_contain_text("Priya Shah")
    expect(status).to_contain_text("paid £12.00")
    tickets = page.get_by_label("Your tickets").get_by_role("listitem")
    expect(tickets).to_have_count(7)
    expect(tickets.first).to_have_text("0001")
    expect(tickets.last).to_have_text("0007")
