import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

DIARY = {
    "instructor": "Dev Patel",
    "day": "Thursday",
    "pricePerHour": 38,
    "slots": [
        {"time": "09:00", "taken": False},
        {"time": "10:00", "taken": True},
        {"time": "11:00", "taken": False},
        {"time": "12:00", "taken": False},
        {"time": "13:00", "taken": False},
    ],
}


def test_two_hour_lesson_cannot_overlap_a_booked_hour(page: Page) -> None:
    page.route("**/api/lesson-slots", lambda route: route.fulfill(json=DIARY))
    page.goto(BASE_URL)
    expect(page.get_by_text("Dev Patel · Thursday")).to_be_visible()

    times = page.get_by_role("list", name="Start times").get_by_role("listitem")
    expect(times).to_have_count(5)
    expect(page.get_by_role("radio", name="10:00")).to_be_disabled()
    expect(page.get_by_text("10:00 - taken")).to_be_visible()
    expect(page.get_by_role("radio", name="09:00")).to_be_enabled()

    page.get_by_label("Lesson length").select_option("2 hours")
    page.get_by_role("radio", name="09:00").check()
    page.get_by_role("button", name="Book lesson").click()
    expect(page.get_by_role("alert")).to_contain_text("10:00 is already booked")
    expect(page.get_by_role("status")).to_have_count(0)

    page.get_by_role("radio", name="11:00").check()
    page.get_by_role("button", name="Book lesson").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_role("status")).to_contain_text("Thursday 11:00-13:00, £76.00")
    expect(page.get_by_text("11:00 - taken")).to_be_visible()
    expect(page.get_by_text("12:00 - taken")).to_be_visible()
    expect(page.get_by_role("radio", name="11:00")).to_be_disabled()
    expect(page.get_by_role("radio", name="12:00")).to_be_disabled()
    expect(page.get_by_role("radio", name="13:00")).to_be_enabled()
