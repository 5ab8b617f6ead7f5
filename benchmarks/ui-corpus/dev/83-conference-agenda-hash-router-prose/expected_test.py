import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_saving_a_talk_to_my_agenda(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_role("link", name="Accessible forms in practice").click()
    expect(page.get_by_role("heading", name="Accessible forms in practice")).to_be_visible()
    expect(page.get_by_text("Lena Fischer")).to_be_visible()
    expect(page.get_by_text("Hall B")).to_be_visible()

    page.get_by_role("button", name="Add to my agenda").click()
    expect(page.get_by_role("button", name="In my agenda")).to_be_visible()

    page.get_by_role("link", name="My agenda").click()
    expect(page.get_by_role("heading", name="My agenda")).to_be_visible()
    expect(page.get_by_role("link", name="Accessible forms in practice")).to_be_visible()
    expect(page.get_by_text("Rust at scale")).to_have_count(0)

    page.go_back()
    expect(page.get_by_role("heading", name="Accessible forms in practice")).to_be_visible()
