import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_checked_bag_allowance_by_fare(page: Page) -> None:
    page.goto(BASE_URL)
    for fare, weight, message in [
        ("Standard", "18", "Within your 23 kg allowance"),
        ("Standard", "23", "Within your 23 kg allowance"),
        ("Standard", "23.4", "1 kg over: €12 excess fee"),
        ("Standard", "27", "4 kg over: €48 excess fee"),
        ("Flex", "27", "Within your 32 kg allowance"),
        ("Flex", "33", "Bags over 32 kg can't be checked in"),
        ("Light", "10", "don't include a checked bag"),
        ("Standard", "0", "Enter the bag weight"),
    ]:
        page.get_by_label("Fare").select_option(fare)
        page.get_by_label("Bag weight (kg)").fill(weight)
        page.get_by_role("button", name="Check bag").click()
        expect(page.get_by_test_id("bag-verdict")).to_contain_text(message)
