import os
import re

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_stay_total_follows_the_pitch_after_next_pitch(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("link", name="Pitch B7 - Riverside").click()
    page.get_by_label("Nights").fill("3")
    expect(page.get_by_test_id("stay-total")).to_have_text("3 nights: £66.00")

    page.get_by_role("link", name="Next pitch").click()
    expect(page).to_have_url(re.compile(r"#/pitch/B8$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Pitch B8 - Riverside")
    expect(page.get_by_label("Nights")).to_have_value("3")
    expect(page.get_by_test_id("stay-total")).to_have_text("3 nights: £75.00")
    expect(page.get_by_text("£66.00")).to_have_count(0)
