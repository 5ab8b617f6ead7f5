import os
import re

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROWS = [
    ("Adult", "Peak", False, False, "£13.50"),
    ("Adult", "Off-peak", True, True, "£20.00"),
    ("Student (with card)", "Peak", True, False, "£15.50"),
    ("Student (with card)", "Off-peak", False, True, "£14.00"),
    ("Under 16", "Off-peak", True, False, "£11.50"),
    ("Under 16", "Peak", False, False, "£9.00"),
]


def test_day_pass_prices(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_test_id("day-pass")).to_have_count(0)
    expect(page.get_by_role("radio", name=re.compile("^Peak"))).to_be_checked()
    for climber, when, shoes, first_visit, price in ROWS:
        page.get_by_label("Climber").select_option(label=climber)
        page.get_by_role("radio", name=re.compile(f"^{when}")).check()
        page.get_by_label("Shoe hire").set_checked(shoes)
        page.get_by_label("First visit").set_checked(first_visit)
        page.get_by_role("button", name="Work out price").click()
        expect(page.get_by_test_id("day-pass")).to_have_text(f"Day pass: {price}")
