import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_joining_and_leaving_the_allotment_waiting_list(page: Page) -> None:
    page.goto(BASE_URL)
    entries = page.get_by_role("list", name="Waiting list").get_by_role("listitem")
    expect(page.get_by_test_id("waiting-count")).to_have_text("2 people waiting")

    page.get_by_label("Name").fill("Nadia Khan")
    page.get_by_label("Postcode").fill("LS6 2AB")
    page.get_by_role("button", name="Join list").click()
    expect(page.get_by_role("alert")).to_contain_text("(BS) postcode")
    expect(page.get_by_test_id("waiting-count")).to_have_text("2 people waiting")
    expect(entries).to_have_count(2)

    page.get_by_label("Postcode").fill("BS7 8QT")
    page.get_by_role("radio", name="Half plot").check()
    page.get_by_role("button", name="Join list").click()
    expect(entries.nth(2)).to_contain_text("Nadia Khan – Half plot")
    expect(page.get_by_test_id("waiting-count")).to_have_text("3 people waiting")
    expect(page.get_by_label("Name")).to_have_value("")
    expect(page.get_by_role("radio", name="Full plot")).to_be_checked()

    entries.first.get_by_role("button", name="Withdraw").click()
    expect(entries.filter(has_text="Tom Reed")).to_have_count(0)
    expect(entries.nth(1)).to_contain_text("2. Nadia Khan")
    expect(page.get_by_role("alert")).to_have_count(0)
