"""Line items and invoices, with amounts in ``Decimal`` rounded half-up to cents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


class InvoiceError(ValueError):
    """An invoice or one of its lines is invalid, or the operation does not apply to it."""


class AlreadyPaid(InvoiceError):
    """The invoice is paid and can no longer change."""


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class LineItem:
    """One invoice line: a description, a unit price and a whole quantity."""

    description: str
    unit_price: Decimal
    quantity: int = 1

    def __post_init__(self) -> None:
        if not isinstance(self.unit_price, Decimal):
            raise TypeError(f"unit price must be a Decimal, got {type(self.unit_price).__name__}")
        if not self.unit_price.is_finite() or self.unit_price < 0:
            raise InvoiceError(f"unit price must be a non-negative amount, got {self.unit_price}")
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, int) or self.quantity < 1:
            raise InvoiceError(f"quantity must be a positive whole number, got {self.quantity!r}")
        if not self.description.strip():
            raise InvoiceError("a line needs a description")

    @property
    def amount(self) -> Decimal:
        """The line total, unit price times quantity, rounded half-up to cents."""
        return _money(self.unit_price * self.quantity)


class Invoice:
    """An invoice to one customer; lines, discount and payment are added after creation."""

    def __init__(
        self,
        number: str,
        customer: str,
        issued: date,
        due: date,
        currency: str = "EUR",
        tax_rate: Decimal = Decimal("0"),
    ) -> None:
        if due < issued:
            raise InvoiceError(f"invoice {number} is due before it is issued")
        self.number = number
        self.customer = customer
        self.issued = issued
        self.due = due
        self.currency = currency
        self.tax_rate = tax_rate
        self.lines: list[LineItem] = []
        self.discount = Decimal("0.00")
        self.paid_on: date | None = None

    def add_line(self, description: str, unit_price: Decimal | str, quantity: int = 1) -> LineItem:
        """Add a line, or raise the quantity of an identical one.

        A line with the same description and unit price as an existing one is merged into it.

        Args:
            description: What is billed.
            unit_price: A ``Decimal``, or a string such as ``"12.50"``; floats are refused.
            quantity: A positive whole number.

        Returns:
            The new or merged line as it now stands on the invoice.

        Raises:
            AlreadyPaid: If the invoice is paid.
            InvoiceError: If the price is not a number or is negative, the quantity is not a
                positive int, or the description is blank.
            TypeError: If the price is neither a ``Decimal`` nor a string.
        """
        if self.paid_on is not None:
            raise AlreadyPaid(f"invoice {self.number} is paid and cannot change")
        if isinstance(unit_price, str):
            try:
                unit_price = Decimal(unit_price.strip())
            except InvalidOperation as exc:
                raise InvoiceError(f"not an amount: {unit_price!r}") from exc
        line = LineItem(description.strip(), unit_price, quantity)
        for index, existing in enumerate(self.lines):
            if existing.description == line.description and existing.unit_price == line.unit_price:
                merged = LineItem(existing.description, existing.unit_price, existing.quantity + quantity)
                self.lines[index] = merged
                return merged
        self.lines.append(line)
        return line

    def subtotal(self) -> Decimal:
        """The sum of the line amounts before discount and tax.

        Returns:
            The subtotal in cents precision; ``Decimal("0.00")`` for an invoice without lines.
        """
        total = Decimal("0.00")
        for line in self.lines:
            total += line.amount
        return _money(total)

    def tax(self, rate: Decimal | None = None) -> Decimal:
        """The tax on the discounted subtotal.

        Args:
            rate: A fraction such as ``Decimal("0.20")`` for 20 %; the invoice's own
                ``tax_rate`` when None.

        Returns:
            ``(subtotal - discount) * rate``, rounded half-up to cents.

        Raises:
            InvoiceError: If the rate is below 0 or above 1.
        """
        rate = self.tax_rate if rate is None else rate
        if rate < 0 or rate > 1:
            raise InvoiceError(f"tax rate must be between 0 and 1, got {rate}")
        taxable = self.subtotal() - self.discount
        if taxable <= 0:
            return Decimal("0.00")
        return _money(taxable * rate)

    def apply_discount(
        self, amount: Decimal | None = None, percent: Decimal | None = None, cap: Decimal | None = None
    ) -> Decimal:
        """Add a discount, given either as an amount or as a percentage of the subtotal.

        Discounts add up, but the total discount never exceeds the subtotal.

        Args:
            amount: A fixed discount in the invoice currency.
            percent: A percentage of the current subtotal, from 0 to 100.
            cap: The most this discount may take off; no limit when None.

        Returns:
            The discount actually added, after the cap and the subtotal limit, in cents.

        Raises:
            AlreadyPaid: If the invoice is paid.
            InvoiceError: If neither or both of ``amount`` and ``percent`` are given, the amount
                or the cap is negative, or the percentage is outside 0..100.
        """
        if self.paid_on is not None:
            raise AlreadyPaid(f"invoice {self.number} is paid and cannot change")
        if (amount is None) == (percent is None):
            raise InvoiceError("give exactly one of amount and percent")
        if cap is not None and cap < 0:
            raise InvoiceError(f"discount cap cannot be negative, got {cap}")
        if amount is not None:
            if amount < 0:
                raise InvoiceError(f"discount cannot be negative, got {amount}")
            wanted = _money(amount)
        else:
            assert percent is not None
            if percent < 0 or percent > 100:
                raise InvoiceError(f"discount percentage must be between 0 and 100, got {percent}")
            wanted = _money(self.subtotal() * percent / 100)
        if cap is not None:
            wanted = min(wanted, _money(cap))
        room = self.subtotal() - self.discount
        added = max(Decimal("0.00"), min(wanted, room))
        self.discount += added
        return added

    @property
    def total(self) -> Decimal:
        """What the customer owes: subtotal less discount plus tax at the invoice's rate."""
        return _money(self.subtotal() - self.discount + self.tax())

    def mark_paid(self, when: date) -> None:
        """Record the payment of the invoice.

        Args:
            when: The day the payment arrived; it may be after the due date.

        Raises:
            AlreadyPaid: If a payment is already recorded.
            InvoiceError: If the invoice has no lines, or ``when`` is before the issue date.
        """
        if self.paid_on is not None:
            raise AlreadyPaid(f"invoice {self.number} was already paid on {self.paid_on.isoformat()}")
        if not self.lines:
            raise InvoiceError(f"invoice {self.number} has no lines")
        if when < self.issued:
            raise InvoiceError(f"payment on {when.isoformat()} predates the invoice ({self.issued.isoformat()})")
        self.paid_on = when

    def days_overdue(self, today: date) -> int:
        if self.paid_on is not None or today <= self.due:
            return 0
        return (today - self.due).days

    @staticmethod
    def format_money(amount: Decimal, currency: str = "EUR") -> str:
        """Format an amount for display, with thousands separators and two decimals.

        EUR, USD and GBP get their symbol in front (``"€1,234.50"``, ``"-$3.00"``); other
        currencies get their code after the number (``"1,234.50 CHF"``). The amount is
        rounded half-up to cents first, so ``-0.004`` shows as ``"€0.00"``.

        Args:
            amount: The amount; ints are accepted, floats are not.
            currency: An ISO 4217 code, upper-case.

        Returns:
            The formatted amount.

        Raises:
            TypeError: If the amount is a float or not a number.
            ValueError: If the currency is not three upper-case letters.
        """
        if isinstance(amount, bool) or not isinstance(amount, Decimal | int):
            raise TypeError(f"amount must be a Decimal or an int, got {type(amount).__name__}")
        if len(currency) != 3 or not currency.isalpha() or not currency.isupper():
            raise ValueError(f"not a currency code: {currency!r}")
        value = _money(Decimal(amount))
        sign = "-" if value < 0 else ""
        digits = f"{abs(value):,.2f}"
        symbol = SYMBOLS.get(currency)
        if symbol is None:
            return f"{sign}{digits} {currency}"
        return f"{sign}{symbol}{digits}"
