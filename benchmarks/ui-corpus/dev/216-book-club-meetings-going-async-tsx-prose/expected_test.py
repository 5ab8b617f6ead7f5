import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

MEETINGS = [
    {"id": 1, "date": "2024-10-10", "book": "Piranesi", "author": "Susanna Clarke", "host": "Maya", "going": 6, "status": "upcoming"},
    {"id": 2, "date": "2024-08-08", "book": "The Remains of the Day", "author": "Kazuo Ishiguro", "host": "Tom", "going": 9, "status": "held"},
    {"id": 3, "date": "2024-11-14", "book": "Small Things Like These", "author": "Claire Keegan", "host": "Ade", "going": 4, "status": "upcoming"},
    {"id": 4, "date": "2024-09-12", "book": "Tomorrow, and Tomorrow, and Tomorrow", "author": "Gabrielle Zevin", "host": "Lena", "going": 7, "status": "upcoming"},
    {"id": 5, "date": "2024-07-11", "book": "Circe", "author": "Madeline Miller", "host": "Maya", "going": 8, "status": "held"},
]


def test_upcoming_and_past_meetings_and_saying_you_are_going(page: Page) -> None:
    page.route("**/api/meetings", lambda route: route.fulfill(json=MEETINGS))
    page.goto(BASE_URL)

    count = page.get_by_role("status")
    cards = page.get_by_role("list", name="Meetings").get_by_role("listitem")
    titles = page.get_by_role("heading", level=2)
    expect(count).to_have_text("5 meetings")
    expect(titles).to_have_count(5)
    expect(titles.first).to_have_text("Circe")
    expect(titles.last).to_have_text("Small Things Like These")

    page.get_by_label("Show").select_option("Upcoming")
    expect(count).to_have_text("3 meetings")
    expect(titles.first).to_have_text("Tomorrow, and Tomorrow, and Tomorrow")
    expect(cards.first).to_contain_text("12 September 2024")

    piranesi = cards.filter(has=page.get_by_role("heading", name="Piranesi"))
    expect(piranesi.get_by_test_id("going")).to_have_text("6 going")
    piranesi.get_by_role("button", name="I'm going").click()
    expect(piranesi.get_by_test_id("going")).to_have_text("7 going")
    expect(piranesi.get_by_role("button")).to_have_text("Can't make it")

    page.get_by_label("Show").select_option("Past")
    expect(count).to_have_text("2 meetings")
    expect(titles).to_have_text(["Circe", "The Remains of the Day"])
    expect(page.get_by_role("button", name="I'm going")).to_have_count(0)

    page.get_by_label("Show").select_option("Upcoming")
    expect(piranesi.get_by_test_id("going")).to_have_text("7 going")
