import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

LOANS = [
    {"id": 1, "title": "The Salt Path", "author": "Raynor Winn", "due": "2024-06-03", "renewals": 0, "reserved": False},
    {"id": 2, "title": "Dune", "author": "Frank Herbert", "due": "2024-06-05", "renewals": 2, "reserved": False},
    {"id": 3, "title": "Circe", "author": "Madeline Miller", "due": "2024-06-01", "renewals": 1, "reserved": True},
    {"id": 4, "title": "Educated", "author": "Tara Westover", "due": "2024-06-10", "renewals": 3, "reserved": False},
]


def test_renew_library_loans(page: Page) -> None:
    page.route("**/api/loans", lambda route: route.fulfill(json=LOANS))
    page.goto(BASE_URL)
    rows = page.get_by_role("row")
    expect(page.get_by_role("checkbox")).to_have_count(4)
    renew = page.get_by_role("button", name="Renew selected")
    expect(renew).to_be_disabled()

    circe = rows.filter(has_text="Circe")
    educated = rows.filter(has_text="Educated")
    expect(circe).to_contain_text("Reserved by another reader")
    expect(educated).to_contain_text("Renewal limit reached")
    expect(page.get_by_role("checkbox", name="Select Circe")).to_be_disabled()
    expect(page.get_by_role("checkbox", name="Select Educated")).to_be_disabled()

    page.get_by_role("checkbox", name="Select The Salt Path").check()
    page.get_by_role("checkbox", name="Select Dune").check()
    renew.click()
    expect(page.get_by_role("status")).to_have_text("2 items renewed")

    salt_path = rows.filter(has_text="The Salt Path")
    expect(salt_path).to_contain_text("Due 17 Jun 2024")
    expect(salt_path).to_contain_text("1 of 3 renewals used")

    dune = rows.filter(has_text="Dune")
    expect(dune).to_contain_text("Due 19 Jun 2024")
    expect(dune).to_contain_text("Renewal limit reached")
    expect(page.get_by_role("checkbox", name="Select Dune")).to_be_disabled()

    expect(page.get_by_role("checkbox", checked=True)).to_have_count(0)
    expect(renew).to_be_disabled()
    expect(circe).to_contain_text("Due 1 Jun 2024")
