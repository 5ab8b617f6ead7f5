"""Commit records parsed from the text of a ``git log --name-only`` style dump."""

# Layout of one log entry (the Merge header is optional):
#
#     commit 9f1c2ab
#     Merge: 1a2b3c4 5d6e7f8
#     Author: Jane Doe <jane@example.com>
#     Date:   2024-03-01T10:15:00+01:00
#
#         feat(api): add tags endpoint
#
#         Optional body lines.
#
#     src/api/tags.py
#     docs/tags.md

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from fnmatch import fnmatchcase

_AUTHOR_RE = re.compile(r"^(?P<name>[^<>]+?)\s*<(?P<email>[^<>\s]+@[^<>\s]+)>$")


class LogParseError(ValueError):
    """Raised when the log text does not follow the expected layout."""

    def __init__(self, message: str, line_no: int | None = None) -> None:
        self.line_no = line_no
        if line_no is not None:
            message = f"line {line_no}: {message}"
        super().__init__(message)


@dataclass(frozen=True)
class Commit:
    """One commit of the history."""

    sha: str
    author_name: str
    author_email: str
    date: datetime
    subject: str
    body: str = ""
    files: tuple[str, ...] = ()
    parents: tuple[str, ...] = field(default=(), compare=False)

    @property
    def is_merge(self) -> bool:
        return len(self.parents) > 1

    def touches(self, *patterns: str) -> bool:
        """Tell whether the commit changed a file matching any glob pattern.

        Matching is case-sensitive and uses :func:`fnmatch.fnmatchcase`, so
        ``*`` also matches across ``/`` separators.

        :param patterns: one or more glob patterns such as ``"src/*.py"``.
        :returns: ``True`` if at least one changed path matches a pattern.
        :raises ValueError: if no pattern is given.
        """
        if not patterns:
            raise ValueError("at least one pattern is required")
        return any(fnmatchcase(path, pattern) for path in self.files for pattern in patterns)


def _parse_author(value: str, line_no: int) -> tuple[str, str]:
    match = _AUTHOR_RE.match(value.strip())
    if match is None:
        raise LogParseError(f"malformed author {value!r}", line_no)
    return match["name"].strip(), match["email"].lower()


def _parse_date(value: str, line_no: int) -> datetime:
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise LogParseError(f"invalid ISO 8601 date {text!r}", line_no) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise LogParseError(f"date {text!r} has no time zone", line_no)
    return moment


def _parse_entry(lines: list[tuple[int, str]]) -> Commit:
    first_no, first = lines[0]
    sha = first.removeprefix("commit").strip()
    if not re.fullmatch(r"[0-9a-f]{7,40}", sha):
        raise LogParseError(f"invalid commit hash {sha!r}", first_no)

    headers: dict[str, tuple[int, str]] = {}
    index = 1
    while index < len(lines) and lines[index][1].strip():
        line_no, line = lines[index]
        key, sep, value = line.partition(":")
        if not sep:
            raise LogParseError(f"expected a header line, got {line!r}", line_no)
        headers[key.strip().lower()] = (line_no, value)
        index += 1

    for required in ("author", "date"):
        if required not in headers:
            raise LogParseError(f"commit {sha} has no {required.title()} header", first_no)

    name, email = _parse_author(headers["author"][1], headers["author"][0])
    date = _parse_date(headers["date"][1], headers["date"][0])
    parents = tuple(headers["merge"][1].split()) if "merge" in headers else ()

    message: list[str] = []
    files: list[str] = []
    for _line_no, line in lines[index:]:
        if line.startswith("    "):
            message.append(line[4:])
        elif line.strip():
            files.append(line.strip())

    while message and not message[-1].strip():
        message.pop()
    subject = message[0].strip() if message else ""
    body = "\n".join(line.rstrip() for line in message[1:]).strip()
    return Commit(
        sha=sha,
        author_name=name,
        author_email=email,
        date=date,
        subject=subject,
        body=body,
        files=tuple(files),
        parents=parents,
    )


def parse_log(text: str) -> list[Commit]:
    """Parse a whole log dump into commits, in the order they appear.

    Args:
        text: The log text. Leading blank lines are ignored.

    Returns:
        The parsed commits; an empty list for an empty text.

    Raises:
        LogParseError: If a line appears before the first ``commit`` line, or
            an entry has a malformed hash, author, date or header line.
    """
    entries: list[list[tuple[int, str]]] = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        if line.startswith("commit "):
            entries.append([(line_no, line)])
        elif entries:
            entries[-1].append((line_no, line))
        elif line.strip():
            raise LogParseError(f"unexpected text before first commit: {line!r}", line_no)
    return [_parse_entry(entry) for entry in entries]


def commits_between(
    commits: Iterable[Commit],
    since: datetime | None = None,
    until: datetime | None = None,
) -> Iterator[Commit]:
    """Yield the commits dated in the half-open range ``[since, until)``.

    Either bound may be omitted. Dates are compared as instants, so commits
    recorded in different time zones are handled correctly.

    Parameters
    ----------
    commits : iterable of Commit
        The commits to filter; consumed lazily.
    since : datetime, optional
        Inclusive lower bound; must be timezone-aware.
    until : datetime, optional
        Exclusive upper bound; must be timezone-aware.

    Yields
    ------
    Commit
        Each commit inside the range, in input order.

    Raises
    ------
    ValueError
        If a bound is naive, or ``since`` is later than ``until``.
    """
    for bound in (since, until):
        if bound is not None and bound.utcoffset() is None:
            raise ValueError("date bounds must be timezone-aware")
    if since is not None and until is not None and since > until:
        raise ValueError("since must not be later than until")
    for commit in commits:
        if since is not None and commit.date < since:
            continue
        if until is not None and commit.date >= until:
            continue
        yield commit
