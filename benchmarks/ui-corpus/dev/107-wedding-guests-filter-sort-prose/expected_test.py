import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_narrowing_down_the_wedding_guest_list(page: Page) -> None:
    page.goto(BASE_URL)
    rows = page.get_by_test_id("guest-row")
    expect(rows).to_have_count(9)
    expect(page.get_by_test_id("rsvp-summary")).to_contain_text("5 attending")

    page.get_by_label("Hide declined").check()
    expect(rows).to_have_count(7)
    expect(page.get_by_role("cell", name="Ben Hollis")).to_have_count(0)
    expect(page.get_by_role("cell", name="Grace Oduya")).to_have_count(0)

    page.get_by_role("button", name="Name").click()
    expect(rows.nth(0)).to_contain_text("Amara Okafor")
    expect(rows.nth(1)).to_contain_text("Chiara Russo")
    expect(rows.nth(2)).to_contain_text("Dev Malhotra")

    page.get_by_role("button", name="Name").click()
    expect(rows.first).to_contain_text("Ines Carvalho")
    expect(rows.last).to_contain_text("Amara Okafor")

    page.get_by_label("Find a guest").fill("oduya")
    expect(page.get_by_role("table")).to_have_count(0)
    expect(page.get_by_text("No guests match")).to_be_visible()

    page.get_by_label("Hide declined").uncheck()
    expect(rows).to_have_count(1)
    expect(rows).to_contain_text(["Grace Oduya"])
