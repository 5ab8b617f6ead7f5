import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def add_skater(page: Page, name: str, ticket: str, skates: bool) -> None:
    page.get_by_label("Name").fill(name)
    page.get_by_label("Ticket").select_option(ticket)
    page.get_by_label("Hire skates").set_checked(skates)
    page.get_by_role("button", name="Add skater").click()


def test_removing_a_skater_from_an_ice_rink_booking(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Session").select_option("14:00 Public session")
    add_skater(page, "Maya", "Child", True)
    add_skater(page, "Tom", "Adult", False)
    add_skater(page, "Ivy", "Child", True)

    skaters = page.get_by_role("list", name="Skaters").get_by_role("listitem")
    expect(skaters).to_have_count(3)
    expect(page.get_by_test_id("total")).to_have_text("£28.00")

    page.get_by_role("button", name="Remove Tom").click()
    expect(skaters).to_have_count(2)
    expect(skaters.nth(0)).to_contain_text("Maya")
    expect(skaters.nth(1)).to_contain_text("Ivy")
    expect(page.get_by_role("list", name="Skaters")).not_to_contain_text("Tom")
    expect(page.get_by_test_id("total")).to_have_text("£19.00")

    page.get_by_role("button", name="Book skaters").click()
    status = page.get_by_role("status")
    expect(status).to_contain_text("2 skaters")
    expect(status).to_contain_text("14:00 Public session")
    expect(status).to_contain_text("£19.00")
