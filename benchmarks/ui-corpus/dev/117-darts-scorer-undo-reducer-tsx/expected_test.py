import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_darts_scorer_scoring_undoing_a_turn_and_an_impossible_score(page: Page) -> None:
    page.goto(BASE_URL)
    undo = page.get_by_role("button", name="Undo last turn")
    expect(undo).to_be_disabled()

    score = page.get_by_label("Score for this turn")
    score.fill("180")
    page.get_by_role("button", name="Add score").click()
    expect(page.get_by_test_id("left-Asha")).to_have_text("321 left")
    expect(page.get_by_role("status")).to_have_text("Ben to throw")

    score.fill("45")
    page.get_by_role("button", name="Add score").click()
    expect(page.get_by_test_id("left-Ben")).to_have_text("456 left")
    expect(page.get_by_role("status")).to_have_text("Asha to throw")

    undo.click()
    expect(page.get_by_test_id("left-Ben")).to_have_text("501 left")
    expect(page.get_by_role("status")).to_have_text("Ben to throw")
    expect(undo).to_be_enabled()

    score.fill("200")
    score.press("Enter")
    expect(page.get_by_role("alert")).to_have_text("Enter a score from 0 to 180")
    expect(page.get_by_test_id("left-Ben")).to_have_text("501 left")
    expect(page.get_by_role("status")).to_have_text("Ben to throw")
