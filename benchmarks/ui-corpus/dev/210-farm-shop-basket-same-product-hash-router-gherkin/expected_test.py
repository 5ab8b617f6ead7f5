import os
import re

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_same_product_twice_gives_one_basket_line(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("link", name="Free range eggs").click()
    expect(page).to_have_url(re.compile(r"#/product/eggs$"))

    page.get_by_label("Quantity").fill("2")
    page.get_by_role("button", name="Add to basket").click()
    expect(page.get_by_role("status")).to_have_text("Added 2 to your basket")
    expect(page.get_by_role("link", name="Basket (2)")).to_be_visible()

    page.get_by_role("link", name="Continue shopping").click()
    page.get_by_role("link", name="Sourdough loaf").click()
    page.get_by_role("button", name="Add to basket").click()

    page.get_by_role("link", name="Continue shopping").click()
    page.get_by_role("link", name="Free range eggs").click()
    page.get_by_label("Quantity").fill("1")
    page.get_by_role("button", name="Add to basket").click()

    page.get_by_role("link", name="Basket (").click()
    expect(page).to_have_url(re.compile(r"#/basket$"))
    rows = page.get_by_role("table", name="Basket").locator("tbody").get_by_role("row")
    expect(rows).to_have_count(2)
    eggs = rows.filter(has_text="Free range eggs")
    expect(eggs).to_have_count(1)
    expect(eggs.get_by_role("cell").nth(1)).to_have_text("3")
    expect(eggs.get_by_role("cell").nth(2)).to_have_text("£7.50")
    expect(rows.filter(has_text="Sourdough loaf").get_by_role("cell").nth(2)).to_have_text("£4.20")
    expect(page.get_by_test_id("basket-total")).to_have_text("Total: £11.70")
    expect(page.get_by_role("link", name="Basket (4)")).to_be_visible()
