import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_booking_and_cancelling_a_yoga_class(page: Page) -> None:
    page.goto(BASE_URL)
    classes = page.get_by_role("tabpanel").get_by_role("listitem")
    expect(page.get_by_role("tab", name="Monday", selected=True)).to_be_visible()
    expect(classes).to_have_count(3)
    expect(page.get_by_test_id("credits")).to_have_text("5 credits left")

    page.get_by_role("tab").nth(1).click()
    vinyasa = classes.filter(has_text="18:30 Vinyasa Flow")
    expect(vinyasa).to_contain_text("3 spaces left")
    vinyasa.get_by_role("button", name="Book", exact=True).click()
    expect(vinyasa).to_contain_text("Booked")
    expect(vinyasa).to_contain_text("2 spaces left")
    expect(page.get_by_test_id("credits")).to_have_text("4 credits left")

    yin = classes.filter(has_text="07:00 Sunrise Yin")
    yin.get_by_role("button", name="Join waitlist").click()
    expect(yin).to_contain_text("you are number 3")
    expect(page.get_by_test_id("credits")).to_have_text("4 credits left")

    page.get_by_role("tab", name="Monday").click()
    expect(classes).to_have_count(3)
    expect(page.get_by_text("Booked")).to_have_count(0)

    page.get_by_role("tab", name="Tuesday").click()
    vinyasa.get_by_role("button", name="Cancel booking").click()
    expect(page.get_by_test_id("credits")).to_have_text("5 credits left")
    expect(vinyasa.get_by_role("button", name="Book", exact=True)).to_be_visible()
