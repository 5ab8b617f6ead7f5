"""Reminders that fall due according to an injected clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Reminder:
    """Remind about `note_slug` at `due` (seconds since the epoch)."""

    note_slug: str
    due: float


def due_reminders(reminders: list[Reminder], clock: Callable[[], float]) -> list[str]:
    """Slugs of the reminders whose due time is at or before `clock()`, earliest first."""
    now = clock()
    due = sorted((r for r in reminders if r.due <= now), key=lambda r: r.due)
    return [r.note_slug for r in due]


def snooze(reminder: Reminder, minutes: int) -> Reminder:
    """The same reminder, due `minutes` later. Raises ValueError when minutes is negative."""
    if minutes < 0:
        raise ValueError("cannot snooze into the past")
    return Reminder(reminder.note_slug, reminder.due + minutes * 60)
