"""Time slots: a start and an end on the same day."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

_SLOT = re.compile(r"^(\d{4}-\d{2}-\d{2})\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")


@dataclass(frozen=True, order=True)
class Slot:
    start: datetime
    end: datetime

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"slot ends before it starts: {self.start:%H:%M}-{self.end:%H:%M}")
        if self.start.date() != self.end.date():
            raise ValueError("a slot must start and end on the same day")

    @classmethod
    def parse(cls, text: str) -> Slot:
        """Read a slot written as ``"2026-03-14 09:30-11:00"``.

        Raises:
            ValueError: if the text is not in that form or the times are not valid.
        """
        match = _SLOT.match(text.strip())
        if match is None:
            raise ValueError(f"not a slot: {text!r}")
        day = date.fromisoformat(match.group(1))
        start = datetime.combine(day, time(int(match.group(2)), int(match.group(3))))
        end = datetime.combine(day, time(int(match.group(4)), int(match.group(5))))
        return cls(start, end)

    @property
    def minutes(self) -> int:
        """Length of the slot in whole minutes."""
        return int((self.end - self.start).total_seconds() // 60)

    def overlaps(self, other: Slot) -> bool:
        """True if the two slots share any time; slots that only touch do not overlap."""
        return self.start < other.end and other.start < self.end

    def __str__(self) -> str:
        return f"{self.start:%Y-%m-%d %H:%M}-{self.end:%H:%M}"


def split_day(day: date, opens: time, closes: time, minutes: int = 30) -> list[Slot]:
    """Cut the opening hours of `day` into consecutive slots of `minutes`.

    A remainder shorter than `minutes` at the end of the day is dropped.

    Raises:
        ValueError: if `minutes` is not positive or `closes` is not after `opens`.
    """
    if minutes <= 0:
        raise ValueError("minutes must be positive")
    if closes <= opens:
        raise ValueError("closes must be after opens")
    step = timedelta(minutes=minutes)
    cursor = datetime.combine(day, opens)
    last = datetime.combine(day, closes)
    slots = []
    while cursor + step <= last:
        slots.append(Slot(cursor, cursor + step))
        cursor += step
    return slots
