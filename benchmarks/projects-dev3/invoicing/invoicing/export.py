"""Invoices written to CSV and read from JSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TextIO

from invoicing.models import Invoice, InvoiceError

COLUMNS = ["number", "customer", "issued", "due", "currency", "subtotal", "discount", "tax", "total", "paid_on"]


def export_csv(invoices: Iterable[Invoice], stream: TextIO, *, header: bool = True) -> int:
    """Write invoices as CSV rows, oldest first.

    Rows are sorted by issue date, then number. Amounts are written with two decimals, dates
    in ISO format, and an unpaid invoice has an empty ``paid_on``. Lines end in ``\\n``.

    Args:
        invoices: The invoices to write.
        stream: A text stream opened with ``newline=""`` if it is a file.
        header: Whether to write the column names first.

    Returns:
        The number of invoice rows written, not counting the header.
    """
    writer = csv.writer(stream, lineterminator="\n")
    if header:
        writer.writerow(COLUMNS)
    count = 0
    for invoice in sorted(invoices, key=lambda inv: (inv.issued, inv.number)):
        writer.writerow(
            [
                invoice.number,
                invoice.customer,
                invoice.issued.isoformat(),
                invoice.due.isoformat(),
                invoice.currency,
                f"{invoice.subtotal():.2f}",
                f"{invoice.discount:.2f}",
                f"{invoice.tax():.2f}",
                f"{invoice.total:.2f}",
                invoice.paid_on.isoformat() if invoice.paid_on else "",
            ]
        )
        count += 1
    return count


def _decimal(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InvoiceError(f"{where}: amounts must be strings or integers, got {value!r}")
    try:
        return Decimal(value)
    except InvalidOperation as exc:
        raise InvoiceError(f"{where}: not an amount: {value!r}") from exc


def _date(value: Any, where: str) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise InvoiceError(f"{where}: not an ISO date: {value!r}") from exc


def load_invoices(path: Path) -> list[Invoice]:
    """Read invoices from a JSON file.

    The file holds ``{"invoices": [...]}``; each invoice has ``number``, ``customer``,
    ``issued`` and ``due`` (ISO dates), ``lines`` (each with ``description``, ``unit_price``
    as a string such as ``"12.50"`` and an optional ``quantity``), and optionally ``currency``,
    ``tax_rate`` and ``discount`` (strings) and ``paid_on`` (an ISO date or null).

    Args:
        path: The JSON file, UTF-8 encoded.

    Returns:
        The invoices in file order.

    Raises:
        FileNotFoundError: If the file does not exist.
        InvoiceError: If the file is not valid JSON, lacks the ``invoices`` list, an invoice
            lacks a required field or has a bad date or amount, or two invoices share a number.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InvoiceError(f"{path.name}: not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("invoices"), list):
        raise InvoiceError(f"{path.name}: expected an object with an 'invoices' list")
    invoices: list[Invoice] = []
    seen: set[str] = set()
    for position, entry in enumerate(data["invoices"]):
        where = f"{path.name}: invoice #{position + 1}"
        try:
            number, customer = entry["number"], entry["customer"]
            issued, due = _date(entry["issued"], where), _date(entry["due"], where)
            lines = entry["lines"]
        except (KeyError, TypeError) as exc:
            raise InvoiceError(f"{where}: missing field {exc}") from exc
        if number in seen:
            raise InvoiceError(f"{where}: duplicate invoice number {number}")
        seen.add(number)
        invoice = Invoice(
            number,
            customer,
            issued,
            due,
            currency=entry.get("currency", "EUR"),
            tax_rate=_decimal(entry.get("tax_rate", "0"), where),
        )
        for line in lines:
            try:
                invoice.add_line(line["description"], _decimal(line["unit_price"], where), line.get("quantity", 1))
            except (KeyError, TypeError) as exc:
                raise InvoiceError(f"{where}: bad line {line!r}") from exc
        if "discount" in entry:
            invoice.apply_discount(amount=_decimal(entry["discount"], where))
        if entry.get("paid_on") is not None:
            invoice.mark_paid(_date(entry["paid_on"], where))
        invoices.append(invoice)
    return invoices
