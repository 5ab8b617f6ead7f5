import os
import re

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_booking_a_van_pitch_at_the_car_boot_sale(page: Page) -> None:
    page.goto(BASE_URL)
    sales = page.get_by_role("list", name="Upcoming sales").get_by_role("listitem")
    expect(sales).to_have_count(4)
    expect(sales.filter(has_text="7 July")).to_contain_text("Sold out")

    page.get_by_role("link", name="Sunday 14 July").click()
    expect(page).to_have_url(re.compile(r"#/sale/2$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Sunday 14 July - Meadow Farm")
    expect(page.get_by_role("radio", name="Car pitch")).to_be_checked()
    expect(page.get_by_role("button", name="Book pitch")).to_be_disabled()

    page.get_by_role("radio", name="Van pitch").check()
    page.get_by_label("Vehicle registration").fill("ab12 cde")
    page.get_by_role("button", name="Book pitch").click()
    confirmation = page.get_by_role("status")
    expect(confirmation).to_contain_text("Reference CB1407-AB12CDE")
    expect(confirmation).to_contain_text("Pay £15.00 at the gate")

    page.get_by_role("link", name="Back to all sales").click()
    expect(page.get_by_role("heading", name="Car boot sales")).to_be_visible()
    expect(sales).to_have_count(4)

    page.goto(BASE_URL + "#/sale/1")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sunday 7 July - Meadow Farm")
    expect(page.get_by_role("alert")).to_contain_text("all pitches", ignore_case=True)
    expect(page.get_by_role("alert")).to_contain_text("have been taken")
    page.get_by_label("Vehicle registration").fill("XY70 ZZZ")
    expect(page.get_by_role("button", name="Book pitch")).to_be_disabled()
