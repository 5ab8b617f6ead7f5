import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

STRINGS = [
    {"id": "bw-10", "name": "Brightwound Light", "gauge": "10-46", "price": 6.99, "stock": 14},
    {"id": "bw-11", "name": "Brightwound Medium", "gauge": "11-52", "price": 6.99, "stock": 9},
    {"id": "sf-12", "name": "Silkfolk Phosphor Bronze", "gauge": "12-53", "price": 9.50, "stock": 2},
    {"id": "ny-nt", "name": "Nylon Classical", "gauge": "28-43", "price": 8.25, "stock": 0},
]


def test_string_set_cannot_be_added_beyond_stock(page: Page) -> None:
    page.route("**/api/strings", lambda route: route.fulfill(json=STRINGS))
    page.goto(BASE_URL)

    expect(page.get_by_role("article")).to_have_count(4)
    nylon = page.get_by_role("article", name="Nylon Classical")
    expect(nylon).to_contain_text("Out of stock")
    expect(nylon.get_by_role("button", name="Add to basket")).to_be_disabled()
    bronze = page.get_by_role("article", name="Silkfolk Phosphor Bronze")
    expect(bronze).to_contain_text("Only 2 left")

    bronze.get_by_role("button", name="Add to basket").click()
    page.get_by_role("button", name="One more Silkfolk Phosphor Bronze").click()
    basket = page.get_by_role("complementary", name="Basket")
    line = basket.get_by_role("listitem").filter(has_text="Silkfolk Phosphor Bronze")
    expect(line.get_by_test_id("qty")).to_have_text("2")
    expect(page.get_by_role("button", name="One more Silkfolk Phosphor Bronze")).to_be_disabled()
    expect(line).to_contain_text("Only 2 in stock")
    expect(basket.get_by_test_id("goods")).to_have_text("£19.00")
    expect(basket.get_by_test_id("postage")).to_have_text("£3.50")
    expect(basket.get_by_test_id("total")).to_have_text("£22.50")

    page.get_by_role("article", name="Brightwound Light").get_by_role("button", name="Add to basket").click()
    expect(basket.get_by_test_id("postage")).to_have_text("Free")
    expect(basket.get_by_test_id("total")).to_have_text("£25.99")
