import os
import re

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_full_team_cannot_be_joined(page: Page) -> None:
    page.goto(BASE_URL)
    teams = page.get_by_role("list", name="Teams").get_by_role("listitem")
    expect(teams).to_have_count(3)
    expect(teams.filter(has_text="Byte Club")).to_contain_text("3 of 4 members")
    expect(teams.filter(has_text="Null Pointers")).to_contain_text("4 of 4 members · Full")

    page.get_by_role("link", name="Null Pointers").click()
    expect(page).to_have_url(re.compile(r"#/teams/null-pointers$"))
    expect(page.get_by_text("This team is full")).to_be_visible()
    expect(page.get_by_role("button", name="Join this team")).to_have_count(0)

    page.get_by_role("link", name="All teams").click()
    page.get_by_role("link", name="Byte Club").click()
    page.get_by_label("Your name").fill("Priya Shah")
    page.get_by_label("Role").select_option("Designer")
    page.get_by_role("button", name="Join this team").click()

    members = page.get_by_role("list", name="Members").get_by_role("listitem")
    expect(members).to_have_count(4)
    expect(members.last).to_have_text("Priya Shah (Designer)")
    expect(page.get_by_text("This team is full")).to_be_visible()
    expect(page.get_by_role("button", name="Join this team")).to_have_count(0)

    page.get_by_role("link", name="All teams").click()
    expect(teams.filter(has_text="Byte Club")).to_contain_text("4 of 4 members · Full")
