import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_searching_the_team_directory_by_role(page: Page) -> None:
    page.route(
        "**/api/team",
        lambda route: route.fulfill(
            json=[
                {"id": 1, "name": "Marta Kowalska", "role": "Designer"},
                {"id": 2, "name": "Tomás Ortega", "role": "Backend developer"},
                {"id": 3, "name": "Aiko Tanaka", "role": "Frontend developer"},
                {"id": 4, "name": "Sam Whitfield", "role": "Product manager"},
            ]
        ),
    )
    page.goto(BASE_URL)
    expect(page.get_by_text("4 of 4")).to_be_visible()

    page.get_by_placeholder("Search by name or role").fill("developer")
    expect(page.get_by_text("2 of 4")).to_be_visible()
    expect(page.get_by_text("Tomás Ortega")).to_be_visible()
    expect(page.get_by_text("Aiko Tanaka")).to_be_visible()
    expect(page.get_by_text("Marta Kowalska")).to_have_count(0)

    page.get_by_placeholder("Search by name or role").fill("zzz")
    expect(page.get_by_text('No one matches "zzz"')).to_be_visible()
