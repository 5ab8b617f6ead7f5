import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

EXAMPLES = [
    ("3", "2", False, "collect", "£15.00", 1),
    ("6", "3", True, "collect", "£34.00", 3),
    ("9", "4", False, "local", "£47.50", 3),
    ("3", "1", True, "local", "£26.50", 3),
]


def test_price_of_a_tasting_box(page: Page) -> None:
    for flavours, guests, icing, delivery, total, lines in EXAMPLES:
        page.goto(BASE_URL)
        page.get_by_role("radio", name=f"{flavours} flavours").check()
        page.get_by_label("Guests at the tasting").fill(guests)
        page.get_by_label("Add icing style samples").set_checked(icing)
        page.get_by_label("Delivery").select_option(delivery)
        page.get_by_role("button", name="Price my tasting").click()
        breakdown = page.get_by_role("region", name="Your tasting")
        expect(breakdown.get_by_role("listitem").first).to_contain_text(f"{flavours} flavour tasting box")
        expect(breakdown.get_by_test_id("tasting-total")).to_have_text(f"Total: {total}")
        expect(breakdown.get_by_role("listitem")).to_have_count(lines)
