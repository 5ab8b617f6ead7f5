import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

EXAMPLES = [
    ("A", "Petrol/diesel", "12 months", "£180.00", True),
    ("A", "Hybrid", "3 months", "£27.00", True),
    ("B", "Electric", "12 months", "£0.00", True),
    ("B", "Petrol/diesel", "3 months", "£36.00", True),
    ("C", "Hybrid", "12 months", "£45.00", True),
    ("C", "Petrol/diesel", "3 months", "not sold in zone C", False),
]


def test_permit_price_for_each_zone_and_vehicle(page: Page) -> None:
    page.goto(BASE_URL)
    for zone, vehicle, length, result, can_buy in EXAMPLES:
        page.goto(BASE_URL)
        page.get_by_label("Zone").select_option(zone)
        page.get_by_role("radio", name=vehicle).check()
        page.get_by_label("Permit length").select_option(label=length)
        page.get_by_role("button", name="Calculate price").click()
        expect(page.get_by_text(result)).to_be_visible()
        buy = page.get_by_role("button", name="Buy permit")
        if can_buy:
            expect(buy).to_be_enabled()
        else:
            expect(buy).to_be_disabled()
