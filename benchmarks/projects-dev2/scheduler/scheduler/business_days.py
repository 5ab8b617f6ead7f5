"""Business days: weekdays that are not holidays."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

SATURDAY, SUNDAY = 5, 6


class Calendar:
    """A working calendar: Monday to Friday, less the given holidays.

    Args:
        holidays: Dates on which nobody works, whatever their weekday.
        weekend: Weekday numbers (Monday is 0) that are never business days.
    """

    def __init__(self, holidays: Iterable[date] = (), weekend: Iterable[int] = (SATURDAY, SUNDAY)) -> None:
        self.holidays = set(holidays)
        self.weekend = frozenset(weekend)
        if len(self.weekend) >= 7:
            raise ValueError("a calendar needs at least one working weekday")

    def is_business_day(self, day: date) -> bool:
        if day.weekday() in self.weekend:
            return False
        return day not in self.holidays

    def add_business_days(self, start: date, days: int) -> date:
        """The date ``days`` business days after ``start`` (before it, when ``days`` is negative).

        ``start`` itself is never counted, and need not be a business day: one business day
        after a Saturday is the following Monday (when that Monday is not a holiday). With
        ``days=0`` the result is ``start`` if it is a business day, else the next business day.

        Args:
            start: The date to count from.
            days: How many business days to move.

        Returns:
            The business day reached.
        """
        step = 1 if days >= 0 else -1
        current = start
        if days == 0:
            while not self.is_business_day(current):
                current += timedelta(days=1)
            return current
        remaining = abs(days)
        while remaining > 0:
            current += timedelta(days=step)
            if self.is_business_day(current):
                remaining -= 1
        return current
