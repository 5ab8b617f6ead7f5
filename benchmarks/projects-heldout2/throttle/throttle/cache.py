"""A small in-memory cache whose entries expire after a fixed time to live."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Any


class TTLCache:
    """Entries expire ``ttl`` seconds after they were stored.

    When the cache is full, storing a new key evicts the entry stored longest ago.

    Args:
        ttl: Time to live of every entry, in seconds.
        clock: Returns the current time in seconds (monotonic).
        max_entries: Most entries kept at once.

    Raises:
        ValueError: If ``ttl`` or ``max_entries`` is not positive.
    """

    def __init__(self, ttl: float, clock: Callable[[], float] = time.monotonic, max_entries: int = 1024) -> None:
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        if max_entries <= 0:
            raise ValueError("max_entries must be positive")
        self.ttl = ttl
        self.max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: Hashable, default: Any = None) -> Any:
        """Return the value stored under ``key``, or ``default`` if it is missing or expired.

        An expired entry is removed when it is looked up.
        """
        entry = self._entries.get(key)
        if entry is None:
            return default
        expires, value = entry
        if self._clock() >= expires:
            del self._entries[key]
            return default
        return value

    def set(self, key: Hashable, value: Any) -> None:
        """Store ``value`` under ``key``, replacing any previous value and restarting its ttl."""
        self._entries.pop(key, None)
        if len(self._entries) >= self.max_entries:
            self._entries.popitem(last=False)
        self._entries[key] = (self._clock() + self.ttl, value)

    def purge(self) -> int:
        """Remove every expired entry.

        Returns:
            How many entries were removed.
        """
        now = self._clock()
        expired = [key for key, (expires, _) in self._entries.items() if now >= expires]
        for key in expired:
            del self._entries[key]
        return len(expired)

    async def get_or_load(self, key: Hashable, loader: Callable[[Hashable], Awaitable[Any]]) -> Any:
        """Return the cached value for ``key``, or await ``loader(key)``, cache its result and return it.

        Args:
            key: The cache key.
            loader: Coroutine function that fetches the value when it is not cached.

        Returns:
            The cached or freshly loaded value.

        Raises:
            Whatever ``loader`` raises; nothing is cached in that case.
        """
        sentinel = object()
        value = self.get(key, sentinel)
        if value is sentinel:
            value = await loader(key)
            self.set(key, value)
        return value
