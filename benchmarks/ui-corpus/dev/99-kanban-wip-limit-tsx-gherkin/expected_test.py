import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_fourth_card_cannot_be_started_until_one_is_finished(page: Page) -> None:
    page.goto(BASE_URL)
    todo = page.get_by_role("region", name="To do")
    in_progress = page.get_by_role("region", name="In progress")
    done = page.get_by_role("region", name="Done")
    expect(in_progress.get_by_role("heading")).to_have_text("In progress 2/3")

    page.get_by_role("button", name="Start Write release notes").click()
    expect(in_progress.get_by_role("heading")).to_have_text("In progress 3/3")
    expect(todo.get_by_text("Write release notes")).to_have_count(0)

    page.get_by_role("button", name="Start Fix login redirect").click()
    expect(page.get_by_role("alert")).to_contain_text("In progress is full")
    expect(todo.get_by_text("Fix login redirect")).to_be_visible()
    expect(in_progress.get_by_role("listitem")).to_have_count(3)

    page.get_by_role("button", name="Finish Review pricing page").click()
    page.get_by_role("button", name="Start Fix login redirect").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(done.get_by_role("listitem")).to_have_text(["Rotate API keys", "Review pricing page"])
    expect(in_progress.get_by_role("heading")).to_have_text("In progress 3/3")
