import os
import re

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_moving_between_the_hut_list_and_a_huts_page(page: Page) -> None:
    page.goto(BASE_URL)
    huts = page.get_by_role("list", name="Huts").get_by_role("listitem")
    expect(huts).to_have_count(5)

    page.get_by_role("link", name="Refuge du Goûter").click()
    expect(page).to_have_url(re.compile(r"#/huts/gouter$"))
    expect(page.get_by_role("heading", name="Refuge du Goûter")).to_be_visible()
    expect(page.get_by_test_id("altitude")).to_have_text("3,835 m")
    expect(page.get_by_test_id("beds")).to_have_text("120")
    expect(page.get_by_role("list", name="Huts")).to_have_count(0)

    page.get_by_role("link", name="All huts").click()
    expect(huts).to_have_count(5)

    page.get_by_role("link", name="Capanna Regina Margherita").click()
    expect(page.get_by_text("Closed for the season")).to_be_visible()
    expect(page.get_by_role("button", name="Request a bed")).to_be_disabled()

    page.goto(f"{BASE_URL}#/huts/atlantis")
    expect(page.get_by_role("heading", name="Hut not found")).to_be_visible()
    expect(page.get_by_test_id("altitude")).to_have_count(0)
    expect(page.get_by_test_id("beds")).to_have_count(0)
    expect(page.get_by_role("button", name="Request a bed")).to_have_count(0)
