import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

EXAMPLES = [
    ("Road", "Puncture repair", "Standard", "£12.00", "Ready in 3 working days"),
    ("Mountain", "Gear tune", "Express", "£35.00", "Ready next working day"),
    ("E-bike", "Brake adjustment", "Standard", "£25.00", "Ready in 3 working days"),
    ("E-bike", "Chain replacement", "Express", "£50.00", "Ready next working day"),
    ("Hybrid", "Chain replacement", "Standard", "£25.00", "Ready in 3 working days"),
]


def test_quote_for_one_job_on_different_bikes(page: Page) -> None:
    for bike, job, turnaround, total, ready in EXAMPLES:
        page.goto(BASE_URL)
        page.get_by_label("Bike type").select_option(bike)
        page.get_by_role("checkbox", name=job).check()
        page.get_by_role("radio", name=turnaround).check()
        page.get_by_role("button", name="Get quote").click()
        expect(page.get_by_test_id("quote-total")).to_have_text(f"Total: {total}")
        expect(page.get_by_test_id("ready")).to_have_text(ready)
