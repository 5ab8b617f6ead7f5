import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_only_one_allotment_faq_answer_is_open_at_a_time(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("button", name="How long is the waiting list?").click()
    expect(page.get_by_text("Usually 12 to 18 months.")).to_be_visible()

    page.get_by_role("button", name="Can I keep bees on my plot?").click()
    expect(page.get_by_text("Only with written permission from the committee.")).to_be_visible()
    expect(page.get_by_text("Usually 12 to 18 months.")).to_be_hidden()

    page.get_by_role("button", name="Can I keep bees on my plot?").click()
    expect(page.get_by_text("Only with written permission from the committee.")).to_be_hidden()
