import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROWS = [
    ("Mini skip", "7", False, "£120.00"),
    ("Midi skip", "10", False, "£204.00"),
    ("Builder's skip", "7", True, "£280.00"),
    ("Maxi skip", "14", True, "£386.00"),
    ("Mini skip", "3", True, "£160.00"),
    ("Builder's skip", "8", False, "£248.00"),
]


def test_skip_hire_price_with_extra_days_and_permit(page: Page) -> None:
    page.goto(BASE_URL)
    for skip, days, on_road, total in ROWS:
        page.get_by_label("Skip size").select_option(skip)
        page.get_by_label("Hire days").fill(days)
        page.get_by_label("The skip will stand on the road").set_checked(on_road)
        page.get_by_role("button", name="Get price").click()
        expect(page.get_by_test_id("skip-total")).to_have_text(f"Total {total}")
