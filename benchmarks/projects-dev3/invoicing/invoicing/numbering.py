"""Invoice numbers from a sequence, and due dates in business days."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from datetime import date, timedelta


class InvoiceNumberer:
    """Hands out numbers like ``INV-2024-0042`` from an injected sequence of integers."""

    def __init__(self, sequence: Iterator[int], prefix: str = "INV", width: int = 4) -> None:
        self._sequence = sequence
        self.prefix = prefix
        self.width = width
        self._last: int | None = None

    def next_number(self, issued: date) -> str:
        """Take the next value of the sequence and turn it into an invoice number.

        The value is zero-padded to ``width`` digits; a wider value is written in full.

        Args:
            issued: The issue date; its year goes into the number.

        Returns:
            The number, ``f"{prefix}-{year}-{value}"``.

        Raises:
            RuntimeError: If the sequence is exhausted.
            ValueError: If the sequence gives a value below 1, or one not greater than the
                previous value this numberer handed out.
        """
        try:
            value = next(self._sequence)
        except StopIteration:
            raise RuntimeError("the invoice number sequence is exhausted") from None
        if value < 1:
            raise ValueError(f"invoice sequence values start at 1, got {value}")
        if self._last is not None and value <= self._last:
            raise ValueError(f"invoice sequence went backwards: {value} after {self._last}")
        self._last = value
        return f"{self.prefix}-{issued.year}-{value:0{self.width}d}"


def due_date(issued: date, terms_days: int, holidays: Collection[date] = ()) -> date:
    """The due date that is a number of business days after the issue date.

    Saturdays, Sundays and the given holidays are not business days. With zero days the
    invoice is due on the issue date, or on the next business day if that is not one.

    Args:
        issued: The issue date.
        terms_days: Business days allowed for payment, 0 or more.
        holidays: Dates that are not business days.

    Returns:
        The due date.

    Raises:
        ValueError: If ``terms_days`` is negative.
    """
    if terms_days < 0:
        raise ValueError(f"payment terms cannot be negative, got {terms_days}")

    current = issued
    while current.weekday() >= 5 or current in holidays:
        current += timedelta(days=1)
    remaining = terms_days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current
