import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_the_price_per_player_drops_for_bigger_groups(page: Page) -> None:
    for presses, players, each, total, plus_enabled in [
        (0, "2", "£30", "£60", True),
        (1, "3", "£25", "£75", True),
        (3, "5", "£22", "£110", True),
        (4, "6", "£22", "£132", False),
    ]:
        page.goto(BASE_URL)
        expect(page.get_by_role("heading", name="The Clockmaker's Attic")).to_be_visible()
        expect(page.get_by_test_id("player-count")).to_have_text("2")
        for _ in range(presses):
            page.get_by_role("button", name="More players").click()
        expect(page.get_by_test_id("player-count")).to_have_text(players)
        expect(page.get_by_test_id("price")).to_have_text(f"{each} per player, {total} in total")
        if plus_enabled:
            expect(page.get_by_role("button", name="More players")).to_be_enabled()
        else:
            expect(page.get_by_role("button", name="More players")).to_be_disabled()
        page.get_by_role("button", name="Book now").click()
        expect(page.get_by_role("dialog")).to_contain_text(f"{players} players, {total} in total")
