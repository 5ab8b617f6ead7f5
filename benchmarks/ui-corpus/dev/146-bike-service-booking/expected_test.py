import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_book_a_bike_service_with_extras(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("radio", name="Basic tune-up")).to_be_checked()

    page.get_by_label("Bike type").select_option("E-bike")
    expect(page.get_by_text("E-bike surcharge: £15")).to_be_visible()
    expect(page.get_by_test_id("total")).to_have_text("Total: £50")

    page.get_by_role("radio", name="Full service").check()
    page.get_by_role("checkbox", name="New chain").check()
    page.get_by_role("checkbox", name="Puncture repair").check()
    expect(page.get_by_test_id("total")).to_have_text("Total: £111")

    page.get_by_role("button", name="Book service").click()
    expect(page.get_by_role("alert")).to_contain_text("Enter a phone number")
    expect(page.get_by_role("status")).to_have_count(0)

    page.get_by_label("Phone number").fill("0770 123")
    page.get_by_role("button", name="Book service").click()
    expect(page.get_by_role("alert")).to_contain_text("11 digits")

    page.get_by_label("Phone number").fill("07701 234567")
    page.get_by_role("checkbox", name="Puncture repair").uncheck()
    page.get_by_role("button", name="Book service").click()
    expect(page.get_by_role("status")).to_contain_text("Booked!")
    expect(page.get_by_role("status")).to_contain_text("Full service")
    expect(page.get_by_test_id("total")).to_have_text("Total: £103")
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_role("button", name="Book service")).to_be_disabled()
