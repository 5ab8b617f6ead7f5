import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_a_playlist_is_only_deleted_after_its_name_is_typed_in(page: Page) -> None:
    page.goto(BASE_URL)
    expect(page.get_by_role("heading", name="Your playlists (4)")).to_be_visible()
    page.get_by_role("listitem").filter(has_text="Road trip").get_by_role("button", name="Delete").click()

    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_role("heading")).to_have_text("Delete Road trip?")
    confirm = dialog.get_by_role("button", name="Delete playlist")
    expect(confirm).to_be_disabled()
    dialog.get_by_label("Type the playlist name to confirm").fill("Road trip")
    expect(confirm).to_be_enabled()
    confirm.click()

    expect(page.get_by_role("dialog")).to_have_count(0)
    expect(page.get_by_role("listitem").filter(has_text="Road trip")).to_have_count(0)
    expect(page.get_by_role("listitem")).to_have_count(3)
    expect(page.get_by_role("heading", name="Your playlists (3)")).to_be_visible()
    expect(page.get_by_role("status")).to_have_text("Playlist deleted")
