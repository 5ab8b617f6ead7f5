import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_pet_insurance_quotes_by_species_age_and_breed_size(page: Page) -> None:
    page.goto(BASE_URL)
    for species, age, breed_size, quote in [
        ("Cat", "3", None, "Monthly premium: £9.50"),
        ("Dog", "3", "Large", "Monthly premium: £21.00"),
        ("Dog", "3", "Small", "Monthly premium: £14.00"),
        ("Rabbit", "7", None, "Rabbits over 6 cannot be insured online"),
        ("Dog", "11", "Small", "Monthly premium: £28.00"),
        ("Cat", "12", None, "Monthly premium: £14.25"),
    ]:
        page.get_by_label("Species").select_option(species)
        page.get_by_label("Age").fill(age)
        if breed_size is None:
            expect(page.get_by_label("Breed size")).to_have_count(0)
        else:
            page.get_by_label("Breed size").select_option(breed_size)
        page.get_by_role("button", name="Get quote").click()
        expect(page.get_by_test_id("quote")).to_have_text(quote)
