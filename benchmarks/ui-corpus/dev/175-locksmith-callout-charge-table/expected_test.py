import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

ROWS = [
    ("Weekday daytime", "Locked out", "4", "£65.00"),
    ("Weekday evening", "Locked out", "4", "£97.50"),
    ("Weekend", "Lock change", "15", "£141.00"),
    ("Bank holiday", "Broken key removal", "10", "£110.00"),
    ("Weekday daytime", "Lock change", "22", "£104.40"),
]


def test_locksmith_call_out_charge(page: Page) -> None:
    page.goto(BASE_URL)
    for time, job, miles, charge in ROWS:
        page.get_by_label("Call-out time").select_option(time)
        page.get_by_label("Job").select_option(job)
        page.get_by_label("Distance (miles)").fill(miles)
        page.get_by_role("button", name="Work out charge").click()
        expect(page.get_by_test_id("charge")).to_have_text(f"Call-out charge: {charge}")
