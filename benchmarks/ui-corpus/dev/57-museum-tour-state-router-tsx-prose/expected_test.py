import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_following_a_gallery_tour_from_start_to_finish(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Choose a gallery")).to_be_visible()
    page.get_by_role("button", name="Egyptian antiquities").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("The Rosetta Stone replica")
    expect(page.get_by_text("Stop 1 of 3")).to_be_visible()
    expect(page.get_by_role("button", name="Previous stop")).to_be_disabled()

    page.get_by_role("button", name="Next stop").click()
    page.get_by_role("button", name="Next stop").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Canopic jars")
    expect(page.get_by_role("button", name="Next stop")).to_have_count(0)
    expect(page.get_by_role("button", name="Finish tour")).to_be_visible()

    page.get_by_role("button", name="Finish tour").click()
    expect(page.get_by_role("heading", name="Tour complete")).to_be_visible()
    expect(page.get_by_text("You visited 3 stops in Egyptian antiquities.")).to_be_visible()

    page.get_by_role("link", name="Back to galleries").click()
    expect(page.get_by_role("heading", name="Choose a gallery")).to_be_visible()
