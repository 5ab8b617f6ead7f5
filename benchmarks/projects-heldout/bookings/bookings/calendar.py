"""The booking calendar of one office."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bookings.slots import Slot, split_day

OPENS = time(8, 0)
CLOSES = time(18, 0)


class BookingConflict(Exception):
    """The room is already booked for part of the requested slot."""

    def __init__(self, room: str, existing: Booking) -> None:
        super().__init__(f"{room} is taken by {existing.who} at {existing.slot}")
        self.existing = existing


@dataclass
class Booking:
    id: int
    room: str
    slot: Slot
    who: str
    note: str = ""


class Calendar:
    """Bookings of the office's rooms.

    Args:
        rooms: the names of the rooms that can be booked.
        clock: returns the current time; bookings in the past are refused.
    """

    def __init__(self, rooms: list[str], clock: Callable[[], datetime] = datetime.now) -> None:
        self.rooms = list(rooms)
        self._clock = clock
        self._bookings: dict[int, Booking] = {}
        self._ids = itertools.count(1)

    def book(self, room: str, slot: Slot, who: str, note: str = "") -> Booking:
        """Book `room` for `slot`.

        Returns:
            The new booking, with a fresh id.

        Raises:
            KeyError: if the room does not exist.
            ValueError: if the slot has already started.
            BookingConflict: if the room is booked for part of the slot.
        """
        if room not in self.rooms:
            raise KeyError(room)
        if slot.start < self._clock():
            raise ValueError(f"{slot} is in the past")
        for existing in self.bookings_for(room):
            if existing.slot.overlaps(slot):
                raise BookingConflict(room, existing)
        booking = Booking(next(self._ids), room, slot, who, note)
        self._bookings[booking.id] = booking
        return booking

    def cancel(self, booking_id: int) -> Booking:
        """Remove a booking and return it. Unknown ids raise KeyError."""
        return self._bookings.pop(booking_id)

    def bookings_for(self, room: str) -> list[Booking]:
        return sorted((b for b in self._bookings.values() if b.room == room), key=lambda b: b.slot)

    def free_slots(self, room: str, day: date, minutes: int = 30) -> list[Slot]:
        """The slots of `minutes` on `day`, within opening hours, where `room` is free."""
        taken = [b.slot for b in self.bookings_for(room)]
        return [slot for slot in split_day(day, OPENS, CLOSES, minutes) if not any(slot.overlaps(t) for t in taken)]

    def upcoming(self, within: timedelta) -> list[Booking]:
        """Bookings that start from now up to `within` from now, earliest first."""
        now = self._clock()
        return sorted(
            (b for b in self._bookings.values() if now <= b.slot.start <= now + within),
            key=lambda b: b.slot.start,
        )
