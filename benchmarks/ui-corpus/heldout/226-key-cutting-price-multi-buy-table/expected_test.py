import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROWS = [
    ("Standard cylinder (Yale type)", "1", False, "£4.50", "Ready while you wait"),
    ("Standard cylinder (Yale type)", "3", True, "£14.85", "Ready while you wait"),
    ("Mortice (Chubb type)", "2", False, "£18.00", "Ready while you wait"),
    ("Security dimple", "4", False, "£64.80", "Ready while you wait"),
    ("Security dimple", "2", True, "£38.00", "Ready while you wait"),
    ("Car key with transponder chip", "1", None, "£65.00", "Ready in 2 working days"),
]


def test_key_cutting_prices(page: Page) -> None:
    page.goto(BASE_URL)
    for key, copies, coloured, price, ready in ROWS:
        page.get_by_label("Type of key").select_option(key)
        page.get_by_label("Number of copies").fill(copies)
        heads = page.get_by_role("checkbox", name="Coloured key heads")
        if coloured is None:
            expect(heads).to_be_disabled()
        else:
            heads.set_checked(coloured)
        page.get_by_role("button", name="Price my keys").click()
        expect(page.get_by_test_id("key-price")).to_have_text(f"{copies} × {key}: {price}")
        expect(page.get_by_test_id("key-ready")).to_have_text(ready)
