import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_applying_a_promo_code_to_an_80_euro_basket(page: Page) -> None:
    for code, message in [
        ("SPRING10", "10% off – new total €72.00"),
        ("spring10", "10% off – new total €72.00"),
        ("FREESHIP", "Free delivery applied"),
        ("WINTER22", "This code expired on 31 March"),
        ("BOGUS", '"BOGUS" is not a valid code'),
    ]:
        page.goto(BASE_URL)
        expect(page.get_by_text("Subtotal: €80.00")).to_be_visible()
        page.get_by_placeholder("Promo code").fill(code)
        page.get_by_role("button", name="Apply").click()
        expect(page.get_by_text(message)).to_be_visible()
