import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_shipping_price_bands(page: Page) -> None:
    page.goto(BASE_URL)
    for weight, quote in [
        ("1.5", "Shipping costs €4.50"),
        ("2", "Shipping costs €4.50"),
        ("7", "Shipping costs €9.90"),
        ("30", "Shipping costs €24.00"),
        ("31", "Parcels over 30 kg go by freight"),
        ("0", "Enter a weight above 0 kg"),
    ]:
        page.get_by_label("Parcel weight (kg)").fill(weight)
        page.get_by_role("button", name="Estimate").click()
        expect(page.get_by_text(quote)).to_be_visible()
