import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_contact_form_lists_every_problem_and_sends_once_fixed(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Contact us")).to_be_visible()

    page.get_by_label("Your name").fill("Lena")
    page.get_by_label("Email").fill("lena.example.com")
    page.get_by_label("Message").fill("Hi there")
    page.get_by_role("button", name="Send message").click()

    errors = page.get_by_role("alert")
    expect(errors).to_contain_text("Enter a valid email address")
    expect(errors).to_contain_text("Message must be at least 10 characters")
    expect(errors).not_to_contain_text("name")

    page.get_by_label("Email").fill("lena@example.com")
    page.get_by_label("Message").fill("Is the shop open on Sunday?")
    page.get_by_role("button", name="Send message").click()
    expect(page.get_by_role("heading", name="Thanks, Lena! We will reply within two working days.")).to_be_visible()
