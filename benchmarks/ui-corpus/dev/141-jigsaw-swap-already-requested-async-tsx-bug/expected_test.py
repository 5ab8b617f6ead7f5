import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

PUZZLES = [
    {"id": 1, "title": "Lighthouse at dusk", "pieces": 1000, "missing": 0, "requested": True},
    {"id": 2, "title": "Alpine meadow", "pieces": 500, "missing": 2, "requested": False},
    {"id": 3, "title": "Tokyo at night", "pieces": 1000, "missing": 0, "requested": False},
    {"id": 4, "title": "Cats in a library", "pieces": 300, "missing": 0, "requested": False},
]


def test_a_puzzle_already_asked_for_cannot_be_requested_again(page: Page) -> None:
    page.route("**/api/puzzles", lambda route: route.fulfill(json=PUZZLES))
    page.goto(BASE_URL)
    expect(page.get_by_role("article")).to_have_count(4)
    expect(page.get_by_test_id("swap-count")).to_have_text("1 swap requested")
    expect(page.get_by_role("article", name="Alpine meadow")).to_contain_text("2 pieces missing")

    lighthouse = page.get_by_role("article", name="Lighthouse at dusk").get_by_role("button")
    expect(lighthouse).to_have_text("Requested")
    expect(lighthouse).to_be_disabled()

    tokyo = page.get_by_role("article", name="Tokyo at night")
    tokyo.get_by_role("button", name="Request swap").click()
    expect(tokyo.get_by_role("button")).to_have_text("Requested")
    expect(tokyo.get_by_role("button")).to_be_disabled()
    expect(page.get_by_test_id("swap-count")).to_have_text("2 swaps requested")
    cats = page.get_by_role("article", name="Cats in a library")
    expect(cats.get_by_role("button", name="Request swap")).to_be_enabled()
