from __future__ import annotations

from abc import ABC, abstractmethod
from datetime import date
from decimal import Decimal

from libloans.models import Loan

ZERO = Decimal("0.00")


class FinePolicy(ABC):
    """Decides how much a member owes when a loan comes back."""

    @abstractmethod
    def fine_for(self, loan: Loan, returned_on: date) -> Decimal:
        """Return the fine for ``loan`` if it is returned on ``returned_on``.

        Args:
            loan: The loan being closed.
            returned_on: Date the book came back.

        Returns:
            A non-negative amount, rounded to cents.
        """


class DailyFinePolicy(FinePolicy):
    """Charges ``per_day`` for every day late, capped at ``cap``.

    Returns within ``grace_days`` of the due date are not fined at all; after
    that, the whole lateness counts, grace days included.
    """

    def __init__(self, per_day: Decimal | str, cap: Decimal | str, *, grace_days: int = 0) -> None:
        self.per_day = Decimal(per_day)
        self.cap = Decimal(cap)
        if self.per_day < 0 or self.cap < 0:
            raise ValueError("fine amounts cannot be negative")
        if grace_days < 0:
            raise ValueError("grace_days cannot be negative")
        self.grace_days = grace_days

    def fine_for(self, loan: Loan, returned_on: date) -> Decimal:
        days_late = (returned_on - loan.due_on).days
        if days_late <= self.grace_days:
            return ZERO
        return min(self.per_day * days_late, self.cap).quantize(Decimal("0.01"))
