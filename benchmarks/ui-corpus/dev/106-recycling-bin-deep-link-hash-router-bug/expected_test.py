import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_shared_link_to_a_bin_page_opens_page_not_found(page: Page) -> None:
    page.goto(f"{BASE_URL}#/bins/glass")
    expect(page.get_by_role("heading", level=1)).to_have_text("Glass box")
    expect(page.get_by_role("region", name="Yes please")).to_contain_text("Jam jars")
    expect(page.get_by_role("region", name="No thanks")).to_contain_text("Drinking glasses")
    expect(page.get_by_role("heading", name="Page not found")).to_have_count(0)

    page.get_by_role("link", name="All bins").click()
    expect(page.get_by_role("heading", name="Recycling guide")).to_be_visible()
    expect(page.get_by_role("list", name="Bins").get_by_role("listitem")).to_have_count(4)

    page.get_by_role("link", name="Green bin").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Green bin")
    expect(page.get_by_role("region", name="No thanks")).to_contain_text("Soil")
