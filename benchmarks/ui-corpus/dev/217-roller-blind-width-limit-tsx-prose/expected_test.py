import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_roller_blind_wider_than_240_cm_is_refused(page: Page) -> None:
    page.goto(BASE_URL)
    price = page.get_by_test_id("blind-price")
    add = page.get_by_role("button", name="Add to basket")

    page.get_by_label("Fabric").select_option("Blackout")
    page.get_by_label("Width (cm)").fill("250")
    page.get_by_label("Drop (cm)").fill("150")
    page.get_by_role("button", name="Get price").click()
    expect(page.get_by_role("alert")).to_contain_text("between 40 and 240 cm wide")
    expect(price).to_have_count(0)
    expect(add).to_be_disabled()

    page.get_by_label("Width (cm)").fill("240")
    page.get_by_role("button", name="Get price").click()
    expect(page.get_by_role("alert")).to_have_count(0)
    expect(price).to_have_text("Your blind: £136.80")

    page.get_by_label("Width (cm)").fill("60")
    page.get_by_label("Drop (cm)").fill("80")
    page.get_by_role("radio", name="Left").check()
    page.get_by_role("button", name="Get price").click()
    expect(price).to_have_text("Your blind: £38.00")
    expect(page.get_by_text("Minimum charge of 1 m² applies")).to_be_visible()

    add.click()
    lines = page.get_by_role("region", name="Basket").get_by_role("listitem")
    expect(lines).to_have_count(1)
    expect(lines.first).to_have_text("Blackout roller blind, 60 × 80 cm, chain left - £38.00")
