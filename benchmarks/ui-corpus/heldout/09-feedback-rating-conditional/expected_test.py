import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_poor_rating_asks_for_details(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("How was the service?").select_option("Poor")
    expect(page.get_by_label("What went wrong?")).to_be_visible()

    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_test_id("feedback-note")).to_have_text("Tell us what went wrong")

    page.get_by_label("What went wrong?").fill("The courier was two hours late")
    page.get_by_role("button", name="Send feedback").click()
    expect(page.get_by_test_id("feedback-note")).to_have_text("Thank you for your feedback")

    page.get_by_label("How was the service?").select_option("Great")
    expect(page.get_by_label("What went wrong?")).to_have_count(0)
