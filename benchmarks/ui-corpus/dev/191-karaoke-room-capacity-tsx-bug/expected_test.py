import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_small_karaoke_room_cannot_be_booked_for_eight(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Room").select_option(label="Small (up to 6) - £20.00/hour")
    page.get_by_label("Guests").fill("8")
    page.get_by_label("Start time").select_option("20:00")
    page.get_by_label("Hours").select_option(label="2 hours")
    page.get_by_role("button", name="Book room").click()

    expect(page.get_by_role("alert")).to_contain_text("Small room holds up to 6 guests")
    expect(page.get_by_role("status")).to_have_count(0)

    page.get_by_label("Room").select_option(label="Medium (up to 10) - £30.00/hour")
    page.get_by_role("button", name="Book room").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(page.get_by_role("status")).to_have_text(
        "Booked: Medium room for 8 guests, 20:00-22:00, £60.00"
    )
    expect(page.get_by_label("Guests")).to_have_value("8")
    expect(page.get_by_label("Start time")).to_have_value("20:00")
