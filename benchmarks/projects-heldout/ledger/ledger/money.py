"""Amounts of money, kept as integer cents."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_AMOUNT = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?$")


@dataclass(frozen=True)
class Transaction:
    when: date
    cents: int  # negative for money going out
    memo: str = ""


def parse_amount(text: str) -> int:
    """Parse a decimal amount such as ``"12.5"``, ``"-3.99"`` or ``"1,250.00"`` into cents.

    Args:
        text: the amount, with at most two decimals; thousands may be separated by commas.

    Returns:
        The amount in cents.

    Raises:
        ValueError: if `text` is not such an amount.
    """
    match = _AMOUNT.match(text.strip())
    if match is None:
        raise ValueError(f"not an amount: {text!r}")
    sign, whole, fraction = match.groups()
    cents = int(whole.replace(",", "")) * 100 + int((fraction or "0").ljust(2, "0"))
    return -cents if sign == "-" else cents


def format_cents(cents: int, currency: str = "EUR") -> str:
    sign = "-" if cents < 0 else ""
    whole, rest = divmod(abs(cents), 100)
    return f"{sign}{whole:,}.{rest:02d} {currency}"
