import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_no_more_than_three_tools_can_be_borrowed_at_once(page: Page) -> None:
    page.goto(BASE_URL)
    catalogue = page.get_by_role("list", name="Catalogue")
    counter = page.get_by_test_id("basket-count")
    expect(counter).to_have_text("0")

    for tool in ("Hedge trimmer", "Wallpaper steamer", "Tile cutter"):
        catalogue.get_by_role("listitem").filter(has_text=tool).get_by_role("button", name="Add to basket").click()
    expect(counter).to_have_text("3")
    remaining = catalogue.get_by_role("button", name="Add to basket")
    expect(remaining).to_have_count(2)
    expect(remaining.nth(0)).to_be_disabled()
    expect(remaining.nth(1)).to_be_disabled()
    expect(page.get_by_text("You can borrow up to 3 tools at a time")).to_be_visible()

    page.get_by_role("button", name="Remove Wallpaper steamer").click()
    expect(counter).to_have_text("2")
    pressure_washer = catalogue.get_by_role("listitem").filter(has_text="Pressure washer")
    expect(pressure_washer.get_by_role("button", name="Add to basket")).to_be_enabled()
    expect(page.get_by_text("You can borrow up to 3 tools at a time")).to_have_count(0)
