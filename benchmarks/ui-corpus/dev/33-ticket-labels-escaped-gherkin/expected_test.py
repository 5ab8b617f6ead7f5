import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_label_cannot_be_added_to_the_same_ticket_twice(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("New label").fill("Urgent")
    page.keyboard.press("Enter")
    page.get_by_label("New label").fill("urgent")
    page.get_by_role("button", name="Add label").click()

    expect(page.get_by_text('"urgent" is already on this ticket')).to_be_visible()
    expect(page.get_by_role("listitem")).to_have_count(1)
