import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

EXAMPLES = [
    ("Cut & finish", "Short", "Senior stylist", "£38.00", "45"),
    ("Colour", "Long", "Junior stylist", "£52.00", "120"),
    ("Cut & colour", "Medium", "Art director", "£106.25", "135"),
    ("Blow-dry", "Long", "Art director", "£43.75", "60"),
    ("Cut & finish", "Medium", "Junior stylist", "£34.40", "60"),
]


def test_price_depends_on_service_length_and_stylist(page: Page) -> None:
    for service, length, stylist, price, minutes in EXAMPLES:
        page.goto(BASE_URL)
        page.get_by_label("Service").select_option(service)
        page.get_by_role("radio", name=length).check()
        page.get_by_label("Stylist").select_option(stylist)
        page.get_by_role("button", name="See price").click()
        expect(page.get_by_test_id("salon-price")).to_have_text(f"Price: {price}")
        expect(page.get_by_test_id("salon-time")).to_have_text(f"Allow about {minutes} minutes")
