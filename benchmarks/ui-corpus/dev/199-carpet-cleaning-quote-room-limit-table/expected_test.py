import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROWS = [
    ("1", False, False, "Your quote: £60.00 (minimum charge applies)", None),
    ("3", True, False, "Your quote: £115.00", None),
    ("4", False, True, "Your quote: £152.00", None),
    ("8", True, True, "Your quote: £329.00", None),
    ("9", False, False, None, "up to 8 rooms"),
    ("0", True, False, None, "at least 1 room"),
]


def test_carpet_quote_prices_and_room_limit(page: Page) -> None:
    page.goto(BASE_URL)
    for rooms, stairs, protection, quote, refusal in ROWS:
        page.get_by_label("Number of rooms").fill(rooms)
        page.get_by_label("Stairs and landing").set_checked(stairs)
        page.get_by_label("Stain protection").set_checked(protection)
        page.get_by_role("button", name="Get my quote").click()
        if quote:
            expect(page.get_by_role("status")).to_have_text(quote)
            expect(page.get_by_role("alert")).to_have_count(0)
        else:
            expect(page.get_by_role("alert")).to_contain_text(refusal)
            expect(page.get_by_role("status")).to_have_count(0)
