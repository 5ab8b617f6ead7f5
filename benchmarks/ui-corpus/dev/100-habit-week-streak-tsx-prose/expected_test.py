import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_ticking_off_a_week_of_reading(page: Page) -> None:
    page.goto(BASE_URL)
    summary = page.get_by_test_id("week-summary")
    perfect = page.get_by_text("Perfect week!")
    expect(page.get_by_label("Habit")).to_have_value("Read 20 pages")
    expect(summary).to_contain_text("0 of 7 days done")

    for day in ["Monday", "Tuesday", "Wednesday", "Friday"]:
        page.get_by_label(day).check()
    expect(summary).to_contain_text("4 of 7 days done")
    expect(summary).to_contain_text("best run: 3 days")

    page.get_by_label("Monday").uncheck()
    expect(summary).to_contain_text("best run: 2 days")

    for day in ["Monday", "Thursday", "Saturday", "Sunday"]:
        page.get_by_label(day).check()
    expect(summary).to_contain_text("7 of 7 days done")
    expect(perfect).to_be_visible()

    page.get_by_label("Habit").select_option("Stretch")
    expect(summary).to_contain_text("0 of 7 days done")
    expect(perfect).to_have_count(0)
    page.get_by_label("Habit").select_option("Read 20 pages")
    expect(summary).to_contain_text("7 of 7 days done")

    page.get_by_role("button", name="Clear week").click()
    expect(summary).to_contain_text("0 of 7 days done")
    expect(perfect).to_have_count(0)
