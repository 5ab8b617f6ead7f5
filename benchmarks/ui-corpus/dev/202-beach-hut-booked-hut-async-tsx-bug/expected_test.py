import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

HUTS = [
    {"number": 4, "row": "Promenade", "pricePerDay": 35, "booked": False},
    {"number": 7, "row": "Promenade", "pricePerDay": 35, "booked": True},
    {"number": 12, "row": "Back row", "pricePerDay": 25, "booked": False},
    {"number": 15, "row": "Back row", "pricePerDay": 25, "booked": True},
]


def test_booked_hut_cannot_be_chosen(page: Page) -> None:
    page.route("**/api/beach-huts", lambda route: route.fulfill(json=HUTS))
    page.goto(BASE_URL)

    huts = page.get_by_role("article")
    expect(huts).to_have_count(4)
    for number in (7, 15):
        hut = page.get_by_role("article", name=f"Hut {number}")
        expect(hut).to_contain_text("Booked")
        expect(hut.get_by_role("button", name="Choose")).to_be_disabled()
    for number in (4, 12):
        expect(page.get_by_role("article", name=f"Hut {number}").get_by_role("button", name="Choose")).to_be_enabled()

    page.get_by_role("article", name="Hut 12").get_by_role("button", name="Choose").click()
    page.get_by_label("Days").select_option("3")
    expect(page.get_by_test_id("booking-summary")).to_have_text("Hut 12 · 3 days · £75.00")
    page.get_by_role("button", name="Reserve").click()
    expect(page.get_by_role("status")).to_contain_text("Hut 12 is yours for 3 days - £75.00 paid")
    expect(page.get_by_role("article", name="Hut 12")).to_contain_text("Booked")

    page.get_by_label("Only show available huts").check()
    expect(huts).to_have_count(1)
    expect(huts.first).to_have_accessible_name("Hut 4")
