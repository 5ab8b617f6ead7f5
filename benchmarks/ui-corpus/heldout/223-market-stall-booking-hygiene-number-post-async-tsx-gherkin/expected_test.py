import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_hot_food_stall_needs_a_hygiene_registration_number(page: Page) -> None:
    page.route(
        "**/api/stall-bookings",
        lambda route: route.fulfill(status=201, json={"reference": "SM-1042", "pitch": "Row C, pitch 14"}),
    )
    page.goto(BASE_URL)

    page.get_by_label("Trading name").fill("Hollow Tree Crêpes")
    page.get_by_role("radio", name="Hot food or drink").check()
    page.get_by_label("Market day").select_option("Sat 13 July")
    page.get_by_role("checkbox", name="Electric hook-up").check()
    expect(page.get_by_test_id("stall-total")).to_have_text("Stall fee: £53.00")

    page.get_by_role("button", name="Book stall").click()
    expect(page.get_by_role("alert")).to_contain_text("Food stalls need a food hygiene registration number")
    expect(page.get_by_role("status")).to_have_count(0)
    expect(page.get_by_text("Booked!")).to_have_count(0)
    expect(page.get_by_label("Trading name")).to_have_value("Hollow Tree Crêpes")

    page.get_by_label("Food hygiene registration number").fill("fh-22817")
    page.get_by_role("button", name="Book stall").click()
    status = page.get_by_role("status")
    expect(status).to_contain_text("Hollow Tree Crêpes has Row C, pitch 14 on Sat 13 July")
    expect(status).to_contain_text("Reference SM-1042")
    expect(status).to_contain_text("£53.00 to pay on the day")
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_role("button", name="Book stall")).to_have_count(0)
