import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_total_for_a_package_vehicle_and_tyre_shine(page: Page) -> None:
    page.goto(BASE_URL)
    for package, vehicle, shine, total, vacuum_included in [
        ("Basic wash", "Small car", False, "Total: £6.00", False),
        ("Deluxe", "Small car", True, "Total: £12.00", False),
        ("Valet", "SUV or van", True, "Total: £35.00", True),
        ("Deluxe", "SUV or van", False, "Total: £13.00", False),
    ]:
        page.get_by_role("radio", name=package).check()
        page.get_by_label("Vehicle").select_option(vehicle)
        page.get_by_label("Tyre shine").set_checked(shine)
        expect(page.get_by_test_id("wash-total")).to_have_text(total)
        vacuum = page.get_by_label("Interior vacuum")
        if vacuum_included:
            expect(vacuum).to_be_checked()
            expect(vacuum).to_be_disabled()
        else:
            expect(vacuum).not_to_be_checked()
