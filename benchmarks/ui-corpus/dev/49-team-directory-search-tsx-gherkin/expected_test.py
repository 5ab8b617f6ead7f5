import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_searching_by_team_name_narrows_the_list(page: Page) -> None:
    page.route(
        "**/api/team",
        lambda route: route.fulfill(
            json=[
                {"name": "Aiko Tanaka", "team": "Design", "email": "aiko@example.com"},
                {"name": "Bruno Costa", "team": "Design", "email": "bruno@example.com"},
                {"name": "Chen Wei", "team": "Platform", "email": "chen@example.com"},
                {"name": "Dana Okafor", "team": "Support", "email": "dana@example.com"},
            ]
        ),
    )
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Team directory")).to_be_visible()
    expect(page.get_by_test_id("match-count")).to_have_text("4 people")

    page.get_by_label("Search people").fill("design")
    expect(page.get_by_test_id("match-count")).to_have_text("2 people")
    people = page.get_by_role("list", name="People").get_by_role("listitem")
    expect(people.filter(has_text="Aiko Tanaka")).to_be_visible()
    expect(people.filter(has_text="Bruno Costa")).to_be_visible()
    expect(people.filter(has_text="Chen Wei")).to_have_count(0)

    page.get_by_label("Search people").fill("zz")
    expect(page.get_by_text('No results for "zz"')).to_be_visible()
    expect(page.get_by_role("listitem")).to_have_count(0)
