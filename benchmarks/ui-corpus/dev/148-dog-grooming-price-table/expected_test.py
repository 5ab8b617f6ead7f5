import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROWS = [
    ("Small", "Short", False, "£30.00"),
    ("Medium", "Long", True, "£58.00"),
    ("Large", "Double", False, "£70.00"),
    ("Large", "Short", True, "£63.00"),
    ("Giant", "Long", False, "£80.00"),
    ("Giant", "Double", True, "please call us for a quote"),
]


def test_grooming_price_check(page: Page) -> None:
    page.goto(BASE_URL)
    for size, coat, nails, shown in ROWS:
        page.get_by_label("Dog size").select_option(size)
        page.get_by_label("Coat type").select_option(coat)
        page.get_by_role("checkbox", name="Add nail trim").set_checked(nails)
        page.get_by_role("button", name="Get quote").click()
        expect(page.get_by_role("status")).to_contain_text(shown)
