"""Household expense tracking: budgets, bill splitting, a SQLite ledger and monthly reports."""

__version__ = "1.2.0"
