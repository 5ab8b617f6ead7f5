import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

EXAMPLES = [
    ("Single kayak", "2 hours", False, "1 paddler", "£30.00"),
    ("Tandem kayak", "3 hours", True, "2 paddlers", "£84.00"),
    ("Stand-up paddleboard", "Full day", True, "1 paddler", "£66.00"),
    ("Canadian canoe", "1 hour", False, "2 paddlers", "£28.00"),
    ("Canadian canoe", "Full day", True, "2 paddlers", "£107.00"),
]


def test_price_for_a_boat_a_hire_length_and_optional_wetsuits(page: Page) -> None:
    for craft, length, wetsuits, paddlers, total in EXAMPLES:
        page.goto(BASE_URL)
        page.get_by_label("What would you like to hire?").select_option(craft)
        page.get_by_role("radio", name=length, exact=True).check()
        page.get_by_role("checkbox", name="Wetsuit hire").set_checked(wetsuits)
        page.get_by_role("button", name="Get price").click()
        expect(page.get_by_test_id("paddlers")).to_have_text(f"{craft} for {paddlers}")
        expect(page.get_by_test_id("hire-total")).to_have_text(f"Total: {total}")
