import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

SLOTS = [
    {"id": 11, "day": "Tue 14 May", "time": "09:00", "hygienist": "Priya", "taken": True},
    {"id": 12, "day": "Tue 14 May", "time": "11:30", "hygienist": "Priya", "taken": False},
    {"id": 13, "day": "Tue 14 May", "time": "15:00", "hygienist": "Owen", "taken": False},
    {"id": 14, "day": "Wed 15 May", "time": "08:30", "hygienist": "Owen", "taken": True},
    {"id": 15, "day": "Thu 16 May", "time": "16:45", "hygienist": "Priya", "taken": False},
]


def test_taken_hygienist_appointments_cannot_be_booked(page: Page) -> None:
    page.route("**/api/hygienist/slots", lambda route: route.fulfill(json=SLOTS))
    page.goto(BASE_URL)

    radios = page.get_by_role("radio")
    expect(radios).to_have_count(5)
    taken = page.get_by_role("radio", name="(taken)")
    expect(taken).to_have_count(2)
    expect(taken.nth(0)).to_be_disabled()
    expect(taken.nth(1)).to_be_disabled()
    expect(page.get_by_role("button", name="Book appointment")).to_be_disabled()

    page.get_by_label("Hygienist").select_option("Priya")
    expect(radios).to_have_count(3)
    expect(page.get_by_role("radio", name="Tue 14 May 09:00 with Priya")).to_be_disabled()

    page.get_by_role("radio", name="Tue 14 May 11:30 with Priya").check()
    page.get_by_role("button", name="Book appointment").click()
    expect(page.get_by_role("status")).to_have_text("Booked with Priya on Tue 14 May at 11:30")
    expect(page.get_by_role("alert")).to_have_count(0)
