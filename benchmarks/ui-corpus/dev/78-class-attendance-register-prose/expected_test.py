import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_taking_the_morning_register(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_text("0 of 5 present")).to_be_visible()

    page.get_by_label("Amara Osei").check()
    page.get_by_label("Tomasz Nowak").check()
    expect(page.get_by_text("2 of 5 present")).to_be_visible()

    page.get_by_role("button", name="Mark everyone present").click()
    for pupil in ["Amara Osei", "Jonah Reyes", "Mei Lin Tan", "Tomasz Nowak", "Zainab Hussain"]:
        expect(page.get_by_label(pupil)).to_be_checked()
    expect(page.get_by_text("5 of 5 present")).to_be_visible()

    page.get_by_label("Jonah Reyes").uncheck()
    page.get_by_role("button", name="Submit register").click()
    expect(page.get_by_role("status")).to_have_text("Register saved: 4 present, 1 absent (Jonah Reyes)")
