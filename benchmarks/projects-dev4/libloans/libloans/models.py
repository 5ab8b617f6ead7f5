from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any


class InvalidIsbnError(ValueError):
    pass


class MemberTier(Enum):
    STUDENT = "student"
    STAFF = "staff"
    PUBLIC = "public"

    @property
    def loan_limit(self) -> int:
        return {"student": 5, "staff": 15, "public": 3}[self.value]


@dataclass(frozen=True)
class Book:
    """A catalogue entry. ``copies`` is the number of physical copies owned."""

    isbn: str
    title: str
    author: str
    year: int
    copies: int = 1

    def __post_init__(self) -> None:
        object.__setattr__(self, "isbn", Book.normalize_isbn(self.isbn))
        if not self.title.strip():
            raise ValueError("title must not be empty")
        if not 1450 <= self.year <= date.today().year + 1:
            raise ValueError(f"implausible publication year {self.year}")
        if self.copies < 0:
            raise ValueError("copies cannot be negative")

    @staticmethod
    def normalize_isbn(raw: str) -> str:
        """Return the 13-digit form of an ISBN-10 or ISBN-13.

        Hyphens and spaces are ignored and an ISBN-10 is converted to its
        ``978`` ISBN-13 equivalent. Raises InvalidIsbnError if the number has
        the wrong length, contains other characters, or its check digit does
        not match.
        """
        digits = raw.replace("-", "").replace(" ", "").upper()
        if len(digits) == 10:
            body, check = digits[:9], digits[9]
            if not body.isdigit() or not (check.isdigit() or check == "X"):
                raise InvalidIsbnError(f"malformed ISBN-10 {raw!r}")
            total = sum((10 - i) * int(d) for i, d in enumerate(body))
            total += 10 if check == "X" else int(check)
            if total % 11:
                raise InvalidIsbnError(f"bad check digit in ISBN-10 {raw!r}")
            digits = "978" + body
            weighted = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
            return digits + str((10 - weighted % 10) % 10)
        if len(digits) == 13 and digits.isdigit():
            weighted = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits))
            if weighted % 10:
                raise InvalidIsbnError(f"bad check digit in ISBN-13 {raw!r}")
            return digits
        raise InvalidIsbnError(f"{raw!r} is not a 10 or 13 digit ISBN")


@dataclass
class Member:
    member_id: str
    name: str
    tier: MemberTier = MemberTier.PUBLIC
    email: str | None = None
    blocked: bool = False

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Member:
        """Build a member from a record as exported by the membership system.

        :param data: Mapping with keys ``id`` and ``name`` and optionally
            ``tier`` (``"student"``, ``"staff"`` or ``"public"``, any case),
            ``email`` and ``blocked``. Empty strings count as missing.
        :returns: A new :class:`Member`.
        :raises KeyError: if ``id`` or ``name`` is missing or empty.
        :raises ValueError: if ``tier`` is not a known tier.
        """
        for key in ("id", "name"):
            if not str(data.get(key) or "").strip():
                raise KeyError(key)
        tier_name = str(data.get("tier") or "public").strip().lower()
        try:
            tier = MemberTier(tier_name)
        except ValueError:
            raise ValueError(f"unknown membership tier {data.get('tier')!r}") from None
        blocked = data.get("blocked", False)
        if isinstance(blocked, str):
            blocked = blocked.strip().lower() in {"1", "true", "yes", "y"}
        return cls(
            member_id=str(data["id"]).strip(),
            name=str(data["name"]).strip(),
            tier=tier,
            email=(str(data.get("email") or "").strip() or None),
            blocked=bool(blocked),
        )


@dataclass
class Loan:
    isbn: str
    member_id: str
    borrowed_on: date
    due_on: date
    renewals: int = 0
    returned_on: date | None = None
