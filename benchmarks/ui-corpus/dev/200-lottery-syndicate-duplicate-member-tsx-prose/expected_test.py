import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_same_person_cannot_join_the_syndicate_twice(page: Page) -> None:
    page.goto(BASE_URL)
    members = page.get_by_role("list", name="Members").get_by_role("listitem")
    expect(members).to_have_count(3)
    expect(members).to_contain_text(["Dave Morris", "Sandra Kaur", "Tom Becker"])

    page.get_by_label("New member").fill("sandra kaur")
    page.get_by_role("button", name="Add member").click()
    expect(page.get_by_role("alert")).to_contain_text("Sandra Kaur is already in the syndicate")
    expect(members).to_have_count(3)

    page.get_by_label("New member").fill("Lena Fischer")
    page.get_by_role("button", name="Add member").click()
    expect(members).to_have_count(4)
    expect(members.last).to_contain_text("Lena Fischer")
    expect(page.get_by_test_id("member-count")).to_have_text("4 members")
    expect(page.get_by_role("alert")).to_have_count(0)

    page.get_by_label("Winnings (£)").fill("1250")
    expect(page.get_by_test_id("share")).to_have_text("Each member gets £312.50")

    page.get_by_role("button", name="Remove Tom Becker").click()
    expect(members).to_have_count(3)
    expect(page.get_by_test_id("member-count")).to_have_text("3 members")
    expect(page.get_by_text("Tom Becker")).to_have_count(0)
    expect(page.get_by_test_id("share")).to_have_text("Each member gets £416.66")
