import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_reading_with_top_number_not_above_bottom_is_refused(page: Page) -> None:
    page.goto(BASE_URL)
    systolic = page.get_by_label("Systolic (top number)")
    diastolic = page.get_by_label("Diastolic (bottom number)")
    add = page.get_by_role("button", name="Add reading")
    rows = page.get_by_role("table", name="Today's readings").locator("tbody").get_by_role("row")

    systolic.fill("118")
    diastolic.fill("76")
    page.get_by_label("Pulse (optional)").fill("64")
    add.click()
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("118/76")
    expect(rows.first).to_contain_text("64")
    expect(rows.first).to_contain_text("Normal")

    systolic.fill("135")
    diastolic.fill("88")
    page.get_by_label("Arm").select_option("Right")
    add.click()
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("135/88")
    expect(rows.nth(0)).to_contain_text("Right")
    expect(rows.nth(0)).to_contain_text("High stage 1")
    expect(rows.nth(1)).to_contain_text("118/76")
    expect(page.get_by_test_id("summary")).to_have_text("2 readings · average 127/82")

    systolic.fill("90")
    diastolic.fill("90")
    add.click()
    expect(page.get_by_role("alert")).to_contain_text("top number has to be higher than the bottom number")
    expect(rows).to_have_count(2)
    expect(systolic).to_have_value("90")
    expect(diastolic).to_have_value("90")

    systolic.fill("260")
    add.click()
    expect(page.get_by_role("alert")).to_contain_text("between 70 and 250")
    expect(rows).to_have_count(2)
