import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

MAGAZINES = [
    {"id": 1, "title": "Orbit Monthly", "category": "Science", "issuesPerYear": 12, "pricePerYear": 54, "digitalOnly": False},
    {"id": 2, "title": "Lab Notes Weekly", "category": "Science", "issuesPerYear": 52, "pricePerYear": 39, "digitalOnly": True},
    {"id": 3, "title": "Allotment Life", "category": "Hobbies", "issuesPerYear": 12, "pricePerYear": 42, "digitalOnly": False},
    {"id": 4, "title": "Model Rail Today", "category": "Hobbies", "issuesPerYear": 13, "pricePerYear": 58.5, "digitalOnly": False},
    {"id": 5, "title": "Weeknight Kitchen", "category": "Food", "issuesPerYear": 24, "pricePerYear": 30, "digitalOnly": True},
    {"id": 6, "title": "The Sunday Digest", "category": "News", "issuesPerYear": 52, "pricePerYear": 96, "digitalOnly": False},
]


def test_only_printed_science_magazines_when_print_editions_wanted(page: Page) -> None:
    page.route("**/api/magazines", lambda route: route.fulfill(json=MAGAZINES))
    page.goto(BASE_URL)
    titles = page.get_by_role("list", name="Magazines").get_by_role("heading")
    expect(titles).to_have_count(6)

    page.get_by_label("Category").select_option("Science")
    expect(titles).to_have_text(["Orbit Monthly", "Lab Notes Weekly"])

    page.get_by_role("checkbox", name="Print editions only").check()
    expect(titles).to_have_text(["Orbit Monthly"])
    expect(page.get_by_role("heading", name="Lab Notes Weekly")).to_have_count(0)

    page.get_by_role("button", name="Subscribe to Orbit Monthly").click()
    expect(page.get_by_test_id("basket")).to_have_text("Basket: 1 title · £54.00 a year")
    in_basket = page.get_by_role("button", name="Orbit Monthly is in your basket")
    expect(in_basket).to_have_text("In basket")
    expect(in_basket).to_be_disabled()

    page.get_by_label("Category").select_option("Food")
    expect(page.get_by_text("No magazines match your filters.")).to_be_visible()
    expect(page.get_by_role("heading", name="Weeknight Kitchen")).to_have_count(0)
    expect(page.get_by_test_id("basket")).to_have_text("Basket: 1 title · £54.00 a year")
