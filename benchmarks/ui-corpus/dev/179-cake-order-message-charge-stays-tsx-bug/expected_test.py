import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_unticking_the_icing_message_removes_its_charge(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("radio", name="8 inch").check()
    page.get_by_label("Flavour").select_option("Lemon drizzle")

    page.get_by_label("Add a message in icing").check()
    page.get_by_label("Message", exact=True).fill("Happy 40th Dad")
    expect(page.get_by_test_id("char-count")).to_have_text("14/30")
    expect(page.get_by_test_id("cake-total")).to_have_text("£39.00")

    page.get_by_label("Add a message in icing").uncheck()
    expect(page.get_by_label("Message", exact=True)).to_have_count(0)
    expect(page.get_by_test_id("cake-total")).to_have_text("£36.00")

    page.get_by_role("button", name="Add to basket").click()
    lines = page.get_by_role("region", name="Basket").get_by_role("listitem")
    expect(lines).to_have_count(1)
    expect(lines.first).to_contain_text("8 inch Lemon drizzle")
    expect(lines.first).to_contain_text("£36.00")
    expect(lines.first).not_to_contain_text("Happy 40th Dad")
