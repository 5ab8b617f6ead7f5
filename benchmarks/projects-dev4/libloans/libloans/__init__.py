"""Circulation desk logic for a small lending library."""

from libloans.catalog import load_catalog, search_catalog
from libloans.circulation import (
    Library,
    LoanError,
    LoanLimitError,
    NotAvailableError,
    RenewalLimitError,
)
from libloans.fines import DailyFinePolicy, FinePolicy
from libloans.models import Book, InvalidIsbnError, Loan, Member, MemberTier
from libloans.reports import OverdueEntry, iter_overdue, notify_overdue

__all__ = [
    "Book",
    "DailyFinePolicy",
    "FinePolicy",
    "InvalidIsbnError",
    "Library",
    "Loan",
    "LoanError",
    "LoanLimitError",
    "Member",
    "MemberTier",
    "NotAvailableError",
    "OverdueEntry",
    "RenewalLimitError",
    "iter_overdue",
    "load_catalog",
    "notify_overdue",
    "search_catalog",
]
