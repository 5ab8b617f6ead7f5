import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

JOBS = [
    {"id": 1, "title": "Backend Engineer", "team": "Engineering", "location": "Lisbon", "remote": True},
    {"id": 2, "title": "Product Designer", "team": "Design", "location": "Berlin", "remote": False},
    {"id": 3, "title": "Site Reliability Engineer", "team": "Engineering", "location": "Dublin", "remote": False},
    {"id": 4, "title": "Support Specialist", "team": "Support", "location": "Lisbon", "remote": True},
]


def test_filtering_open_positions_by_team_and_remote_work(page: Page) -> None:
    page.route("**/api/jobs", lambda route: route.fulfill(json=JOBS))
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Careers")).to_be_visible()
    expect(page.get_by_text("4 open positions", exact=True)).to_be_visible()

    jobs = page.get_by_role("listitem").get_by_role("heading")
    page.get_by_label("Team").select_option("Engineering")
    expect(jobs).to_have_text(["Backend Engineer", "Site Reliability Engineer"])

    page.get_by_label("Remote only").check()
    expect(page.get_by_text("1 open position", exact=True)).to_be_visible()
    expect(jobs).to_have_text(["Backend Engineer"])

    page.get_by_label("Team").select_option("Design")
    expect(page.get_by_text("No positions match your filters.")).to_be_visible()
    expect(page.get_by_role("listitem")).to_have_count(0)
