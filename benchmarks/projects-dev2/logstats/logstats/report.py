"""Writing summaries and following a live log."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable
from datetime import datetime
from pathlib import Path

from logstats.records import Level, LogRecord, ParseError, parse_line
from logstats.stats import count_by_level, latency_summary


def write_summary(records: Iterable[LogRecord], directory: Path, name: str = "summary",
                  generated_at: datetime | None = None) -> Path:
    """Write a JSON summary of ``records`` into ``directory``.

    The report holds the total number of records, the count per level (by level name), the
    first and last timestamps (ISO format, null when there are no records), the latency
    summary, and ``generated_at`` when given. The directory is created if missing, with its
    parents; an existing report of the same name is overwritten.

    Args:
        records: The records to summarise.
        directory: Where to write the report.
        name: The file name, without the ``.json`` suffix.
        generated_at: When the report was made, recorded as given.

    Returns:
        The path of the written file, ``directory / f"{name}.json"``.

    Raises:
        ValueError: If ``name`` is empty or contains a path separator.
    """
    if not name or "/" in name or "\\" in name:
        raise ValueError(f"invalid report name {name!r}")
    records = list(records)
    timestamps = sorted(record.timestamp for record in records)
    report: dict[str, object] = {
        "total": len(records),
        "levels": {level.name: count for level, count in count_by_level(records).items()},
        "first": timestamps[0].isoformat() if timestamps else None,
        "last": timestamps[-1].isoformat() if timestamps else None,
        "latency_ms": latency_summary(records),
    }
    if generated_at is not None:
        report["generated_at"] = generated_at.isoformat()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.json"
    path.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


async def tail(source: AsyncIterator[str], minimum: Level = Level.WARNING, limit: int | None = None,
               on_error: Callable[[ParseError], None] | None = None) -> list[LogRecord]:
    """Follow a stream of log lines and collect the records at or above ``minimum``.

    Blank lines and comment lines are skipped. A malformed line is passed to ``on_error``
    when one is given and skipped otherwise; it never stops the tail. Reading stops when the
    source is exhausted or, when ``limit`` is given, as soon as ``limit`` records have been
    collected (the rest of the source is not read).

    Args:
        source: The lines, for instance from a socket reader or a file being appended to.
        minimum: The lowest level to keep.
        limit: How many records to collect at most; None for no limit.
        on_error: Called with the error for each malformed line.

    Returns:
        The kept records, in the order they were read.

    Raises:
        ValueError: If ``limit`` is negative.
    """
    if limit is not None and limit < 0:
        raise ValueError(f"limit must not be negative, got {limit}")
    collected: list[LogRecord] = []
    if limit == 0:
        return collected
    lineno = 0
    async for line in source:
        lineno += 1
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            record = parse_line(line, lineno)
        except ParseError as error:
            if on_error is not None:
                on_error(error)
            continue
        if record.level < minimum:
            continue
        collected.append(record)
        if limit is not None and len(collected) >= limit:
            break
    return collected
