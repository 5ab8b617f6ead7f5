import os
import re

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

TIDES = {
    "station": "Porthcawl",
    "tides": [
        {"type": "High", "time": "05:12", "height": 8.4},
        {"type": "Low", "time": "11:31", "height": 1.2},
        {"type": "High", "time": "17:40", "height": 8.1},
        {"type": "Low", "time": "23:55", "height": 1.5},
    ],
}


def test_todays_tides_are_listed_and_their_heights_switch_to_feet(page: Page) -> None:
    page.route("**/api/tides", lambda route: route.fulfill(json=TIDES))
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Tide times for Porthcawl")).to_be_visible()
    tides = page.get_by_role("list", name="Today's tides").get_by_role("listitem")
    expect(tides).to_have_count(4)
    expect(tides.first).to_contain_text("High")
    expect(tides.first).to_contain_text("05:12")
    expect(tides.first).to_contain_text("8.4 m")

    page.get_by_label("Show heights in feet").check()
    expect(tides.first).to_contain_text("27.6 ft")
    expect(page.get_by_role("list", name="Today's tides")).not_to_contain_text(re.compile(r"\d m\b"))
