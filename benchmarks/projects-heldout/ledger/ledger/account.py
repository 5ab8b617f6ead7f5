"""A simple account: deposits, withdrawals, a statement file."""

from __future__ import annotations

import csv
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ledger.money import Transaction, format_cents


class InsufficientFunds(Exception):
    """A withdrawal is larger than the balance (plus overdraft)."""


class Account:
    def __init__(self, owner: str, currency: str = "EUR", overdraft: int = 0,
                 today: Callable[[], date] = date.today) -> None:
        self.owner = owner
        self.currency = currency
        self.overdraft = overdraft
        self.transactions: list[Transaction] = []
        self._today = today

    @property
    def balance(self) -> int:
        """Current balance in cents."""
        return sum(t.cents for t in self.transactions)

    def deposit(self, cents: int, memo: str = "") -> Transaction:
        """Add money to the account, dated today.

        Raises:
            ValueError: if `cents` is not positive.
        """
        if cents <= 0:
            raise ValueError("deposit must be positive")
        transaction = Transaction(self._today(), cents, memo)
        self.transactions.append(transaction)
        return transaction

    def withdraw(self, cents: int, memo: str = "") -> Transaction:
        """Take money out, dated today.

        The balance may go below zero by at most `overdraft` cents.

        Raises:
            ValueError: if `cents` is not positive.
            InsufficientFunds: if the withdrawal would exceed the overdraft.
        """
        if cents <= 0:
            raise ValueError("withdrawal must be positive")
        if self.balance - cents < -self.overdraft:
            raise InsufficientFunds(
                f"{self.owner}: cannot withdraw {format_cents(cents, self.currency)}, "
                f"balance is {format_cents(self.balance, self.currency)}"
            )
        transaction = Transaction(self._today(), -cents, memo)
        self.transactions.append(transaction)
        return transaction

    def export_csv(self, path: Path) -> int:
        """Write the transactions to `path` as CSV (date, amount, memo, running balance).

        Returns:
            The number of transactions written.
        """
        running = 0
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["date", "amount", "memo", "balance"])
            for t in self.transactions:
                running += t.cents
                writer.writerow([t.when.isoformat(), f"{t.cents / 100:.2f}", t.memo, f"{running / 100:.2f}"])
        return len(self.transactions)
