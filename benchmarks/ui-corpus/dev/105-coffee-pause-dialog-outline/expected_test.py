import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_skipping_deliveries_moves_the_next_delivery(page: Page) -> None:
    for how_long, next_date in [
        ("Skip 1 delivery", "28 March"),
        ("Skip 2 deliveries", "11 April"),
        ("Skip 4 deliveries", "9 May"),
    ]:
        page.goto(BASE_URL)
        status = page.get_by_test_id("delivery-status")
        expect(status).to_have_text("Next delivery: 14 March")
        page.get_by_role("button", name="Pause deliveries").click()
        dialog = page.get_by_role("dialog", name="Pause your subscription")
        dialog.get_by_label(how_long).check()
        expect(dialog).to_contain_text(f"Your next delivery will be on {next_date}")
        dialog.get_by_role("button", name="Confirm pause").click()
        expect(dialog).to_have_count(0)
        expect(status).to_have_text(f"Paused until {next_date}")
        expect(page.get_by_role("button", name="Resume now")).to_be_visible()
        expect(page.get_by_role("button", name="Pause deliveries")).to_have_count(0)
