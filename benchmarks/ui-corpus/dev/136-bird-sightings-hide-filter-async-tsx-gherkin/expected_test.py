import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

SIGHTINGS = [
    {"id": 1, "species": "Bittern", "count": 1, "site": "Marsh hide"},
    {"id": 2, "species": "Nuthatch", "count": 3, "site": "Woodland trail"},
    {"id": 3, "species": "Grey heron", "count": 2, "site": "Reservoir"},
    {"id": 4, "species": "Lapwing", "count": 8, "site": "Marsh hide"},
    {"id": 5, "species": "Tufted duck", "count": 34, "site": "Reservoir"},
]


def test_narrowing_the_log_down_to_one_hide_and_one_species(page: Page) -> None:
    page.route("**/api/sightings", lambda route: route.fulfill(json=SIGHTINGS))
    page.goto(BASE_URL)
    rows = page.get_by_test_id("sighting")
    expect(rows).to_have_count(5)
    expect(page.get_by_test_id("bird-total")).to_have_text("Birds counted: 48")

    page.get_by_label("Site").select_option("Marsh hide")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Bittern")
    expect(rows.nth(1)).to_contain_text("Lapwing")
    expect(page.get_by_role("cell", name="Nuthatch")).to_have_count(0)
    expect(page.get_by_test_id("bird-total")).to_have_text("Birds counted: 9")

    page.get_by_label("Site").select_option("All sites")
    page.get_by_label("Search species").fill("heron")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Grey heron")
    expect(page.get_by_test_id("bird-total")).to_have_text("Birds counted: 2")
