import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_the_questions_asked_follow_the_type_of_property(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("radio", name="House")).not_to_be_checked()
    expect(page.get_by_role("radio", name="Flat")).not_to_be_checked()
    expect(page.get_by_label("Storeys")).to_have_count(0)
    expect(page.get_by_label("Which floor?")).to_have_count(0)
    expect(page.get_by_role("button", name="Get quote")).to_be_disabled()

    page.get_by_role("radio", name="Flat").check()
    expect(page.get_by_label("Which floor?")).to_be_visible()
    expect(page.get_by_label("Storeys")).to_have_count(0)

    page.get_by_label("Which floor?").fill("6")
    expect(page.get_by_role("alert")).to_have_text("Sorry, we only clean flats up to the 4th floor")
    expect(page.get_by_role("button", name="Get quote")).to_be_disabled()

    page.get_by_role("radio", name="House").check()
    page.get_by_label("Storeys").select_option("2")
    page.get_by_label("Conservatory roof").check()
    expect(page.get_by_label("Which floor?")).to_have_count(0)
    expect(page.get_by_role("alert")).to_have_count(0)

    page.get_by_role("button", name="Get quote").click()
    expect(page.get_by_test_id("quote")).to_have_text("Your quote: £39 every 4 weeks")
