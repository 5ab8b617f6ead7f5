import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_converting_a_london_meeting_time_in_january(page: Page) -> None:
    page.goto(BASE_URL)
    for time, city, shown in [
        ("09:00", "Tokyo", "18:00 in Tokyo"),
        ("16:30", "Tokyo", "01:30 in Tokyo (next day)"),
        ("09:00", "New York", "04:00 in New York"),
        ("02:15", "New York", "21:15 in New York (previous day)"),
        ("10:00", "Mumbai", "15:30 in Mumbai"),
        ("14:00", "Sydney", "01:00 in Sydney (next day)"),
    ]:
        page.get_by_label("Time in London").fill(time)
        page.get_by_label("City").select_option(city)
        page.get_by_role("button", name="Convert").click()
        expect(page.get_by_role("status")).to_have_text(shown)

    page.get_by_label("Time in London").fill("9.30")
    page.get_by_label("City").select_option("Tokyo")
    page.get_by_role("button", name="Convert").click()
    expect(page.get_by_role("alert")).to_contain_text("Enter the time as HH:MM")
