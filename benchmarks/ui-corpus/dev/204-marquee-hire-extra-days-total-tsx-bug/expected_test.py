import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_quote_total_includes_extra_days(page: Page) -> None:
    page.goto(BASE_URL)
    quote = page.get_by_role("table", name="Quote")
    total = page.get_by_test_id("quote-total")

    page.get_by_label("Marquee size").select_option(label="6m x 9m (up to 60 guests)")
    expect(quote.locator("tbody tr")).to_have_count(1)
    expect(page.get_by_test_id("line-marquee")).to_contain_text("Marquee 6m x 9m")
    expect(page.get_by_test_id("line-marquee")).to_contain_text("£320.00")
    expect(total).to_have_text("£320.00")

    page.get_by_label("Days").fill("3")
    page.get_by_label("Festoon lighting").check()
    page.get_by_label("Flooring").check()
    expect(page.get_by_test_id("line-extra-days")).to_contain_text("2 × £80.00")
    expect(page.get_by_test_id("line-extra-days")).to_contain_text("£160.00")
    expect(page.get_by_test_id("line-lighting")).to_contain_text("£45.00")
    expect(page.get_by_test_id("line-flooring")).to_contain_text("£160.00")
    expect(total).to_have_text("£685.00")

    page.get_by_label("Patio heaters").fill("2")
    expect(page.get_by_test_id("line-heaters")).to_contain_text("2 × £35.00")
    expect(page.get_by_test_id("line-heaters")).to_contain_text("£70.00")
    expect(total).to_have_text("£755.00")
