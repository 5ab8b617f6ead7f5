import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_postcode_check_per_country(page: Page) -> None:
    page.goto(BASE_URL)
    for country, postcode, message in [
        ("United Kingdom", "SW1A 1AA", "We deliver to SW1A 1AA"),
        ("United Kingdom", "sw1a1aa", "We deliver to SW1A 1AA"),
        ("Netherlands", "1012 AB", "We deliver to 1012 AB"),
        ("Netherlands", "10123", "Dutch postcodes look like 1234 AB"),
        ("United States", "9410", "US ZIP codes have 5 digits"),
        ("United States", "94107", "We deliver to 94107"),
        ("Germany", "10115", "Sorry, we don't deliver to Germany yet"),
        ("United Kingdom", "", "Enter a postcode"),
    ]:
        page.get_by_label("Country").select_option(country)
        page.get_by_label("Postcode").fill(postcode)
        page.get_by_role("button", name="Check delivery").click()
        expect(page.get_by_test_id("delivery-message")).to_have_text(message)
