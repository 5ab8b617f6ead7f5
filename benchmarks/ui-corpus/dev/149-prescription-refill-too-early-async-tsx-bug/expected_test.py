import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")

PRESCRIPTIONS = [
    {"id": 1, "drug": "Sertraline", "dose": "50 mg", "daysSinceFill": 25, "supplyDays": 28, "refillsLeft": 3},
    {"id": 2, "drug": "Atorvastatin", "dose": "20 mg", "daysSinceFill": 10, "supplyDays": 28, "refillsLeft": 5},
    {"id": 3, "drug": "Salbutamol inhaler", "dose": "100 mcg", "daysSinceFill": 40, "supplyDays": 30, "refillsLeft": 0},
]


def test_a_refill_cannot_be_requested_before_it_is_due(page: Page) -> None:
    page.route("**/api/prescriptions", lambda route: route.fulfill(json=PRESCRIPTIONS))
    page.goto(BASE_URL)
    rows = page.get_by_role("row")
    expect(rows.filter(has=page.get_by_role("button", name="Request refill"))).to_have_count(3)
    expect(page.get_by_test_id("pending")).to_have_text("No refill requests pending")

    atorvastatin = rows.filter(has_text="Atorvastatin")
    expect(atorvastatin.get_by_role("button", name="Request refill")).to_be_disabled()
    expect(atorvastatin).to_contain_text("Available in 11 days")

    salbutamol = rows.filter(has_text="Salbutamol inhaler")
    expect(salbutamol).to_contain_text("No refills left")
    expect(salbutamol.get_by_role("button", name="Request refill")).to_be_disabled()

    sertraline = rows.filter(has_text="Sertraline")
    sertraline.get_by_role("button", name="Request refill").click()
    expect(sertraline).to_contain_text("Refill requested")
    expect(sertraline.get_by_role("cell").nth(2)).to_have_text("2")
    expect(sertraline.get_by_role("button", name="Request refill")).to_be_disabled()
    expect(page.get_by_test_id("pending")).to_have_text("1 refill request pending")
