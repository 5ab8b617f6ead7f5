import os
import re

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_saving_a_knitting_pattern_and_finding_it_again(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("link", name="Harbour cardigan").click()
    expect(page.get_by_role("heading", name="Harbour cardigan")).to_be_visible()
    expect(page.get_by_text("4.5 mm")).to_be_visible()
    expect(page.get_by_text("Aran wool, 9 skeins")).to_be_visible()

    page.get_by_role("button", name="Save pattern").click()
    expect(page.get_by_role("button", name="Saved")).to_have_attribute("aria-pressed", "true")
    expect(page.get_by_role("link", name="Saved (1)")).to_be_visible()

    page.get_by_role("link", name="Saved (1)").click()
    saved = page.get_by_role("main").get_by_role("listitem")
    expect(saved).to_have_count(1)
    expect(saved.first).to_contain_text("Harbour cardigan")
    expect(page.get_by_role("main").get_by_text("Fern mittens")).to_have_count(0)

    page.get_by_role("main").get_by_role("link", name="Harbour cardigan").click()
    expect(page).to_have_url(re.compile(r"#/patterns/harbour-cardigan$"))
    expect(page.get_by_role("heading", name="Harbour cardigan")).to_be_visible()
    expect(page.get_by_role("button", name="Saved")).to_have_attribute("aria-pressed", "true")
