"""Collecting validation problems instead of failing on the first one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from csvimport.models import Account
from csvimport.parsing import Permission

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


@dataclass(frozen=True, order=True)
class RowError:
    """One problem found in one row (``row`` is the source line number)."""

    row: int
    message: str
    column: str | None = None

    def __str__(self) -> str:
        where = f"row {self.row}"
        if self.column:
            where += f", column {self.column!r}"
        return f"{where}: {self.message}"


class ValidationReport:
    """Accumulates :class:`RowError` entries and row counters for one import.

    :param max_errors: stop recording after this many errors (further errors
        only set :attr:`truncated`); ``None`` records everything. Must not be
        negative.
    :raises ValueError: if *max_errors* is negative.
    """

    def __init__(self, max_errors: int | None = None) -> None:
        if max_errors is not None and max_errors < 0:
            raise ValueError("max_errors must not be negative")
        self.max_errors = max_errors
        self.errors: list[RowError] = []
        self.truncated = False
        self.rows_total = 0
        self.rows_valid = 0
        self.rows_written = 0

    def add(self, row: int, message: str, column: str | None = None) -> None:
        self.extend([RowError(row, message, column)])

    def extend(self, errors: Iterable[RowError]) -> None:
        for error in errors:
            if self.max_errors is not None and len(self.errors) >= self.max_errors:
                self.truncated = True
                return
            self.errors.append(error)

    @property
    def ok(self) -> bool:
        """True when no error was found (including ones dropped by truncation)."""
        return not self.errors and not self.truncated

    def errors_for(self, row: int) -> list[RowError]:
        return [e for e in self.errors if e.row == row]

    def summary(self) -> str:
        """Return a one-line human-readable summary, e.g. for logging.

        The wording is ``"<total> rows, <valid> valid, <n> errors"``, with
        ``" (truncated)"`` appended when errors were dropped.
        """
        noun = "error" if len(self.errors) == 1 else "errors"
        text = f"{self.rows_total} rows, {self.rows_valid} valid, {len(self.errors)} {noun}"
        if self.truncated:
            text += " (truncated)"
        return text


def validate_account(account: Account, *, today: date | None = None) -> list[RowError]:
    """Check an already parsed account for semantic problems.

    All problems are returned together: a malformed e-mail address, a join
    date in the future (relative to *today*, which defaults to the current
    date), a negative balance, and write or delete permission without read
    permission.

    Returns:
        The list of problems; empty when the account is fine.
    """
    today = today or date.today()
    row = account.row_number
    problems: list[RowError] = []
    if not EMAIL_PATTERN.match(account.email):
        problems.append(RowError(row, f"invalid e-mail address {account.email!r}", "email"))
    if account.joined is not None and account.joined > today:
        problems.append(RowError(row, f"join date {account.joined.isoformat()} is in the future", "joined"))
    if account.balance.is_negative:
        problems.append(RowError(row, f"negative balance {account.balance.amount}", "amount"))
    needs_read = Permission.WRITE | Permission.DELETE
    if account.permissions & needs_read and Permission.READ not in account.permissions:
        problems.append(RowError(row, "write/delete permission without read", "permissions"))
    return problems
