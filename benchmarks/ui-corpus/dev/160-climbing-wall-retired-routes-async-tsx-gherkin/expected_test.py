import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROUTES = [
    {"id": 1, "name": "Blue Crimps", "grade": "6a+", "colour": "blue", "wall": "Cave", "retired": False},
    {"id": 2, "name": "Pink Panther", "grade": "5c", "colour": "pink", "wall": "Slab", "retired": False},
    {"id": 3, "name": "Old Yellow", "grade": "6a+", "colour": "yellow", "wall": "Cave", "retired": True},
    {"id": 4, "name": "Green Mile", "grade": "6b", "colour": "green", "wall": "Arete", "retired": False},
    {"id": 5, "name": "Orange Squash", "grade": "5c", "colour": "orange", "wall": "Slab", "retired": False},
    {"id": 6, "name": "Black Hole", "grade": "7a", "colour": "black", "wall": "Cave", "retired": True},
]


def test_retired_routes_stay_out_of_the_log(page: Page) -> None:
    page.route("**/api/routes", lambda route: route.fulfill(json=ROUTES))
    page.goto(BASE_URL)

    rows = page.locator("tbody tr")
    expect(rows).to_have_count(4)
    expect(page.get_by_role("cell", name="Old Yellow")).to_have_count(0)
    grade = page.get_by_label("Grade")
    expect(grade.locator("option", has_text="7a")).to_have_count(0)

    grade.select_option("6a+")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Blue Crimps")

    page.get_by_role("button", name="Mark Blue Crimps as sent").click()
    expect(page.get_by_text("Sent 1 of 4 routes")).to_be_visible()

    grade.select_option(label="All grades")
    expect(rows).to_have_count(4)
    expect(page.get_by_role("button", name="Mark Blue Crimps as sent")).to_have_attribute("aria-pressed", "true")
