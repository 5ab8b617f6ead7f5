"""Fixed-width text tables."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from textreport.text import truncate

ALIGNMENTS = ("left", "right", "center")


@dataclass
class Column:
    """A table column.

    Attributes:
        title: Header text.
        align: One of "left", "right" or "center".
        max_width: Cells longer than this are truncated; None for no limit.
    """

    title: str
    align: str = "left"
    max_width: int | None = None

    def __post_init__(self) -> None:
        if self.align not in ALIGNMENTS:
            raise ValueError(f"align must be one of {ALIGNMENTS}, got {self.align!r}")
        if self.max_width is not None and self.max_width < 3:
            raise ValueError("max_width must be at least 3")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


@dataclass
class Table:
    """Rows of cells under a header; values are turned into text when they are added."""

    columns: list[Column]
    rows: list[list[str]] = field(default_factory=list)

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]], numeric_right: bool = True) -> Table:
        """Build a table from dictionaries, one row per dictionary.

        The columns are the keys of the first record, in order. A key missing from a later
        record gives an empty cell; keys the first record does not have are ignored. With
        ``numeric_right`` a column whose values are all ints or floats is right-aligned.

        Raises:
            ValueError: If there are no records.
        """
        records = list(records)
        if not records:
            raise ValueError("cannot build a table from no records")
        keys = list(records[0])
        columns = []
        for key in keys:
            values = [record.get(key) for record in records]
            numeric = all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
            columns.append(Column(key, "right" if numeric and numeric_right else "left"))
        table = cls(columns)
        for record in records:
            table.add_row(*(record.get(key) for key in keys))
        return table

    def add_row(self, *values: Any) -> None:
        """Append a row; floats are shown with two decimals and thousands separators, None as empty.

        Raises:
            ValueError: If the number of values differs from the number of columns.
        """
        if len(values) != len(self.columns):
            raise ValueError(f"expected {len(self.columns)} values, got {len(values)}")
        cells = []
        for column, value in zip(self.columns, values, strict=True):
            text = _cell(value)
            if column.max_width is not None:
                text = truncate(text, column.max_width)
            cells.append(text)
        self.rows.append(cells)

    def column_widths(self) -> list[int]:
        """The width of each column: its longest cell or its title, whichever is longer."""
        return [max([len(column.title), *(len(row[i]) for row in self.rows)]) for i, column in enumerate(self.columns)]

    def render(self, gap: int = 2) -> str:
        """The table as text: a header line, a line of dashes, then one line per row.

        Columns are separated by ``gap`` spaces and aligned as their ``Column`` says; trailing
        spaces are removed from every line. The result ends with a newline.
        """
        widths = self.column_widths()
        spacer = " " * gap

        def line(cells: list[str]) -> str:
            parts = []
            for column, width, cell in zip(self.columns, widths, cells, strict=True):
                if column.align == "right":
                    parts.append(cell.rjust(width))
                elif column.align == "center":
                    parts.append(cell.center(width))
                else:
                    parts.append(cell.ljust(width))
            return spacer.join(parts).rstrip()

        lines = [line([c.title for c in self.columns]), spacer.join("-" * w for w in widths)]
        lines.extend(line(row) for row in self.rows)
        return "\n".join(lines) + "\n"
