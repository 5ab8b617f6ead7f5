import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_only_the_chosen_tabs_content_is_shown(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("tab", name="Description")).to_have_attribute("aria-selected", "true")
    description = page.get_by_text("A lightweight shoe for rocky paths and wet grass.")
    expect(description).to_be_visible()

    page.get_by_role("tab", name="Specifications").click()
    expect(page.get_by_role("tab", name="Specifications")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tabpanel")).to_contain_text("290 g")
    expect(description).to_be_hidden()

    page.get_by_role("tab", name="Reviews (2)").click()
    expect(page.get_by_role("list", name="Customer reviews").get_by_role("listitem")).to_have_count(2)
    expect(page.get_by_role("button", name="Write a review")).to_be_visible()
