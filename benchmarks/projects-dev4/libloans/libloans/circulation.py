from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from decimal import Decimal

from libloans.fines import FinePolicy
from libloans.models import Book, Loan, Member


class LoanError(Exception):
    """Base class for circulation errors."""


class NotAvailableError(LoanError):
    pass


class LoanLimitError(LoanError):
    pass


class RenewalLimitError(LoanError):
    pass


class Library:
    """The circulation desk: lends books, takes them back and manages holds.

    ``clock`` returns today's date; pass a fake in tests or when replaying
    historical transactions.
    """

    def __init__(
        self,
        catalog: Iterable[Book],
        *,
        fine_policy: FinePolicy,
        clock: Callable[[], date] = date.today,
        loan_days: int = 21,
        max_renewals: int = 2,
    ) -> None:
        self.books = {book.isbn: book for book in catalog}
        self.fine_policy = fine_policy
        self.loan_days = loan_days
        self.max_renewals = max_renewals
        self.loans: list[Loan] = []
        self.balances: dict[str, Decimal] = {}
        self._clock = clock
        self._holds: dict[str, deque[str]] = {}

    def _active(self, *, isbn: str | None = None, member_id: str | None = None) -> list[Loan]:
        return [
            loan
            for loan in self.loans
            if loan.returned_on is None
            and (isbn is None or loan.isbn == isbn)
            and (member_id is None or loan.member_id == member_id)
        ]

    def checkout(self, isbn: str, member: Member, *, days: int | None = None) -> Loan:
        """Lend a copy of a book to a member.

        Args:
            isbn: ISBN of the book, in any format :meth:`Book.normalize_isbn` accepts.
            member: The borrowing member.
            days: Loan period in days; the library's default when ``None``.

        Returns:
            The new loan, already recorded.

        Raises:
            KeyError: If the book is not in the catalogue.
            LoanLimitError: If the member is blocked, owes money, or already
                has as many books as their tier allows.
            NotAvailableError: If no copy is on the shelf, or the free copy is
                held for another member.
        """
        isbn = Book.normalize_isbn(isbn)
        book = self.books[isbn]
        if member.blocked:
            raise LoanLimitError(f"member {member.member_id} is blocked")
        if self.balances.get(member.member_id, Decimal(0)) > 0:
            raise LoanLimitError(f"member {member.member_id} has unpaid fines")
        if len(self._active(member_id=member.member_id)) >= member.tier.loan_limit:
            raise LoanLimitError(f"member {member.member_id} reached the limit of {member.tier.loan_limit} loans")
        free = book.copies - len(self._active(isbn=isbn))
        queue = self._holds.get(isbn)
        if free <= 0:
            raise NotAvailableError(f"all copies of {book.title!r} are on loan")
        if queue and member.member_id not in list(queue)[:free]:
            raise NotAvailableError(f"{book.title!r} is held for another member")
        if queue and member.member_id in queue:
            queue.remove(member.member_id)
        today = self._clock()
        loan = Loan(
            isbn=isbn,
            member_id=member.member_id,
            borrowed_on=today,
            due_on=today + timedelta(days=self.loan_days if days is None else days),
        )
        self.loans.append(loan)
        return loan

    def renew(self, loan: Loan) -> date:
        """
        Extend a loan by the standard loan period, counted from today.

        Parameters
        ----------
        loan : Loan
            An open loan made by this library.

        Returns
        -------
        datetime.date
            The new due date.

        Raises
        ------
        LoanError
            If the loan was already returned.
        RenewalLimitError
            If the loan has been renewed ``max_renewals`` times, or another
            member is waiting for the book.
        """
        if loan.returned_on is not None:
            raise LoanError("cannot renew a returned loan")
        if loan.renewals >= self.max_renewals:
            raise RenewalLimitError(f"loan already renewed {loan.renewals} time(s)")
        if self._holds.get(loan.isbn):
            raise RenewalLimitError("another member has placed a hold on this book")
        loan.renewals += 1
        loan.due_on = max(loan.due_on, self._clock() + timedelta(days=self.loan_days))
        return loan.due_on

    def return_loan(self, loan: Loan) -> Decimal:
        """Close a loan and charge any late fine to the member's balance; returns the fine."""
        if loan.returned_on is not None:
            raise LoanError("loan was already returned")
        today = self._clock()
        loan.returned_on = today
        fine = self.fine_policy.fine_for(loan, today)
        if fine:
            self.balances[loan.member_id] = self.balances.get(loan.member_id, Decimal(0)) + fine
        return fine

    def place_hold(self, isbn: str, member_id: str) -> int:
        isbn = Book.normalize_isbn(isbn)
        if isbn not in self.books:
            raise KeyError(isbn)
        queue = self._holds.setdefault(isbn, deque())
        if member_id in queue:
            raise ValueError(f"member {member_id} already has a hold on {isbn}")
        if any(loan.member_id == member_id for loan in self._active(isbn=isbn)):
            raise ValueError(f"member {member_id} already has this book")
        queue.append(member_id)
        return len(queue)
