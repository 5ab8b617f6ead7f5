"""Opening hours, appointments and the free slots between them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

_RANGE_RE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class Appointment:
    """A booked appointment; ``start`` is timezone-aware."""

    patient_name: str
    phone: str
    start: datetime
    duration: timedelta = timedelta(minutes=15)

    @property
    def end(self) -> datetime:
        return self.start + self.duration


class OpeningHours:
    """Opening hours per weekday (Monday is 0) in the clinic's time zone.

    Days missing from ``hours`` are closed days.

    :param hours: weekday mapped to an ``(opens, closes)`` pair of naive times.
    :param tz: the clinic's time zone, as a ``ZoneInfo`` or an IANA name.
    :raises ValueError: for a weekday outside 0-6 or a day that closes
        before it opens.
    """

    def __init__(self, hours: Mapping[int, tuple[time, time]], tz: tzinfo | str = "Europe/Zurich") -> None:
        for weekday, (opens, closes) in hours.items():
            if not 0 <= weekday <= 6:
                raise ValueError(f"weekday must be 0-6, got {weekday}")
            if closes <= opens:
                raise ValueError(f"weekday {weekday} closes at {closes} before it opens at {opens}")
        self.hours = dict(hours)
        self.tz = ZoneInfo(tz) if isinstance(tz, str) else tz

    @staticmethod
    def parse_range(text: str) -> tuple[time, time]:
        """Parse a range written ``HH:MM-HH:MM`` into an ``(opens, closes)`` pair.

        Raises:
            ValueError: If the text is not in that form, a time is out of
                range, or the closing time is not after the opening time.
        """
        match = _RANGE_RE.match(text)
        if match is None:
            raise ValueError(f"expected HH:MM-HH:MM, got {text!r}")
        h1, m1, h2, m2 = (int(part) for part in match.groups())
        opens, closes = time(h1, m1), time(h2, m2)
        if closes <= opens:
            raise ValueError(f"closing time {closes} is not after opening time {opens}")
        return opens, closes

    def is_open(self, moment: datetime) -> bool:
        """Tell whether the clinic is open at a given instant.

        The instant is converted to the clinic's time zone first. Opening
        time is inclusive, closing time exclusive.

        Args:
            moment: A timezone-aware datetime.

        Returns:
            ``True`` if the clinic is open at ``moment``.

        Raises:
            ValueError: If ``moment`` is naive.
        """
        if moment.utcoffset() is None:
            raise ValueError("moment must be timezone-aware")
        local = moment.astimezone(self.tz)
        hours = self.hours.get(local.weekday())
        if hours is None:
            return False
        opens, closes = hours
        return opens <= local.time().replace(tzinfo=None) < closes


def free_slots(
    booked: Iterable[Appointment],
    window_start: datetime,
    window_end: datetime,
    length: timedelta = timedelta(minutes=15),
) -> list[tuple[datetime, datetime]]:
    """List the free slots of ``length`` between booked appointments.

    Slots are laid out back to back from the start of each gap; the rest of
    a gap shorter than ``length`` is not offered. Appointments may overlap
    each other or the window edges.

    Parameters
    ----------
    booked : iterable of Appointment
        Appointments already booked, in any order.
    window_start, window_end : datetime
        The period to search, for example one morning's opening hours.
    length : timedelta
        Length of one slot.

    Returns
    -------
    list of (datetime, datetime)
        The ``(start, end)`` of each free slot, in time order.

    Raises
    ------
    ValueError
        If ``length`` is not positive or the window is empty.
    """
    if length <= timedelta(0):
        raise ValueError("slot length must be positive")
    if window_end <= window_start:
        raise ValueError("window_end must be after window_start")
    slots: list[tuple[datetime, datetime]] = []
    cursor = window_start
    for appointment in sorted(booked, key=lambda a: a.start):
        if appointment.end <= window_start or appointment.start >= window_end:
            continue
        while cursor + length <= appointment.start:
            slots.append((cursor, cursor + length))
            cursor += length
        cursor = max(cursor, appointment.end)
    while cursor + length <= window_end:
        slots.append((cursor, cursor + length))
        cursor += length
    return slots


class AppointmentIterator:
    """Iterates over appointments in start order, optionally for one day only.

    The day is taken in ``tz`` when given, otherwise in each appointment's
    own time zone.
    """

    def __init__(self, appointments: Iterable[Appointment], day: date | None = None, tz: tzinfo | None = None) -> None:
        self._items = sorted(appointments, key=lambda a: a.start)
        self._day = day
        self._tz = tz
        self._index = 0

    def __iter__(self) -> AppointmentIterator:
        return self

    def __next__(self) -> Appointment:
        while self._index < len(self._items):
            appointment = self._items[self._index]
            self._index += 1
            start = appointment.start.astimezone(self._tz) if self._tz else appointment.start
            if self._day is None or start.date() == self._day:
                return appointment
        raise StopIteration
