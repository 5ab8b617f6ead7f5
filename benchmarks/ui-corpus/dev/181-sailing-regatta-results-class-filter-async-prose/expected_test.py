import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

RESULTS = [
    {"sail": "GBR 210455", "helm": "Priya Nair", "class": "Laser", "time": "41:07", "status": "finished"},
    {"sail": "GBR 198002", "helm": "Tom Fenwick", "class": "Laser", "time": "44:52", "status": "finished"},
    {"sail": "GBR 3311", "helm": "Sam Dove", "class": "RS Aero", "time": "39:58", "status": "finished"},
    {"sail": "GBR 205117", "helm": "Ellie Shaw", "class": "Laser", "time": "42:30", "status": "finished"},
    {"sail": "GBR 201999", "helm": "Jo Harker", "class": "Laser", "time": None, "status": "DNF"},
    {"sail": "GBR 2870", "helm": "Kit Moran", "class": "RS Aero", "time": "40:15", "status": "finished"},
]


def test_regatta_results_by_class_with_retired_boats(page: Page) -> None:
    page.route("**/api/regatta/results", lambda route: route.fulfill(json=RESULTS))
    page.goto(BASE_URL)

    rows = page.get_by_role("row").filter(has=page.get_by_role("cell"))
    expect(rows).to_have_count(5)
    expect(rows.first.get_by_role("cell").first).to_have_text("1")
    expect(rows.first).to_contain_text("Sam Dove")
    expect(page.get_by_test_id("footer")).to_have_text("5 boats shown · 1 retired hidden")

    page.get_by_label("Class").select_option("Laser")
    expect(rows).to_have_count(3)
    expect(rows.nth(0).get_by_role("cell")).to_have_text(["1", "GBR 210455", "Priya Nair", "Laser", "41:07"])
    expect(rows.nth(1).get_by_role("cell").nth(0)).to_have_text("2")
    expect(rows.nth(1)).to_contain_text("Ellie Shaw")
    expect(rows.nth(2).get_by_role("cell").nth(0)).to_have_text("3")
    expect(rows.nth(2)).to_contain_text("Tom Fenwick")
    expect(page.get_by_role("cell", name="Sam Dove")).to_have_count(0)
    expect(page.get_by_role("cell", name="Kit Moran")).to_have_count(0)

    page.get_by_label("Show retired boats").check()
    expect(rows).to_have_count(4)
    expect(rows.last).to_contain_text("Jo Harker")
    expect(rows.last.get_by_role("cell").first).to_have_text("DNF")
    expect(page.get_by_test_id("footer")).to_have_text("4 boats shown")
    expect(page.get_by_test_id("footer")).not_to_contain_text("hidden")
