import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_bowling_lane_booking_with_shoe_hire(page: Page) -> None:
    page.goto(BASE_URL)
    total = page.get_by_test_id("lane-total")
    players = page.get_by_role("list", name="Players").get_by_role("listitem")

    for name in ("Sam", "Jo", "Priya"):
        page.get_by_label("Player name").fill(name)
        page.get_by_role("button", name="Add player").click()
    expect(players).to_have_count(3)
    expect(players.nth(0)).to_contain_text("Sam")
    expect(players.nth(1)).to_contain_text("Jo")
    expect(players.nth(2)).to_contain_text("Priya")
    expect(page.get_by_test_id("player-count")).to_have_text("3 of 6 players")
    expect(total).to_have_text("Total: £19.50")

    page.get_by_label("Shoe hire for Jo").check()
    page.get_by_label("Shoe hire for Priya").check()
    expect(total).to_have_text("Total: £22.50")

    page.get_by_label("Games").select_option("2")
    expect(total).to_have_text("Total: £36.00")

    page.get_by_role("button", name="Remove Sam").click()
    expect(players).to_have_count(2)
    expect(page.get_by_role("listitem").filter(has_text="Sam")).to_have_count(0)
    expect(page.get_by_label("Shoe hire for Jo")).to_be_checked()
    expect(page.get_by_label("Shoe hire for Priya")).to_be_checked()
    expect(page.get_by_test_id("player-count")).to_have_text("2 of 6 players")
    expect(total).to_have_text("Total: £25.00")

    page.get_by_role("button", name="Book lane").click()
    expect(page.get_by_role("status")).to_have_text("Lane booked for Jo and Priya: 2 games, £25.00")
