"""Calendar months and spending reports per category and month."""

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any, NamedTuple, TypedDict

from expenses.models import Category, Expense


class MonthKey(NamedTuple):
    year: int
    month: int

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


class CategoryTotal(TypedDict):
    month: str
    category: str
    total: Decimal
    count: int


def month_range(year: int, month: int) -> tuple[date, date]:
    """Return the first day of a month and the first day of the following month.

    The range is half-open, so it can be used directly as ``start <= day < end``.

    :raises ValueError: if ``month`` is not between 1 and 12
    """
    if not 1 <= month <= 12:
        raise ValueError(f"month must be between 1 and 12, got {month}")
    start = date(year, month, 1)
    end = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return start, end


def iter_months(start: date, end: date) -> Iterator[MonthKey]:
    if end < start:
        raise ValueError(f"end {end} is before start {start}")
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        yield MonthKey(year, month)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


class SpendingReport:
    """Totals of a set of expenses, per month and category."""

    def __init__(self, expenses: Iterable[Expense]) -> None:
        self._expenses = tuple(expenses)

    @cached_property
    def totals(self) -> dict[MonthKey, dict[Category, Decimal]]:
        """
        Sum of the expenses for each month and category.

        Returns
        -------
        dict
            Maps each month that has expenses to a mapping of category to total
            amount. Months appear in chronological order; categories without any
            expense in a month are absent.
        """
        totals: dict[MonthKey, dict[Category, Decimal]] = {}
        for expense in sorted(self._expenses):
            month = MonthKey(expense.spent_on.year, expense.spent_on.month)
            per_category = totals.setdefault(month, {})
            per_category[expense.category] = per_category.get(expense.category, Decimal("0.00")) + expense.amount
        return totals

    def rows(self, *, sort_key: Callable[[CategoryTotal], Any] | None = None) -> list[CategoryTotal]:
        """Flatten the report into one row per month and category.

        Args:
            sort_key: Orders the rows; by default they are sorted by month, then category name.

        Returns:
            Rows with the month as ``"YYYY-MM"``, the category value, its total and the
            number of expenses behind that total.
        """
        counts: dict[tuple[MonthKey, Category], int] = {}
        for expense in self._expenses:
            key = (MonthKey(expense.spent_on.year, expense.spent_on.month), expense.category)
            counts[key] = counts.get(key, 0) + 1
        rows = [
            CategoryTotal(month=str(month), category=category.value, total=total, count=counts[(month, category)])
            for month, per_category in self.totals.items()
            for category, total in per_category.items()
        ]
        rows.sort(key=sort_key or (lambda row: (row["month"], row["category"])))
        return rows

    def top_categories(self, n: int = 3, month: MonthKey | None = None) -> list[tuple[Category, Decimal]]:
        """The ``n`` categories with the highest spending, in a single month or over all months."""
        if n < 1:
            raise ValueError("n must be at least 1")
        combined: dict[Category, Decimal] = {}
        for key, per_category in self.totals.items():
            if month is not None and key != month:
                continue
            for category, total in per_category.items():
                combined[category] = combined.get(category, Decimal("0.00")) + total
        ranked = sorted(combined.items(), key=lambda item: (-item[1], item[0].value))
        return ranked[:n]
