"""Invoices, numbering, exports and payment reminders for the billing back office."""

from invoicing.export import export_csv, load_invoices
from invoicing.models import AlreadyPaid, Invoice, InvoiceError, LineItem
from invoicing.numbering import InvoiceNumberer, due_date
from invoicing.reminders import Mailer, Reminder, send_reminders

__all__ = [
    "AlreadyPaid",
    "Invoice",
    "InvoiceError",
    "InvoiceNumberer",
    "LineItem",
    "Mailer",
    "Reminder",
    "due_date",
    "export_csv",
    "load_invoices",
    "send_reminders",
]
