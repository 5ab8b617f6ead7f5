import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_holds_are_grouped_by_whether_they_can_be_picked_up(page: Page) -> None:
    page.route(
        "**/api/holds",
        lambda route: route.fulfill(
            json=[
                {
                    "id": 7,
                    "title": "The Overstory",
                    "author": "Richard Powers",
                    "status": "ready",
                    "pickupBy": "14 May",
                },
                {"id": 9, "title": "Piranesi", "author": "Susanna Clarke", "status": "waiting", "position": 3},
                {
                    "id": 12,
                    "title": "Klara and the Sun",
                    "author": "Kazuo Ishiguro",
                    "status": "waiting",
                    "position": 1,
                },
            ]
        ),
    )
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="My holds")).to_be_visible()

    ready = page.get_by_role("region", name="Ready for pickup")
    waiting = page.get_by_role("region", name="Waiting")
    expect(ready.get_by_role("listitem").filter(has_text="The Overstory")).to_contain_text("Pick up by 14 May")
    expect(waiting.get_by_role("listitem").filter(has_text="Piranesi")).to_contain_text("You are number 3 in line")
    expect(waiting.get_by_role("listitem").filter(has_text="Klara and the Sun")).to_contain_text(
        "You are number 1 in line"
    )
    expect(page.get_by_text("Nothing is ready for pickup yet")).to_have_count(0)
    expect(waiting.get_by_text("The Overstory")).to_have_count(0)
