import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_check_out_before_check_in_is_not_accepted(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("radio", name="Cat").check()
    page.get_by_label("Pet's name").fill("Miso")
    page.get_by_role("button", name="Next").click()

    expect(page.get_by_role("heading", name="Dates")).to_be_visible()
    expect(page.get_by_test_id("progress")).to_have_text("Step 2 of 3")

    page.get_by_label("Check-in").fill("2024-08-10")
    page.get_by_label("Check-out").fill("2024-08-07")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("alert")).to_contain_text("Check-out must be")
    expect(page.get_by_role("alert")).to_contain_text("after check-in")
    expect(page.get_by_role("heading", name="Dates")).to_be_visible()
    expect(page.get_by_role("heading", name="Summary")).to_have_count(0)

    page.get_by_label("Check-out").fill("2024-08-10")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("alert")).to_contain_text("after check-in")
    expect(page.get_by_role("heading", name="Summary")).to_have_count(0)

    page.get_by_label("Check-out").fill("2024-08-14")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_role("heading", name="Summary")).to_be_visible()
    expect(page.get_by_text("Miso (Cat)")).to_be_visible()
    expect(page.get_by_test_id("stay")).to_have_text("4 nights")
    expect(page.get_by_test_id("total")).to_have_text("£72.00")
    expect(page.get_by_role("alert")).to_have_count(0)

    page.get_by_role("button", name="Back").click()
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_role("heading", name="Your pet")).to_be_visible()
    expect(page.get_by_role("radio", name="Cat")).to_be_checked()
    expect(page.get_by_label("Pet's name")).to_have_value("Miso")
