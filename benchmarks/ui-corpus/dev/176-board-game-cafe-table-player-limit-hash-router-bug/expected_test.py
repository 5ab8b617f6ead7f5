import os
import re

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_azul_table_cannot_be_booked_for_six(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("link", name="Azul").click()
    expect(page).to_have_url(re.compile(r"#/games/azul$"))
    expect(page.get_by_text("2-4 players")).to_be_visible()

    page.get_by_role("link", name="Book a table").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Book a table: Azul")

    page.get_by_label("Players").fill("6")
    page.get_by_label("Time").select_option("19:30")
    expect(page.get_by_role("alert")).to_contain_text("Azul is for at most 4 players")
    expect(page.get_by_role("button", name="Reserve")).to_be_disabled()

    page.get_by_label("Players").fill("4")
    expect(page.get_by_role("alert")).to_have_count(0)
    page.get_by_role("button", name="Reserve").click()
    expect(page).to_have_url(re.compile(r"#/booked$"))
    expect(page.get_by_role("status")).to_contain_text("Table for 4 at 19:30 to play Azul")
