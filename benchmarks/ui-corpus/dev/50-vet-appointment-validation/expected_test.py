import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_appointment_request_checks_the_pet_name_and_the_weight(page: Page) -> None:
    page.goto(BASE_URL)
    page.get_by_label("Species").select_option("Rabbit")
    page.get_by_label("Weight (kg)").fill("0")
    page.get_by_label("Phone number").fill("020 7946 0018")
    page.get_by_role("button", name="Request appointment").click()

    expect(page.get_by_text("Please tell us your pet's name")).to_be_visible()
    expect(page.get_by_text("Weight must be between 0.1 and 90 kg")).to_be_visible()
    expect(page.get_by_label("Phone number")).to_have_accessible_description("")
    expect(page.get_by_role("status")).to_have_count(0)

    page.get_by_label("Pet name").fill("Clover")
    page.get_by_label("Weight (kg)").fill("2.4")
    page.get_by_role("button", name="Request appointment").click()

    expect(page.get_by_text("Please tell us your pet's name")).to_have_count(0)
    expect(page.get_by_text("Weight must be between 0.1 and 90 kg")).to_have_count(0)
    expect(page.get_by_role("status")).to_have_text("Thanks! We'll call you to confirm Clover's appointment.")
