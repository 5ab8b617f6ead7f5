import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_removing_a_saved_payee_asks_for_confirmation_first(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Saved payees (3)")).to_be_visible()
    lena = page.get_by_role("listitem").filter(has_text="Lena Fischer")

    lena.get_by_role("button", name="Remove").click()
    dialog = page.get_by_role("dialog", name="Remove payee?")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Lena Fischer will no longer appear in your saved payees")

    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_have_count(0)
    expect(lena).to_be_visible()

    lena.get_by_role("button", name="Remove").click()
    dialog.get_by_role("button", name="Remove payee").click()
    expect(dialog).to_have_count(0)
    expect(page.get_by_role("heading", name="Saved payees (2)")).to_be_visible()
    expect(page.get_by_text("Lena Fischer was removed.")).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="Lena Fischer")).to_have_count(0)
    expect(page.get_by_role("listitem").filter(has_text="Marco Rossi")).to_be_visible()
    expect(page.get_by_role("listitem").filter(has_text="Priya Nair")).to_be_visible()
