import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_known_city_shows_its_forecast(page: Page) -> None:
    page.route(
        "**/api/weather?**",
        lambda route: route.fulfill(json={"city": "Porto", "summary": "Sunny", "high": 24}),
    )
    page.goto(BASE_URL)
    page.get_by_label("City").fill("Porto")
    page.get_by_role("button", name="Get forecast").click()
    expect(page.get_by_test_id("forecast")).to_have_text("Porto: Sunny, 24°C")
    expect(page.get_by_role("alert")).to_have_count(0)
