import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_building_a_personal_schedule_from_the_agenda_tabs(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("tab", name="Day 1")).to_have_attribute("aria-selected", "true")

    page.get_by_role("tab", name="My schedule (0)").click()
    panel = page.get_by_role("tabpanel")
    expect(panel).to_have_text("You haven't saved any sessions yet.")

    page.get_by_role("tab", name="Day 1").click()
    panel.get_by_role("listitem").filter(has_text="Scaling Postgres reads").get_by_role(
        "button", name="Add to my schedule"
    ).click()
    page.get_by_role("tab", name="Day 2").click()
    browsers = panel.get_by_role("listitem").filter(has_text="Testing with real browsers")
    browsers.get_by_role("button", name="Add to my schedule").click()
    expect(page.get_by_role("tab").nth(2)).to_have_text("My schedule (2)")
    expect(browsers.get_by_role("button")).to_have_text("Remove from schedule")

    page.get_by_role("tab", name="My schedule").click()
    sessions = panel.get_by_role("listitem")
    expect(sessions).to_have_count(2)
    expect(sessions).to_contain_text(["Scaling Postgres reads", "Testing with real browsers"])
    expect(panel.get_by_text("Opening keynote")).to_have_count(0)

    sessions.filter(has_text="Scaling Postgres reads").get_by_role("button", name="Remove from schedule").click()
    expect(sessions).to_have_count(1)
    expect(sessions).to_contain_text("Testing with real browsers")
    expect(page.get_by_role("tab", name="My schedule (1)")).to_be_visible()
