import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_consent_with_allergies_ticked_needs_details(page: Page) -> None:
    page.goto(BASE_URL)
    send = page.get_by_role("button", name="Send consent")
    expect(send).to_be_disabled()

    page.get_by_label("Pupil's name").fill("Maya Okafor")
    page.get_by_label("Class").select_option("5B")
    page.get_by_role("radio", name="Yes").check()
    page.get_by_label("Emergency contact number").fill("07700 900456")
    page.get_by_label("My child has allergies or takes medication").check()
    page.get_by_label("I have read the trip code of conduct").check()
    send.click()

    problems = page.get_by_role("alert")
    expect(problems).to_contain_text("Please tell us about the allergies or medication")
    expect(problems.get_by_role("listitem")).to_have_count(1)
    expect(page.get_by_role("status")).to_have_count(0)

    page.get_by_label("Allergy and medication details").fill("Peanut allergy, carries an EpiPen")
    send.click()
    thanks = page.get_by_role("status")
    expect(thanks).to_contain_text("Thank you")
    expect(thanks).to_contain_text("consent received for Maya Okafor (5B)")
    expect(page.get_by_text("Please tell us about the allergies or medication")).to_have_count(0)
