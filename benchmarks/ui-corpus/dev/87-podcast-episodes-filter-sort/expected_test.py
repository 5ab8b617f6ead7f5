import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_season_filter_combined_with_sorting_by_length(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_text("Showing 9 of 9 episodes")).to_be_visible()
    page.get_by_label("Season").select_option("Season 2")
    page.get_by_label("Sort by").select_option("Shortest first")

    episodes = page.get_by_role("list", name="Episodes").get_by_role("listitem")
    expect(episodes).to_have_count(4)
    expect(page.get_by_text("Showing 4 of 9 episodes")).to_be_visible()
    expect(page.get_by_test_id("episode-title")).to_have_text(
        ["Tide pools at night", "Storm season", "Kelp forests", "Interview: the lighthouse keeper"]
    )
    expect(page.get_by_text("Sand, explained")).to_have_count(0)
