import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_evening_booking_on_a_court_without_floodlights_is_refused(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Member number").fill("20417")
    page.get_by_label("Court", exact=True).select_option("Court 2")
    page.get_by_label("Start time").select_option("18:00")
    page.get_by_label("2 hours").check()
    page.get_by_label("Players").fill("3")
    page.get_by_role("button", name="Book court").click()
    errors = page.get_by_role("alert").get_by_role("listitem")
    expect(errors).to_have_count(3)
    expect(page.get_by_role("alert")).to_contain_text("6 digits")

    page.get_by_label("Member number").fill("204178")
    page.get_by_label("Players").fill("4")
    page.get_by_role("button", name="Book court").click()
    expect(errors).to_have_count(1)
    expect(errors).to_contain_text("bookings must end by 19:00")
    expect(page.get_by_role("status")).to_have_count(0)

    page.get_by_label("Court", exact=True).select_option("Court 3 (floodlit)")
    page.get_by_role("button", name="Book court").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_role("status")).to_have_text("Court 3 booked 18:00–20:00 for 4 players")
