"""Domain records stored by the repository."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

BOOK_COLUMNS = ("id", "title", "author_id", "year", "isbn")
AUTHOR_COLUMNS = ("id", "name", "country")


def _row_values(row: Any, columns: Sequence[str]) -> dict[str, Any]:
    """Map a ``sqlite3.Row``, a mapping or a plain tuple onto column names."""
    if hasattr(row, "keys"):
        keys = set(row.keys())
        missing = [c for c in columns if c not in keys]
        if missing:
            raise ValueError(f"row is missing columns: {', '.join(missing)}")
        return {c: row[c] for c in columns}
    if isinstance(row, Sequence) and not isinstance(row, (str, bytes)):
        if len(row) != len(columns):
            raise ValueError(f"expected {len(columns)} values, got {len(row)}")
        return dict(zip(columns, row))
    raise TypeError(f"cannot build a record from {type(row).__name__}")


@dataclass(frozen=True)
class Author:
    name: str
    country: str | None = None
    id: int | None = None

    @classmethod
    def from_row(cls, row):
        values = _row_values(row, AUTHOR_COLUMNS)
        return cls(name=values["name"], country=values["country"], id=values["id"])


@dataclass(frozen=True)
class Book:
    """A book in the catalogue.

    Instances are immutable; use :func:`dataclasses.replace` to derive an
    updated copy. ``id`` is ``None`` until the book has been stored.

    Raises ``ValueError`` on construction when the title is blank or the
    year is outside 1450..2100.
    """

    title: str
    author_id: int
    year: int | None = None
    isbn: str | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if not self.title or not self.title.strip():
            raise ValueError("title must not be blank")
        if self.year is not None and not 1450 <= self.year <= 2100:
            raise ValueError(f"implausible publication year: {self.year}")

    @classmethod
    def from_row(cls, row: Mapping[str, Any] | Sequence[Any]) -> Book:
        """Build a book from a database row.

        Args:
            row: A ``sqlite3.Row`` (or any mapping) keyed by column name, or
                a plain tuple in ``BOOK_COLUMNS`` order.

        Returns:
            The corresponding :class:`Book`.

        Raises:
            ValueError: If columns are missing or the tuple has the wrong
                length.
            TypeError: If ``row`` is neither a mapping nor a sequence.
        """
        values = _row_values(row, BOOK_COLUMNS)
        return cls(**values)

    @staticmethod
    def normalize_isbn(raw: str) -> str:
        """Strip spaces and hyphens from an ISBN and validate its shape.

        :param raw: an ISBN-10 or ISBN-13 as typed by a user.
        :returns: the digits only, with a trailing ``x`` upper-cased.
        :raises ValueError: if the result is not 10 or 13 characters long or
            contains anything other than digits (an ``X`` is accepted only
            as the last character of an ISBN-10).

        Checksums are not verified.
        """
        cleaned = raw.replace("-", "").replace(" ", "").upper()
        if len(cleaned) == 13 and cleaned.isdigit():
            return cleaned
        if len(cleaned) == 10 and cleaned[:9].isdigit() and (cleaned[9].isdigit() or cleaned[9] == "X"):
            return cleaned
        raise ValueError(f"not a valid ISBN: {raw!r}")

    @property
    def label(self) -> str:
        """Human-readable title, with the year in parentheses when known."""
        title = self.title.strip()
        return f"{title} ({self.year})" if self.year is not None else title

    def to_params(self) -> dict[str, Any]:
        return asdict(self)
