import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_pace_per_kilometre_for_a_finished_run(page: Page) -> None:
    page.goto(BASE_URL)
    for distance, time, shown in [
        ("10", "0:55:00", "Pace 5:30 min/km"),
        ("21.1", "1:45:30", "Pace 5:00 min/km"),
        ("5", "0:27:13", "Pace 5:27 min/km"),
        ("42.195", "3:59:59", "Pace 5:41 min/km"),
        ("0", "0:20:00", "Distance must be more than 0"),
        ("8", "45 minutes", "Enter the time as h:mm:ss"),
    ]:
        page.get_by_label("Distance (km)").fill(distance)
        page.get_by_label("Time (h:mm:ss)").fill(time)
        page.get_by_role("button", name="Work out pace").click()
        expect(page.get_by_role("status")).to_have_text(shown)
