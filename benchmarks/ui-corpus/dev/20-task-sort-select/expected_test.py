import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_changing_the_task_order(page: Page) -> None:
    page.goto(BASE_URL)
    titles = page.get_by_test_id("task-title")
    expect(titles).to_have_text(["Pay rent", "Renew passport", "Plan birthday"])

    page.get_by_label("Sort tasks by").select_option("Due date")
    expect(titles).to_have_text(["Plan birthday", "Pay rent", "Renew passport"])

    page.get_by_label("Sort tasks by").select_option("Title")
    expect(titles).to_have_text(["Pay rent", "Plan birthday", "Renew passport"])
