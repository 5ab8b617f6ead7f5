import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_lift_pass_price_by_days_skier_and_helmet_rental(page: Page) -> None:
    page.goto(BASE_URL)
    for days, skier, helmet, total in [
        ("1", "Adult", "no", "€52"),
        ("3", "Youth", "no", "€105"),
        ("2", "Child", "yes", "€61"),
        ("6", "Adult", "yes", "€291"),
        ("6", "Youth", "yes", "€227"),
        ("2", "Under 6", "no", "Free – no pass needed"),
    ]:
        page.get_by_label("Days").select_option(days)
        page.get_by_label(skier).check()
        page.get_by_label("Helmet rental").set_checked(helmet == "yes")
        expect(page.get_by_test_id("total")).to_have_text(total)
        buy = page.get_by_role("button", name="Buy pass")
        if total.startswith("€"):
            expect(buy).to_be_enabled()
        else:
            expect(buy).to_be_disabled()
