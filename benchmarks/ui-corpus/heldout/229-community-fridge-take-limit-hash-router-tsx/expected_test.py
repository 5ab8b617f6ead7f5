import os
import re

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_no_more_than_two_of_the_same_item_per_visit(page: Page) -> None:
    page.goto(BASE_URL)
    fridge = page.get_by_role("list", name="In the fridge today")
    expect(fridge.get_by_role("listitem")).to_have_count(4)
    expect(fridge.get_by_role("listitem").filter(has_text="Carrots")).to_contain_text("5 left")
    expect(page.get_by_test_id("bag-summary")).to_have_text("Your bag is empty")

    page.get_by_role("link", name="Carrots (1 kg bag)").click()
    expect(page).to_have_url(re.compile(r"#/item/carrots$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Carrots (1 kg bag)")
    expect(page.get_by_text("5 left")).to_be_visible()
    count = page.get_by_test_id("take-count")
    expect(count).to_have_text("1")

    more = page.get_by_role("button", name="Take one more")
    more.click()
    expect(more).to_be_disabled()
    expect(count).to_have_text("2")
    expect(page.get_by_text("You can take up to 2 of each item per visit.")).to_be_visible()

    page.get_by_role("button", name="Add to my bag").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Elm Street community fridge")
    expect(fridge.get_by_role("listitem").filter(has_text="Carrots")).to_contain_text("3 left")
    expect(page.get_by_test_id("bag-summary")).to_have_text("In your bag: 2 items")

    page.get_by_role("link", name="Semi-skimmed milk (1 pint)").click()
    expect(count).to_have_text("1")
    expect(page.get_by_role("button", name="Take one more")).to_be_disabled()

    page.get_by_role("link", name="Back to the fridge").click()
    page.get_by_role("link", name="Carrots (1 kg bag)").click()
    expect(page.get_by_text("You already have 2 in your bag.")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("reached the limit for this item today")
    expect(page.get_by_role("button", name="Add to my bag")).to_be_disabled()
    expect(page.get_by_role("button", name="Take one more")).to_have_count(0)

    page.get_by_role("link", name="Back to the fridge").click()
    expect(fridge.get_by_role("listitem").filter(has_text="Carrots")).to_contain_text("3 left")
