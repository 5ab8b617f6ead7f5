import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_flipping_the_departure_order(page: Page) -> None:
    page.goto(BASE_URL)
    departures = page.get_by_role("listitem")
    expect(departures).to_contain_text(["Bruges", "Ghent", "Leuven"])

    page.get_by_role("button", name="Latest first").click()
    expect(departures).to_contain_text(["Leuven", "Ghent", "Bruges"])

    page.get_by_role("button", name="Earliest first").click()
    expect(departures).to_contain_text(["Bruges", "Ghent", "Leuven"])
    expect(page.get_by_role("button", name="Earliest first")).to_be_disabled()
