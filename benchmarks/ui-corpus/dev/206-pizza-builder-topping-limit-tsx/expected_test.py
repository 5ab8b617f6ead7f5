import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_fifth_topping_cannot_be_added(page: Page) -> None:
    page.goto(BASE_URL)
    price = page.get_by_test_id("pizza-price")

    page.get_by_role("radio", name="Large").check()
    expect(price).to_have_text("This pizza: £13.00")

    for topping in ("Mushrooms", "Olives", "Ham", "Pineapple"):
        page.get_by_role("checkbox", name=topping).check()
    expect(price).to_have_text("This pizza: £18.00")
    expect(page.get_by_role("note")).to_contain_text("maximum of 4 toppings")

    pepperoni = page.get_by_role("checkbox", name="Pepperoni")
    expect(pepperoni).to_be_disabled()
    expect(pepperoni).not_to_be_checked()
    expect(page.get_by_role("checkbox", name="Peppers")).to_be_disabled()
    expect(price).to_have_text("This pizza: £18.00")

    page.get_by_role("checkbox", name="Olives").uncheck()
    pepperoni.check()
    expect(page.get_by_role("checkbox", name="Olives")).not_to_be_checked()
    expect(pepperoni).to_be_checked()
    expect(page.get_by_role("note")).to_contain_text("maximum of 4 toppings")
    expect(price).to_have_text("This pizza: £18.00")

    page.get_by_role("button", name="Add to order").click()
    lines = page.get_by_label("Your order").get_by_role("listitem")
    expect(lines).to_have_count(1)
    expect(lines.first).to_have_text("Large pizza: Mushrooms, Pepperoni, Ham, Pineapple - £18.00")
    expect(page.get_by_test_id("order-total")).to_have_text("Order total: £18.00")

    expect(page.get_by_role("radio", name="Medium")).to_be_checked()
    for topping in ("Mushrooms", "Pepperoni", "Ham", "Pineapple"):
        expect(page.get_by_role("checkbox", name=topping)).not_to_be_checked()
    expect(page.get_by_role("note")).to_have_count(0)
