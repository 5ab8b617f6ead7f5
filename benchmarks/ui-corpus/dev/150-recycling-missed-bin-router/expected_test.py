import os
import re

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_check_bin_days_and_report_a_missed_recycling_collection(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Postcode").fill("ab12 3cd")
    page.get_by_role("button", name="Find address").click()
    expect(page.get_by_role("radio")).to_have_count(3)
    expect(page.get_by_role("button", name="Show collections")).to_be_disabled()

    page.get_by_role("radio", name="14 Elm Road").check()
    page.get_by_role("button", name="Show collections").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Collections for 14 Elm Road")
    expect(page).to_have_url(re.compile(r"#/collections/14-elm-road$"))
    expect(page.get_by_role("row").filter(has_text="General waste")).to_contain_text("Every Tuesday")
    expect(page.get_by_role("row").filter(has_text="Garden waste")).to_contain_text("Not subscribed")

    page.get_by_role("link", name="Report a missed bin").click()
    page.get_by_label("Which bin was missed?").select_option("Recycling")
    expect(page.get_by_role("button", name="Send report")).to_be_disabled()

    page.get_by_role("checkbox", name="My bin was out by 7am").check()
    page.get_by_role("button", name="Send report").click()
    expect(page.get_by_role("status")).to_contain_text("logged a missed Recycling collection")

    page.get_by_role("link", name="Back to collections").click()
    expect(page.get_by_role("row").filter(has_text="Recycling")).to_contain_text("Missed – reported")
    expect(page.get_by_role("row").filter(has_text="General waste")).not_to_contain_text("Missed")
