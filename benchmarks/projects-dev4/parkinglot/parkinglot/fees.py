"""Parking fees."""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal

from .spaces import Ticket

_CENTS = Decimal("0.01")


class FeePolicy(ABC):
    """Base class for pricing schemes; subclasses decide what a stay costs."""

    def __init__(self, clock: Callable[[], datetime] = datetime.now) -> None:
        self._clock = clock

    @abstractmethod
    def fee_for_duration(self, duration: timedelta) -> Decimal:
        """Return the amount owed for a stay of the given length."""

    def charge(self, ticket: Ticket) -> Decimal:
        """Work out the fee for a ticket and record it as paid.

        Open tickets are charged up to the current time of the policy's
        clock, so a driver can pay at the machine before walking to the car.

        Args:
            ticket: The ticket to settle.

        Returns:
            The amount charged.

        Raises:
            ValueError: If the ticket was already paid or the clock is
                earlier than the entry time.
        """
        if ticket.paid_amount is not None:
            raise ValueError(f"ticket {ticket.ticket_id} is already paid")
        end = ticket.exited_at or self._clock()
        if end < ticket.entered_at:
            raise ValueError("clock is earlier than the ticket's entry time")
        amount = self.fee_for_duration(end - ticket.entered_at)
        ticket.paid_amount = amount
        return amount


class HourlyFeePolicy(FeePolicy):
    """Charge per started hour, free during a grace period, capped per day."""

    def __init__(
        self,
        *,
        hourly_rate: Decimal,
        daily_cap: Decimal,
        grace: timedelta = timedelta(minutes=15),
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(clock)
        if hourly_rate < 0:
            raise ValueError("hourly_rate must not be negative")
        if daily_cap <= 0:
            raise ValueError("daily_cap must be positive")
        if grace < timedelta(0):
            raise ValueError("grace period must not be negative")
        self.hourly_rate = Decimal(hourly_rate)
        self.daily_cap = Decimal(daily_cap)
        self.grace = grace

    def fee_for_duration(self, duration: timedelta) -> Decimal:
        """
        Fee for a stay of ``duration``: nothing within the grace period,
        otherwise the daily cap for each full day plus the hourly rate for
        each started hour of the rest, never more than the cap per day.

        :param duration: length of the stay
        :returns: the fee, rounded to cents
        :raises ValueError: if ``duration`` is negative
        """
        if duration < timedelta(0):
            raise ValueError("duration must not be negative")
        if duration <= self.grace:
            return Decimal("0.00")
        days, rest = divmod(duration, timedelta(days=1))
        rest_fee = min(self.daily_cap, self.hourly_rate * self.billable_hours(rest))
        return (self.daily_cap * days + rest_fee).quantize(_CENTS)

    @staticmethod
    def billable_hours(delta: timedelta) -> int:
        if delta < timedelta(0):
            raise ValueError("delta must not be negative")
        return math.ceil(delta.total_seconds() / 3600)
