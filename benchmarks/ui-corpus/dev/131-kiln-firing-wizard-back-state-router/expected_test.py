import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_going_back_in_the_kiln_booking_keeps_what_was_entered(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_test_id("step")).to_have_text("Step 1 of 3")
    page.get_by_label("Number of pieces").fill("4")
    page.get_by_label("Tallest piece (cm)").fill("22")
    page.get_by_role("button", name="Next").click()
    expect(page.get_by_test_id("step")).to_have_text("Step 2 of 3")
    expect(page.get_by_role("radio", name="Bisque (1000 °C)")).not_to_be_checked()
    expect(page.get_by_role("radio", name="Glaze (1240 °C)")).not_to_be_checked()
    expect(page.get_by_role("button", name="Next")).to_be_disabled()

    page.get_by_role("radio", name="Glaze (1240 °C)").check()
    page.get_by_role("button", name="Next").click()
    summary = page.get_by_role("list", name="Booking summary")
    expect(summary.get_by_role("listitem")).to_have_text(["4 pieces", "glaze firing", "tallest piece 22 cm"])
    expect(page.get_by_test_id("cost")).to_have_text("Cost: £16")

    page.get_by_role("button", name="Back").click()
    page.get_by_role("button", name="Back").click()
    expect(page.get_by_test_id("step")).to_have_text("Step 1 of 3")
    expect(page.get_by_label("Number of pieces")).to_have_value("4")
    expect(page.get_by_label("Tallest piece (cm)")).to_have_value("22")

    page.get_by_label("Number of pieces").fill("5")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("button", name="Next").click()
    expect(summary.get_by_role("listitem")).to_have_text(["5 pieces", "glaze firing", "tallest piece 22 cm"])
    expect(page.get_by_test_id("cost")).to_have_text("Cost: £20")

    page.get_by_role("button", name="Book firing").click()
    expect(page.get_by_role("status")).to_contain_text("Booked!")
    expect(page.get_by_role("button", name="Next")).to_have_count(0)
    expect(page.get_by_role("button", name="Back")).to_have_count(0)
