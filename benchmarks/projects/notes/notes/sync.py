"""Pushing notes to a remote service through an async API client."""

from __future__ import annotations

from typing import Any

from notes.store import Note


class SyncError(RuntimeError):
    """The remote service refused a note."""


async def push_note(api: Any, note: Note) -> str:
    """Upload one note with `await api.put(slug, text)`; return the slug.

    The service answers with a status code: anything other than 200 or 201 raises SyncError.
    """
    status = await api.put(note.slug, f"{note.title}\n{note.body}")
    if status not in (200, 201):
        raise SyncError(f"{note.slug}: status {status}")
    return note.slug


async def push_all(api: Any, notes: list[Note]) -> dict[str, int]:
    """Push every note; return counts {'pushed': n, 'failed': m} (a failure does not stop the rest)."""
    counts = {"pushed": 0, "failed": 0}
    for note in notes:
        try:
            await push_note(api, note)
        except SyncError:
            counts["failed"] += 1
        else:
            counts["pushed"] += 1
    return counts
