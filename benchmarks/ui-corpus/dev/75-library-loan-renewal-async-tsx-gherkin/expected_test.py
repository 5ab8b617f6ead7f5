import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_loan_is_renewed_for_two_weeks_a_maxed_out_loan_cannot_be_renewed(page: Page) -> None:
    page.route(
        "**/api/loans",
        lambda route: route.fulfill(
            json=[
                {"id": 7, "title": "The Left Hand of Darkness", "due": "2026-12-10", "renewals": 0},
                {"id": 9, "title": "Braiding Sweetgrass", "due": "2026-12-03", "renewals": 2},
            ]
        ),
    )
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="2 items on loan")).to_be_visible()
    expect(page.get_by_role("button", name="Renew Braiding Sweetgrass")).to_be_disabled()
    expect(page.get_by_text("Renewal limit reached")).to_be_visible()

    page.get_by_role("button", name="Renew The Left Hand of Darkness").click()
    loan = page.get_by_role("listitem").filter(has_text="The Left Hand of Darkness")
    expect(loan).to_contain_text("Due 2026-12-24")
    expect(loan).to_contain_text("Renewed 1 of 2 times")
