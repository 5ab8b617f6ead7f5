"""Writing reports to files and streams."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import TextIO

from textreport.table import Table
from textreport.text import slugify


def write_report(table: Table, directory: Path, title: str, day: date) -> Path:
    """Write the table as a text report in ``directory``, named after the title and the day.

    The file is ``<day>-<slug of title>.txt`` (for example ``2026-03-02-weekly-sales.txt``)
    and holds the title, a blank line and the rendered table. The directory is created if
    needed; an existing report of the same name is overwritten.

    Args:
        table: The table to write.
        directory: Where the report goes.
        title: The report's title.
        day: The day the report is about.

    Returns:
        The path of the written file.

    Raises:
        ValueError: If the title gives an empty slug.
    """
    slug = slugify(title)
    if not slug:
        raise ValueError(f"title {title!r} has no letters or digits")
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{day.isoformat()}-{slug}.txt"
    path.write_text(f"{title}\n\n{table.render()}", encoding="utf-8")
    return path


def write_csv(table: Table, stream: TextIO, header: bool = True) -> int:
    """Write the table's cells as CSV to an open text stream.

    Args:
        table: The table to write.
        stream: Where to write; it is not closed.
        header: Whether to write the column titles first.

    Returns:
        The number of data rows written (the header is not counted).
    """
    writer = csv.writer(stream, lineterminator="\n")
    if header:
        writer.writerow([column.title for column in table.columns])
    writer.writerows(table.rows)
    return len(table.rows)
