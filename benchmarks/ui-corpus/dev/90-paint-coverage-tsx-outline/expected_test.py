import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_paint_needed_for_one_wall(page: Page) -> None:
    for width, height, coats, litres, tins in [
        ("4", "2.5", "1", "1.0", "1 tin of 2.5 L"),
        ("5.2", "2.4", "2", "2.5", "1 tin of 2.5 L"),
        ("7", "2.6", "2", "3.7", "2 tins of 2.5 L"),
        ("6", "3", "3", "5.4", "3 tins of 2.5 L"),
    ]:
        page.goto(BASE_URL)
        page.get_by_label("Wall width (m)").fill(width)
        expect(page.get_by_role("button", name="Calculate")).to_be_disabled()
        page.get_by_label("Wall height (m)").fill(height)
        page.get_by_label("Coats").select_option(coats)
        page.get_by_role("button", name="Calculate").click()
        expect(page.get_by_test_id("paint-result")).to_contain_text(f"{litres} litres")
        expect(page.get_by_test_id("tin-advice")).to_have_text(f"Buy {tins}")
