import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

REHEARSALS = [
    {"id": 1, "date": "Tue 6 January", "venue": "St Mary's hall"},
    {"id": 2, "date": "Tue 13 January", "venue": "St Mary's hall"},
    {"id": 3, "date": "Sat 17 January", "venue": "Town hall, main stage"},
    {"id": 4, "date": "Tue 20 January", "venue": "Community centre"},
]


def test_replies_are_counted_and_answered_rehearsals_can_be_hidden(page: Page) -> None:
    page.route("**/api/rehearsals", lambda route: route.fulfill(json=REHEARSALS))
    page.goto(BASE_URL)
    rows = page.get_by_role("list", name="Rehearsals").get_by_role("listitem")
    expect(rows).to_have_count(4)
    expect(page.get_by_test_id("reply-summary")).to_have_text("0 of 4 answered")

    sixth = rows.filter(has_text="Tue 6 January")
    seventeenth = rows.filter(has_text="Sat 17 January")
    sixth.get_by_role("button", name="Coming", exact=True).click()
    seventeenth.get_by_role("button", name="Can't come").click()
    expect(page.get_by_test_id("reply-summary")).to_have_text("2 of 4 answered")
    expect(sixth.get_by_role("button", name="Coming", exact=True)).to_have_attribute("aria-pressed", "true")
    expect(seventeenth.get_by_role("button", name="Coming", exact=True)).to_have_attribute("aria-pressed", "false")

    page.get_by_label("Hide answered").check()
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Tue 13 January")
    expect(rows.nth(1)).to_contain_text("Tue 20 January")
    expect(page.get_by_role("list", name="Rehearsals")).not_to_contain_text("Sat 17 January")
