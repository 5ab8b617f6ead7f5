import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_postage_depends_on_the_weight_and_the_destination(page: Page) -> None:
    page.goto(BASE_URL)
    for weight, zone, result in [
        ("1", "Domestic", "Postage: €4.50"),
        ("2.5", "Europe", "Postage: €12.00"),
        ("31", "Rest of the world", "Parcels over 30 kg go by freight"),
        ("0", "Domestic", "Enter a weight above 0 kg"),
    ]:
        page.get_by_label("Weight in kg").fill(weight)
        page.get_by_label("Destination").select_option(zone)
        page.get_by_role("button", name="Get price").click()
        expect(page.get_by_test_id("postage")).to_have_text(result)
