"""Log lines and the records parsed from them.

A line looks like::

    2024-03-05T14:22:07 [INFO] worker-3: request /orders took 120ms

that is an ISO timestamp (seconds precision, optionally with a ``Z`` or ``+HH:MM`` suffix), the
level in square brackets, an optional source followed by a colon, and the message.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

LINE_PATTERN = re.compile(
    r"^(?P<timestamp>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})?)\s+"
    r"\[(?P<level>[A-Za-z]+)\]\s+"
    r"(?:(?P<source>[\w.-]+):\s+)?"
    r"(?P<message>.*)$"
)

# Names other tools write for the same levels.
_ALIASES = {"WARN": "WARNING", "ERR": "ERROR", "FATAL": "CRITICAL", "CRIT": "CRITICAL"}


class ParseError(ValueError):
    """A line that is not a log record."""

    def __init__(self, message: str, line: str, lineno: int | None = None) -> None:
        where = f"line {lineno}: " if lineno is not None else ""
        super().__init__(f"{where}{message}: {line!r}")
        self.line = line
        self.lineno = lineno


class Level(enum.IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40
    CRITICAL = 50


@dataclass(frozen=True)
class LogRecord:
    """One parsed log line."""

    timestamp: datetime
    level: Level
    message: str
    source: str | None = None


def parse_line(line: str, lineno: int | None = None) -> LogRecord:
    """Parse one log line into a :class:`LogRecord`.

    The level is matched case-insensitively, and the aliases ``WARN``, ``ERR``, ``FATAL`` and
    ``CRIT`` are accepted. A trailing newline is ignored; the message keeps its inner spacing
    but loses trailing whitespace. A timestamp with a ``Z`` suffix is read as UTC.

    Args:
        line: The raw line, as read from the file.
        lineno: Its 1-based number in the file, quoted in the error message when given.

    Returns:
        The record.

    Raises:
        ParseError: If the line does not have the expected shape, the timestamp is not a valid
            date and time, the level is unknown, or the message is empty.
    """
    text = line.rstrip("\r\n")
    match = LINE_PATTERN.match(text)
    if match is None:
        raise ParseError("malformed log line", line, lineno)
    raw_timestamp = match["timestamp"]
    if raw_timestamp.endswith("Z"):
        raw_timestamp = raw_timestamp[:-1] + "+00:00"
    try:
        timestamp = datetime.fromisoformat(raw_timestamp)
    except ValueError:
        raise ParseError(f"invalid timestamp {match['timestamp']!r}", line, lineno) from None
    name = match["level"].upper()
    name = _ALIASES.get(name, name)
    try:
        level = Level[name]
    except KeyError:
        raise ParseError(f"unknown level {match['level']!r}", line, lineno) from None
    message = match["message"].rstrip()
    if not message:
        raise ParseError("empty message", line, lineno)
    return LogRecord(timestamp=timestamp, level=level, message=message, source=match["source"])


def read_log(path: Path, *, strict: bool = True, encoding: str = "utf-8") -> list[LogRecord]:
    """Read every record of a log file, in file order.

    Blank lines and comment lines (whose first non-blank character is ``#``) are skipped.

    Args:
        path: The log file.
        strict: When true, a malformed line raises; when false it is skipped.
        encoding: The file's text encoding.

    Returns:
        The records, possibly none.

    Raises:
        FileNotFoundError: If ``path`` does not exist.
        ParseError: If ``strict`` is true and a line is malformed; the error carries the
            line's 1-based number.
    """
    records: list[LogRecord] = []
    with path.open(encoding=encoding) as handle:
        for lineno, line in enumerate(handle, start=1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            try:
                records.append(parse_line(line, lineno))
            except ParseError:
                if strict:
                    raise
    return records
