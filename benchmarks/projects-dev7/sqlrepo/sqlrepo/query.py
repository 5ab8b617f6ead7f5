"""A deliberately small SELECT builder.

Only column names found in a whitelist are ever interpolated into SQL;
every value goes through a ``?`` placeholder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

OPERATORS = frozenset({"=", "!=", "<", "<=", ">", ">=", "LIKE", "IN"})


class Query:
    """Build ``(sql, params)`` tuples for a single table.

    Args:
        table: Table name; must be a plain SQL identifier.
        columns: The columns callers may filter, sort or select on.

    Raises:
        ValueError: If the table name is not an identifier, or if
            ``columns`` is empty or contains a non-identifier.

    The ``where``, ``order_by`` and ``limit`` methods return the query
    itself, so calls can be chained.
    """

    def __init__(self, table: str, columns: Iterable[str]) -> None:
        if not _IDENTIFIER.match(table or ""):
            raise ValueError(f"invalid table name: {table!r}")
        allowed = tuple(dict.fromkeys(columns))
        if not allowed:
            raise ValueError("at least one column must be allowed")
        for column in allowed:
            if not _IDENTIFIER.match(column):
                raise ValueError(f"invalid column name: {column!r}")
        self.table = table
        self.columns = allowed
        self._conditions: list[tuple[str, list[Any]]] = []
        self._order: list[tuple[str, bool]] = []
        self._limit: int | None = None
        self._offset = 0

    def _check_column(self, column: str) -> str:
        if column not in self.columns:
            raise ValueError(f"unknown column {column!r} for table {self.table!r}")
        return column

    def where(self, column: str, value: Any, op: str = "=") -> Query:
        """Add a condition; several conditions are combined with AND.

        :param column: a whitelisted column.
        :param value: compared value. ``None`` with ``=`` or ``!=`` becomes
            ``IS NULL`` / ``IS NOT NULL``; for ``IN`` it must be a non-empty
            sequence (not a string).
        :param op: one of ``=, !=, <, <=, >, >=, LIKE, IN`` (case-insensitive).
        :raises ValueError: for an unknown column or operator, an empty or
            non-sequence ``IN`` value, or ``None`` with any other operator.
        """
        self._check_column(column)
        op = op.strip().upper()
        if op not in OPERATORS:
            raise ValueError(f"unsupported operator: {op!r}")

        if value is None:
            if op == "=":
                self._conditions.append((f"{column} IS NULL", []))
            elif op == "!=":
                self._conditions.append((f"{column} IS NOT NULL", []))
            else:
                raise ValueError(f"cannot compare {column} to NULL with {op}")
            return self

        if op == "IN":
            if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
                raise ValueError("IN needs a list or tuple of values")
            if not value:
                raise ValueError("IN needs at least one value")
            placeholders = ", ".join("?" for _ in value)
            self._conditions.append((f"{column} IN ({placeholders})", list(value)))
            return self

        self._conditions.append((f"{column} {op} ?", [value]))
        return self

    def order_by(self, column: str, descending: bool = False) -> Query:
        """Sort by ``column``. A leading ``-`` (``"-year"``) also means
        descending. Later calls add secondary sort keys; an unknown column
        raises ``ValueError``."""
        if column.startswith("-"):
            column, descending = column[1:], True
        self._order.append((self._check_column(column), descending))
        return self

    def limit(self, count: int, offset: int = 0) -> Query:
        """Restrict the number of rows.

        Args:
            count: Maximum number of rows, zero or more.
            offset: Rows to skip first, zero or more.

        Returns:
            The query, for chaining.

        Raises:
            ValueError: If either number is negative.
            TypeError: If either number is not an int (``bool`` included).
        """
        for name, number in (("count", count), ("offset", offset)):
            if isinstance(number, bool) or not isinstance(number, int):
                raise TypeError(f"{name} must be an int")
            if number < 0:
                raise ValueError(f"{name} must not be negative")
        self._limit = count
        self._offset = offset
        return self

    def build(self, select: Sequence[str] | None = None) -> tuple[str, tuple[Any, ...]]:
        """Render the SELECT statement and its parameters.

        ``select`` defaults to every whitelisted column, and each entry is
        checked against the whitelist too. An OFFSET without a LIMIT is
        rendered as ``LIMIT -1 OFFSET n``, which is how SQLite spells it.
        """
        chosen = list(select) if select is not None else list(self.columns)
        if not chosen:
            raise ValueError("select list must not be empty")
        for column in chosen:
            self._check_column(column)

        sql = f"SELECT {', '.join(chosen)} FROM {self.table}"
        params: list[Any] = []
        if self._conditions:
            sql += " WHERE " + " AND ".join(clause for clause, _ in self._conditions)
            for _, values in self._conditions:
                params.extend(values)
        if self._order:
            sql += " ORDER BY " + ", ".join(
                f"{column} DESC" if desc else f"{column} ASC" for column, desc in self._order
            )
        if self._limit is not None:
            sql += " LIMIT ?"
            params.append(self._limit)
            if self._offset:
                sql += " OFFSET ?"
                params.append(self._offset)
        elif self._offset:
            sql += " LIMIT -1 OFFSET ?"
            params.append(self._offset)
        return sql, tuple(params)
