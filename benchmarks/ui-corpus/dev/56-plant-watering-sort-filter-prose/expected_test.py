import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_sorting_and_filtering_the_plant_list(page: Page) -> None:
    page.goto(BASE_URL)
    plants = page.get_by_role("listitem")
    expect(plants).to_have_count(6)
    expect(plants.first).to_contain_text("Aloe vera")
    expect(plants.last).to_contain_text("Zebra plant")

    page.get_by_label("Sort by").select_option("Next watering")
    expect(plants.first).to_contain_text("Peace lily")
    expect(plants.first).to_contain_text("Water today")
    expect(plants.last).to_contain_text("Aloe vera")

    page.get_by_label("Room").select_option("Kitchen")
    expect(plants).to_have_count(2)
    expect(plants).to_contain_text(["Basil", "Aloe vera"])
    expect(plants.filter(has_text="Peace lily")).to_have_count(0)
    expect(page.get_by_test_id("plant-count")).to_have_text("2 plants")
