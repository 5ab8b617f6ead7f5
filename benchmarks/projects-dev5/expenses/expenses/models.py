"""Expense records and their categories."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import Enum

from expenses.money import to_cents


class Category(Enum):
    GROCERIES = "groceries"
    RENT = "rent"
    TRANSPORT = "transport"
    UTILITIES = "utilities"
    LEISURE = "leisure"
    OTHER = "other"


class InvalidExpenseError(ValueError):
    """An expense has a zero or negative amount."""


@dataclass(slots=True, order=True)
class Expense:
    spent_on: date
    amount: Decimal
    description: str = ""
    category: Category = field(default=Category.OTHER, compare=False)
    id: int | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        self.amount = to_cents(self.amount)
        if self.amount <= 0:
            raise InvalidExpenseError(f"expense amount must be positive, got {self.amount}")
