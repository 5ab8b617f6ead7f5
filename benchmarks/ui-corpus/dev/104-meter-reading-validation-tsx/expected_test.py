import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_submitting_an_electricity_meter_reading(page: Page) -> None:
    page.goto(BASE_URL)
    submit = page.get_by_role("button", name="Submit reading")
    reading = page.get_by_label("New reading (kWh)")

    submit.click()
    expect(page.get_by_role("alert")).to_have_text("Enter your meter reading.")

    reading.fill("4498")
    submit.click()
    expect(page.get_by_role("alert")).to_contain_text("can't be lower than your last one")
    expect(page.get_by_role("status")).to_have_count(0)

    reading.fill("10200")
    submit.click()
    expect(page.get_by_text("big jump")).to_be_visible()
    expect(page.get_by_label("I've checked the reading")).to_be_visible()
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_role("status")).to_have_count(0)

    page.get_by_label("I've checked the reading").check()
    submit.click()
    expect(page.get_by_role("status")).to_contain_text("Reading 10200 kWh saved")
    expect(page.get_by_role("status")).to_contain_text("5688 kWh")
    expect(page.get_by_role("alert")).to_have_count(0)
