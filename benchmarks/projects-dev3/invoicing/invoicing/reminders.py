"""Payment reminders for overdue invoices, sent through an injected mailer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Protocol

from invoicing.models import Invoice


class Mailer(Protocol):
    async def send(self, recipient: str, subject: str, body: str) -> None: ...


@dataclass(frozen=True)
class Reminder:
    """A reminder that was sent."""

    number: str
    customer: str
    days_overdue: int
    amount_due: Decimal


async def send_reminders(
    invoices: Iterable[Invoice], mailer: Mailer, today: date, *, grace_days: int = 0
) -> list[Reminder]:
    """Send a reminder for every unpaid invoice more than ``grace_days`` past its due date.

    The most overdue invoices go first. A mailer failure (``OSError``, which includes
    ``ConnectionError`` and ``TimeoutError``) skips that invoice and the others are still sent;
    any other exception propagates.

    Args:
        invoices: The invoices to consider; paid ones, those not yet overdue and those with
            nothing to pay (a total of zero after discounts) are ignored.
        mailer: Sends one message: ``await mailer.send(recipient, subject, body)``.
        today: The day the reminders are sent.
        grace_days: Days past the due date before a reminder goes out, 0 or more.

    Returns:
        The reminders actually sent, in the order they were sent.

    Raises:
        ValueError: If ``grace_days`` is negative.
    """
    if grace_days < 0:
        raise ValueError(f"grace_days cannot be negative, got {grace_days}")
    overdue = [(invoice.days_overdue(today), invoice) for invoice in invoices]
    overdue = [(days, invoice) for days, invoice in overdue if days > grace_days and invoice.total > 0]
    overdue.sort(key=lambda pair: (-pair[0], pair[1].number))
    sent: list[Reminder] = []
    for days, invoice in overdue:
        amount = Invoice.format_money(invoice.total, invoice.currency)
        subject = f"Reminder: invoice {invoice.number} is {days} day{'s' if days != 1 else ''} overdue"
        body = (
            f"Dear {invoice.customer},\n\n"
            f"invoice {invoice.number} of {invoice.issued.isoformat()} for {amount} "
            f"was due on {invoice.due.isoformat()}. Please arrange payment.\n"
        )
        try:
            await mailer.send(invoice.customer, subject, body)
        except OSError:
            continue
        sent.append(Reminder(invoice.number, invoice.customer, days, invoice.total))
    return sent
