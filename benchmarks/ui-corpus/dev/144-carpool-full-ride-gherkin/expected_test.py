import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_full_ride_takes_no_more_passengers(page: Page) -> None:
    page.goto(BASE_URL)
    passengers = page.get_by_role("list", name="Passengers").get_by_role("listitem")
    expect(page.get_by_test_id("seats-left")).to_have_text("2 seats left")

    page.get_by_role("button", name="Join ride").click()
    expect(page.get_by_role("alert")).to_contain_text("your name")
    expect(passengers).to_have_count(1)

    page.get_by_label("Your name").fill("Sam")
    page.get_by_role("button", name="Join ride").click()
    page.get_by_label("Your name").fill("Ola")
    page.get_by_role("button", name="Join ride").click()
    expect(page.get_by_role("alert")).to_have_text("Ola is already on this ride")

    page.get_by_label("Your name").fill("Priya")
    page.get_by_role("button", name="Join ride").click()
    expect(passengers).to_have_count(3)
    expect(page.get_by_test_id("seats-left")).to_have_text("0 seats left")
    expect(page.get_by_role("button", name="Join ride")).to_be_disabled()
    expect(page.get_by_text("This ride is full")).to_be_visible()

    passengers.filter(has_text="Sam").get_by_role("button", name="Leave").click()
    expect(page.get_by_test_id("seats-left")).to_have_text("1 seat left")
    expect(passengers.filter(has_text="Sam")).to_have_count(0)
    expect(page.get_by_role("button", name="Join ride")).to_be_enabled()
    expect(page.get_by_text("This ride is full")).to_have_count(0)
