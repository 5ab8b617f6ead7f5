import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

HISTORY = {
    "registration": "KX19 PLM",
    "model": "Skoda Octavia",
    "tests": [
        {
            "date": "2024-03-05",
            "result": "PASS",
            "mileage": 52480,
            "defects": [],
            "advisories": ["Brake pipes slightly corroded"],
        },
        {
            "date": "2025-03-02",
            "result": "PASS",
            "mileage": 61234,
            "defects": [],
            "advisories": ["Nearside front tyre worn close to legal limit"],
        },
        {
            "date": "2024-02-27",
            "result": "FAIL",
            "mileage": 52010,
            "defects": ["Offside headlamp aim too high"],
            "advisories": [],
        },
    ],
}


def test_mot_history_tabs_for_one_car(page: Page) -> None:
    page.route("**/api/mot-history", lambda route: route.fulfill(json=HISTORY))
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="KX19 PLM – Skoda Octavia")).to_be_visible()
    expect(page.get_by_role("tab", name="All tests (3)")).to_have_attribute("aria-selected", "true")
    tests = page.get_by_role("list", name="Tests").get_by_role("listitem")
    expect(tests).to_have_count(3)
    expect(tests.first).to_contain_text("2 Mar 2025")

    page.get_by_role("tab", name="Failures").click()
    expect(page.get_by_role("tab", name="Failures (1)")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_role("tab", name="All tests")).to_have_attribute("aria-selected", "false")
    expect(tests).to_have_count(1)
    expect(tests.first).to_contain_text("27 Feb 2024")
    expect(tests.first).to_contain_text("Offside headlamp aim too high")
    expect(page.get_by_role("tabpanel")).not_to_contain_text("PASS")

    page.get_by_role("tab", name="Advisories").click()
    advisories = page.get_by_role("list", name="Advisories").get_by_role("listitem")
    expect(advisories).to_have_count(2)
    expect(advisories.first).to_contain_text("Nearside front tyre worn close to legal limit")
    expect(page.get_by_text("Offside headlamp aim too high")).to_have_count(0)
