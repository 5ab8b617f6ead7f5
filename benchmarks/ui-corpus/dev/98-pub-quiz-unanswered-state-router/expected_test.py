import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_quiz_insists_on_every_answer_before_scoring_the_round(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("button", name="Start quiz").click()
    page.get_by_role("group", name="Which planet is known as the Red Planet?").get_by_label("Mars").check()
    page.get_by_role("group", name="What is the largest ocean on Earth?").get_by_label("Atlantic").check()

    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_role("alert")).to_contain_text("1 question still unanswered")
    expect(page.get_by_test_id("score")).to_have_count(0)

    page.get_by_role("group", name="How many legs does a spider have?").get_by_label("8").check()
    page.get_by_role("button", name="Submit answers").click()
    expect(page.get_by_test_id("score")).to_have_text("You scored 2 out of 3")
    corrections = page.get_by_role("list", name="Corrections").get_by_role("listitem")
    expect(corrections).to_have_text(["The largest ocean is the Pacific"])

    page.get_by_role("button", name="Play again").click()
    expect(page.get_by_role("button", name="Start quiz")).to_be_visible()
    expect(page.get_by_test_id("score")).to_have_count(0)
