"""Dataclasses produced by the importer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TypedDict

from csvimport.parsing import ParseError, Permission, parse_date, parse_money, parse_permissions


class RawRow(TypedDict, total=False):
    """One CSV row after column mapping: canonical column name -> cell text."""

    name: str
    email: str
    amount: str
    currency: str
    joined: str
    permissions: str
    tags: str


class MissingFieldError(ParseError):
    """A required column is absent or blank in a row."""


def _required(row: RawRow, column: str) -> str:
    value = (row.get(column) or "").strip()  # type: ignore[misc]
    if not value:
        raise MissingFieldError(f"missing required value for {column!r}", column)
    return value


@dataclass(frozen=True)
class Money:
    """An amount of money in a single currency.

    Args:
        amount: The amount. Ints and strings are converted to ``Decimal``;
            floats are rejected because they cannot represent cents exactly.
        currency: Three-letter upper-case ISO code such as ``"EUR"``.

    Raises:
        ValueError: If the currency code is malformed.
        TypeError: If *amount* is a float or another unsupported type.
    """

    amount: Decimal
    currency: str = "EUR"

    def __post_init__(self) -> None:
        if isinstance(self.amount, float) or not isinstance(self.amount, (Decimal, int, str)):
            raise TypeError(f"amount must be Decimal, int or str, not {type(self.amount).__name__}")
        if not isinstance(self.amount, Decimal):
            object.__setattr__(self, "amount", Decimal(self.amount))
        if len(self.currency) != 3 or not self.currency.isalpha() or not self.currency.isupper():
            raise ValueError(f"invalid currency code: {self.currency!r}")

    def __add__(self, other: object) -> "Money":
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.amount + other.amount, self.currency)

    @property
    def is_negative(self) -> bool:
        return self.amount < 0


@dataclass
class Record:
    """A named contact row.

    ``name`` has its inner whitespace collapsed and ``key`` is derived from
    the e-mail address (stripped and lower-cased) after initialisation; it is
    used to detect duplicate rows.
    """

    name: str
    email: str
    row_number: int = 0
    tags: list[str] = field(default_factory=list)
    key: str = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.name = " ".join(self.name.split())
        self.email = self.email.strip()
        self.key = self.email.lower()

    @staticmethod
    def split_tags(text: str | None) -> list[str]:
        """Split a tag cell on commas or pipes.

        Tags are stripped and lower-cased, blanks are dropped and duplicates
        removed while keeping the first occurrence's position. ``None`` and
        empty text give an empty list.
        """
        if not text:
            return []
        tags: list[str] = []
        for part in text.replace("|", ",").split(","):
            tag = part.strip().lower()
            if tag and tag not in tags:
                tags.append(tag)
        return tags

    @classmethod
    def from_row(cls, row: RawRow, row_number: int = 0) -> "Record":
        """Build a record from a mapped row.

        :param row: mapped cell texts; only ``name``, ``email`` and ``tags``
            are used.
        :param row_number: line number in the source file, kept for error
            reporting.
        :raises MissingFieldError: if ``name`` or ``email`` is missing or blank.
        """
        return cls(
            name=_required(row, "name"),
            email=_required(row, "email"),
            row_number=row_number,
            tags=cls.split_tags(row.get("tags")),
        )


@dataclass
class Account(Record):
    """A :class:`Record` with a balance, permissions and a join date."""

    balance: Money = field(default_factory=lambda: Money(Decimal("0.00")))
    permissions: Permission = Permission.NONE
    joined: date | None = None

    @property
    def permission_text(self) -> str:
        return self.permissions.to_text()

    @permission_text.setter
    def permission_text(self, text: str) -> None:
        self.permissions = parse_permissions(text)

    @classmethod
    def from_row(cls, row: RawRow, row_number: int = 0, default_currency: str = "EUR") -> "Account":
        """Build an account from a mapped row, parsing every typed field.

        Blank ``amount`` means a zero balance, blank ``joined`` means no join
        date and blank ``permissions`` means no permissions. The currency
        column, when present and non-blank, overrides *default_currency*.

        Args:
            row: Mapped cell texts.
            row_number: Line number in the source file.
            default_currency: Currency used when the row has none.

        Returns:
            The new account.

        Raises:
            MissingFieldError: If ``name`` or ``email`` is missing or blank.
            ParseError: If the amount, date, permissions or currency cannot be
                parsed. The error's ``column`` names the offending column.
        """
        name = _required(row, "name")
        email = _required(row, "email")
        amount_text = (row.get("amount") or "").strip()
        joined_text = (row.get("joined") or "").strip()
        currency = (row.get("currency") or "").strip().upper() or default_currency
        amount = parse_money(amount_text) if amount_text else Decimal("0.00")
        try:
            balance = Money(amount, currency)
        except ValueError as exc:
            raise ParseError(str(exc), "currency") from exc
        return cls(
            name=name,
            email=email,
            row_number=row_number,
            tags=cls.split_tags(row.get("tags")),
            balance=balance,
            permissions=parse_permissions(row.get("permissions") or ""),
            joined=parse_date(joined_text) if joined_text else None,
        )
