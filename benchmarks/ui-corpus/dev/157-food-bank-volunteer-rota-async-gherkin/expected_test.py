import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

SHIFTS = [
    {"id": 1, "day": "Saturday", "time": "09:00", "task": "Sorting donations", "slots": 4, "filled": 2},
    {"id": 2, "day": "Saturday", "time": "13:00", "task": "Packing parcels", "slots": 3, "filled": 1},
    {"id": 3, "day": "Sunday", "time": "10:00", "task": "Home deliveries", "slots": 2, "filled": 1},
    {"id": 4, "day": "Sunday", "time": "14:00", "task": "Stock take", "slots": 2, "filled": 2},
]


def test_signing_up_for_weekend_shifts(page: Page) -> None:
    page.route("**/api/shifts", lambda route: route.fulfill(json=SHIFTS))
    page.goto(BASE_URL)
    shifts = page.get_by_role("article")
    expect(shifts).to_have_count(4)
    sorting = page.get_by_role("article", name="Sorting donations")
    expect(sorting).to_contain_text("2 of 4 volunteers")
    stock_take = page.get_by_role("article", name="Stock take")
    expect(stock_take.get_by_role("button")).to_have_text("Full")
    expect(stock_take.get_by_role("button")).to_be_disabled()

    sorting.get_by_role("button", name="Sign up").click()
    expect(sorting).to_contain_text("3 of 4 volunteers")
    expect(sorting.get_by_role("button")).to_have_text("Signed up")
    expect(page.get_by_test_id("my-shifts")).to_have_text("You're signed up for 1 shift")

    page.get_by_role("article", name="Home deliveries").get_by_role("button", name="Sign up").click()
    packing = page.get_by_role("article", name="Packing parcels")
    packing.get_by_role("button", name="Sign up").click()
    expect(page.get_by_role("alert")).to_contain_text("at most 2 shifts")
    expect(packing).to_contain_text("1 of 3 volunteers")
    expect(page.get_by_test_id("my-shifts")).to_have_text("You're signed up for 2 shifts")

    page.get_by_role("button", name="Needs volunteers").click()
    expect(shifts).to_have_count(2)
    expect(page.get_by_role("article", name="Home deliveries")).to_have_count(0)
