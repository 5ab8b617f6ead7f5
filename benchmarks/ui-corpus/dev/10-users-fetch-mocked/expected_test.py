import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_members_are_listed_from_the_api(page: Page) -> None:
    page.route(
        "**/api/users",
        lambda route: route.fulfill(
            json=[
                {"id": 1, "name": "Mia Wong", "role": "Owner"},
                {"id": 2, "name": "Omar Haddad", "role": "Editor"},
            ]
        ),
    )
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Members (2)")).to_be_visible()
    expect(page.get_by_text("Mia Wong")).to_be_visible()
    expect(page.get_by_text("Omar Haddad")).to_be_visible()
    expect(page.get_by_text("Could not load users")).to_have_count(0)
