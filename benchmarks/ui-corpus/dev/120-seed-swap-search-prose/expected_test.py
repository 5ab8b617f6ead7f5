import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_searching_the_seed_swap_catalogue(page: Page) -> None:
    page.goto(BASE_URL)
    packets = page.get_by_role("list", name="Seed packets").get_by_role("listitem")
    expect(packets).to_have_count(7)

    search = page.get_by_role("searchbox", name="Search packets")
    search.fill("tom")
    expect(packets).to_have_count(2)
    expect(page.get_by_test_id("packet-count")).to_have_text("2 packets")

    page.get_by_label("Organic only").check()
    expect(packets).to_have_count(1)
    expect(packets.first).to_contain_text("Gardener's Delight")
    expect(page.get_by_text("Sungold")).to_have_count(0)

    search.fill("okra")
    expect(packets).to_have_count(0)
    expect(page.get_by_text("No results for okra")).to_be_visible()

    page.get_by_role("button", name="Clear search").click()
    expect(search).to_have_value("")
    expect(page.get_by_label("Organic only")).to_be_checked()
    expect(packets).to_have_count(4)
