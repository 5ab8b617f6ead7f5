"""Turning stock rows into reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO


@dataclass(frozen=True)
class Row:
    """One stock line: SKU, category and units."""

    sku: str
    category: str
    units: int


def parse_line(line: str) -> Row:
    """A `sku;category;units` line as a Row (surrounding spaces ignored).

    Raises ValueError when the line does not have three fields or units is not an integer.
    """
    parts = [p.strip() for p in line.split(";")]
    if len(parts) != 3:
        raise ValueError(f"expected 3 fields: {line!r}")
    return Row(parts[0], parts[1], int(parts[2]))


def read_rows(stream: TextIO) -> list[Row]:
    """Every non-blank, non-comment (#) line of `stream` as a Row."""
    return [parse_line(line) for line in stream if line.strip() and not line.lstrip().startswith("#")]


def totals_by_category(rows: list[Row]) -> dict[str, int]:
    """Units per category, categories in alphabetical order."""
    totals: dict[str, int] = {}
    for row in rows:
        totals[row.category] = totals.get(row.category, 0) + row.units
    return dict(sorted(totals.items()))
