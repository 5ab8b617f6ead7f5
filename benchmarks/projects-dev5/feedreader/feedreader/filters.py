"""Deduplicating and filtering entries coming from several feeds."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Iterator
from datetime import datetime

from feedreader.parsing import Entry


def _default_key(entry: Entry) -> Hashable:
    return entry.link or entry.guid or entry.title.casefold()


class Deduplicator:
    """Remembers which entries have been seen, across calls and across feeds.

    Two entries are the same when ``key(entry)`` is equal; by default that is
    the normalized link, falling back to the guid and then the title.
    """

    def __init__(self, key: Callable[[Entry], Hashable] | None = None, *, max_size: int | None = None) -> None:
        if max_size is not None and max_size < 1:
            raise ValueError("max_size must be positive")
        self._key = key or _default_key
        self._max_size = max_size
        # dict rather than set: it keeps insertion order, so the oldest keys can be evicted.
        self._seen: dict[Hashable, None] = {}

    def __len__(self) -> int:
        return len(self._seen)

    def is_new(self, entry: Entry) -> bool:
        """Return True the first time an entry's key is seen, False afterwards."""
        key = self._key(entry)
        if key in self._seen:
            return False
        self._seen[key] = None
        if self._max_size is not None and len(self._seen) > self._max_size:
            del self._seen[next(iter(self._seen))]
        return True

    def filter(self, entries: Iterable[Entry]) -> Iterator[Entry]:
        for entry in entries:
            if self.is_new(entry):
                yield entry


def filter_entries(
    entries: Iterable[Entry],
    *,
    keywords: Iterable[str] = (),
    exclude: Iterable[str] = (),
    since: datetime | None = None,
    until: datetime | None = None,
    search_summary: bool = True,
) -> Iterator[Entry]:
    """Yield the entries that match keyword and date criteria.

    Args:
        entries: Entries to filter, in any order; the order is preserved.
        keywords: If any are given, an entry must contain at least one of them
            as a whole word (case-insensitive) in its title or tags, or in its
            summary when ``search_summary`` is true.
        exclude: Entries containing any of these words are dropped.
        since: Keep only entries published at or after this time.
        until: Keep only entries published before this time.
        search_summary: Whether the summary is searched as well as the title.

    Yields:
        The matching entries. When ``since`` or ``until`` is given, entries
        without a publication date are dropped.

    Raises:
        ValueError: If ``since`` or ``until`` is a naive datetime, or ``since``
            is later than ``until``.
    """
    for bound in (since, until):
        if bound is not None and bound.tzinfo is None:
            raise ValueError("since/until must be timezone-aware")
    if since is not None and until is not None and since > until:
        raise ValueError("since must not be later than until")

    def pattern(words: Iterable[str]) -> re.Pattern[str] | None:
        words = [w.strip() for w in words if w.strip()]
        if not words:
            return None
        return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)

    wanted = pattern(keywords)
    unwanted = pattern(exclude)
    for entry in entries:
        if since is not None or until is not None:
            if entry.published is None:
                continue
            if since is not None and entry.published < since:
                continue
            if until is not None and entry.published >= until:
                continue
        text = " ".join([entry.title, *entry.tags, entry.summary if search_summary else ""])
        if wanted is not None and not wanted.search(text):
            continue
        if unwanted is not None and unwanted.search(text):
            continue
        yield entry
