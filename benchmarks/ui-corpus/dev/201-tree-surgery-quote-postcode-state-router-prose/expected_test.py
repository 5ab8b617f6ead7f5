import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_postcode_outside_area_is_turned_away(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("button", name="Continue")).to_be_disabled()
    page.get_by_role("radio", name="Crown reduction").check()
    page.get_by_label("How many trees?").fill("2")
    page.get_by_label("In a conservation area").check()
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_text("Step 2 of 3")).to_be_visible()
    page.get_by_label("Name").fill("Aisha Bello")
    page.get_by_label("Postcode").fill("BH7 6AA")
    page.get_by_label("Phone").fill("07700 900321")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Your details")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("we don't cover BH postcodes")

    page.get_by_label("Postcode").fill("ba1 5ne")
    page.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("heading", name="Check your request")).to_be_visible()
    expect(page.get_by_test_id("work")).to_have_text("Crown reduction, 2 trees")
    expect(page.get_by_test_id("consent")).to_contain_text("Needed - we'll apply for you")
    expect(page.get_by_test_id("contact")).to_have_text("Aisha Bello, BA1 5NE, 07700 900321")

    page.get_by_role("button", name="Back").click()
    expect(page.get_by_label("Postcode")).to_have_value("BA1 5NE")
    expect(page.get_by_role("alert")).to_have_count(0)
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("button", name="Send request").click()
    expect(page.get_by_role("status")).to_contain_text("Thanks Aisha")
    expect(page.get_by_role("status")).to_contain_text("within 2 working days")
