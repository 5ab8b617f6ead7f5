import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_reading_the_reviews_of_the_night_photography_course(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("tab", name="Overview")).to_have_attribute("aria-selected", "true")

    page.get_by_role("tab", name="Reviews (5)").click()
    expect(page.get_by_role("tab", name="Reviews (5)")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tab", name="Overview")).to_have_attribute("aria-selected", "false")
    expect(page.get_by_text("Bring a sturdy tripod")).to_be_hidden()
    reviews = page.get_by_role("tabpanel").get_by_role("article")
    expect(reviews).to_have_count(5)

    page.get_by_label("Only 5-star reviews").check()
    expect(reviews).to_have_count(3)
    expect(page.get_by_text("Showing 3 of 5 reviews")).to_be_visible()
    expect(reviews.filter(has_text="Marta")).to_have_count(0)

    page.get_by_role("tab", name="Syllabus").click()
    expect(page.get_by_role("tabpanel").get_by_role("listitem")).to_have_count(6)
