import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_cheapest_first_nine_holes_and_group_booking(page: Page) -> None:
    page.goto(BASE_URL)
    rows = page.get_by_role("list", name="Tee times").get_by_role("listitem")
    times = rows.locator("strong")

    expect(rows).to_have_count(6)
    expect(times.first).to_have_text("07:30")
    expect(rows.last).to_contain_text("16:10")
    expect(rows.last).to_contain_text("Twilight")

    page.get_by_label("Sort by").select_option("Cheapest first")
    expect(times).to_have_text(["14:40", "10:20", "16:10", "12:00", "07:30", "08:10"])

    page.get_by_role("button", name="9 holes").click()
    expect(page.get_by_role("button", name="9 holes")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_test_id("count")).to_have_text("2 tee times")
    expect(times).to_have_text(["14:40", "10:20"])
    expect(rows.first).to_contain_text("£20.00")
    expect(rows.last).to_contain_text("£24.00")

    slot = page.get_by_role("listitem", name="14:40")
    slot.get_by_label("Players").select_option("3")
    slot.get_by_role("button", name="Book").click()
    expect(page.get_by_role("status")).to_have_text("Booked 3 players at 14:40 (9 holes): £60.00")
    expect(slot).to_contain_text("1 space left")
