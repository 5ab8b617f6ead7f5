import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_picking_an_album_shows_only_its_photos_newest_first(page: Page) -> None:
    page.route(
        "**/api/photos",
        lambda route: route.fulfill(
            json=[
                {"id": 11, "title": "Alfama rooftops", "album": "Lisbon", "taken": "2026-04-28"},
                {"id": 12, "title": "Snow on the pass", "album": "Dolomites", "taken": "2026-02-14"},
                {"id": 13, "title": "Harbour at dawn", "album": "Lisbon", "taken": "2026-05-02"},
                {"id": 14, "title": "Lago di Braies", "album": "Dolomites", "taken": "2026-02-16"},
                {"id": 15, "title": "Tram 28 at noon", "album": "Lisbon", "taken": "2026-05-03"},
            ]
        ),
    )
    page.goto(BASE_URL)
    count = page.get_by_test_id("photo-count")
    titles = page.get_by_test_id("photo-title")
    expect(count).to_have_text("Showing 5 of 5 photos")

    page.get_by_label("Album").select_option("Lisbon")
    expect(count).to_have_text("Showing 3 of 5 photos")
    expect(titles).to_have_text(["Tram 28 at noon", "Harbour at dawn", "Alfama rooftops"])
    expect(page.get_by_text("Snow on the pass")).to_have_count(0)

    page.get_by_label("Sort by").select_option("Oldest first")
    expect(titles.first).to_have_text("Alfama rooftops")
    expect(titles.last).to_have_text("Tram 28 at noon")
    expect(titles).to_have_count(3)
