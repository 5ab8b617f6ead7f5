import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

EXAMPLES = [
    ("Single room", "1", "0", "1 adult in a Single room", True),
    ("Single room", "1", "1", "Single room sleeps at most 1 guest", False),
    ("Double room", "2", "1", "Double room sleeps at most 2 guests", False),
    ("Family suite", "2", "3", "2 adults and 3 children in a Family suite", True),
    ("Family suite", "3", "1", "Family suite takes at most 2 adults", False),
    ("Double room", "0", "2", "Every room needs at least one adult", False),
]


def test_the_booking_button_only_appears_when_the_party_fits_the_room(page: Page) -> None:
    for room, adults, children, message, shown in EXAMPLES:
        page.goto(BASE_URL)
        page.get_by_label("Room type").select_option(room)
        page.get_by_label("Adults").fill(adults)
        page.get_by_label("Children").fill(children)
        page.get_by_role("button", name="Check room").click()
        expect(page.get_by_text(message, exact=True)).to_be_visible()
        book = page.get_by_role("button", name="Book this room")
        if shown:
            expect(book).to_be_visible()
        else:
            expect(book).to_be_hidden()
