"""Persistence of expenses in SQLite, and import from CSV exports."""

import csv
import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

from expenses.models import Category, Expense, InvalidExpenseError
from expenses.money import to_cents
from expenses.report import month_range

_SCHEMA = """
CREATE TABLE IF NOT EXISTS expenses (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    spent_on TEXT NOT NULL,
    amount_cents INTEGER NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
)
"""

REQUIRED_COLUMNS = ("date", "amount", "category")


class CsvFormatError(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line


class LedgerRepository:
    """Stores expenses in a SQLite database through a connection owned by the caller."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._conn.execute(_SCHEMA)

    def add(self, *expenses: Expense) -> list[int]:
        """Insert expenses in a single transaction.

        The ``id`` of each expense is set to the id it received in the database.

        :param expenses: the expenses to store; they must not have an id yet
        :returns: the new ids, in the order the expenses were given
        :raises ValueError: if one of the expenses was already stored
        """
        if any(expense.id is not None for expense in expenses):
            raise ValueError("expense already stored")
        ids: list[int] = []
        with self._conn:
            for expense in expenses:
                cursor = self._conn.execute(
                    "INSERT INTO expenses (spent_on, amount_cents, category, description) VALUES (?, ?, ?, ?)",
                    (
                        expense.spent_on.isoformat(),
                        int(expense.amount * 100),
                        expense.category.value,
                        expense.description,
                    ),
                )
                ids.append(int(cursor.lastrowid or 0))
        for expense, new_id in zip(expenses, ids, strict=True):
            expense.id = new_id
        return ids

    def list_month(self, year: int, month: int, category: Category | None = None) -> list[Expense]:
        """Return the expenses of a month, optionally of one category only, ordered by date and id."""
        start, end = month_range(year, month)
        sql = (
            "SELECT id, spent_on, amount_cents, category, description FROM expenses"
            " WHERE spent_on >= ? AND spent_on < ?"
        )
        params: list[str] = [start.isoformat(), end.isoformat()]
        if category is not None:
            sql += " AND category = ?"
            params.append(category.value)
        sql += " ORDER BY spent_on, id"
        return [
            Expense(
                spent_on=date.fromisoformat(spent_on),
                amount=Decimal(cents) / 100,
                description=description,
                category=Category(category_value),
                id=row_id,
            )
            for row_id, spent_on, cents, category_value, description in self._conn.execute(sql, params)
        ]


def load_expenses_csv(path: Path, *, default_category: Category = Category.OTHER) -> list[Expense]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        columns = [name.strip().lower() for name in reader.fieldnames or []]
        missing = [name for name in REQUIRED_COLUMNS if name not in columns]
        if missing:
            raise CsvFormatError(1, f"missing column(s): {', '.join(missing)}")
        reader.fieldnames = columns
        expenses: list[Expense] = []
        for row in reader:
            line = reader.line_num
            if not any((value or "").strip() for value in row.values()):
                continue
            try:
                spent_on = date.fromisoformat(row["date"].strip())
            except (AttributeError, ValueError) as exc:
                raise CsvFormatError(line, f"bad date {row['date']!r}") from exc
            try:
                amount = to_cents((row["amount"] or "").replace(",", ""))
            except ValueError as exc:
                raise CsvFormatError(line, f"bad amount {row['amount']!r}") from exc
            category_name = (row["category"] or "").strip().lower()
            try:
                category = Category(category_name) if category_name else default_category
            except ValueError as exc:
                raise CsvFormatError(line, f"unknown category {category_name!r}") from exc
            description = (row.get("description") or "").strip()
            try:
                expenses.append(Expense(spent_on, amount, description, category))
            except InvalidExpenseError as exc:
                raise CsvFormatError(line, str(exc)) from exc
        return expenses
