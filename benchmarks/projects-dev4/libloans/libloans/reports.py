from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from libloans.fines import FinePolicy
from libloans.models import Loan, Member


class OverdueEntry(NamedTuple):
    loan: Loan
    days_late: int
    fine: Decimal | None


def iter_overdue(
    loans: Iterable[Loan],
    today: date,
    fine_policy: FinePolicy | None = None,
    *,
    min_days: int = 1,
) -> Iterator[OverdueEntry]:
    """
    Yield the open loans that are at least ``min_days`` past their due date.

    Parameters
    ----------
    loans : iterable of Loan
        Loans to inspect; returned loans are ignored.
    today : datetime.date
        Reference date for lateness.
    fine_policy : FinePolicy, optional
        When given, each entry carries the fine the member would owe if the
        book came back today; otherwise ``fine`` is ``None``.
    min_days : int, default 1
        Minimum number of days late to be reported.

    Yields
    ------
    OverdueEntry
        In the order of ``loans``.
    """
    for loan in loans:
        if loan.returned_on is not None:
            continue
        days_late = (today - loan.due_on).days
        if days_late < min_days:
            continue
        fine = fine_policy.fine_for(loan, today) if fine_policy is not None else None
        yield OverdueEntry(loan, days_late, fine)


async def notify_overdue(
    loans: Iterable[Loan],
    members: Mapping[str, Member],
    send: Callable[[str, str], Awaitable[object]],
    *,
    today: date,
    titles: Mapping[str, str] | None = None,
) -> list[str]:
    """Send one reminder per member with overdue books.

    :param loans: Loans to check.
    :param members: Members by id; loans of unknown members are skipped.
    :param send: Coroutine function called as ``await send(email, text)``.
    :param today: Reference date.
    :param titles: Optional ISBN to title mapping used in the reminder text.
    :returns: Ids of the members that were notified, in order of first overdue loan.
        Members without an e-mail address are not notified.
    """
    grouped: dict[str, list[OverdueEntry]] = defaultdict(list)
    for entry in iter_overdue(loans, today):
        grouped[entry.loan.member_id].append(entry)
    notified = []
    for member_id, entries in grouped.items():
        member = members.get(member_id)
        if member is None or not member.email:
            continue
        lines = [f"Dear {member.name},", "", "the following items are overdue:"]
        for entry in entries:
            title = (titles or {}).get(entry.loan.isbn, entry.loan.isbn)
            lines.append(f"  - {title} (due {entry.loan.due_on.isoformat()}, {entry.days_late} day(s) late)")
        await send(member.email, "\n".join(lines) + "\n")
        notified.append(member_id)
    return notified
