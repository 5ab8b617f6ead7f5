"""Time-based LRU cache with an injectable clock."""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable, Hashable

Clock = Callable[[], float]

_MISSING: Any = object()


@dataclass(frozen=True)
class CacheStats:
    """Snapshot of the counters kept by a :class:`TTLCache`."""

    hits: int = 0
    misses: int = 0
    evictions: int = 0
    expirations: int = 0

    @property
    def lookups(self) -> int:
        return self.hits + self.misses

    @property
    def hit_ratio(self) -> float:
        """Fraction of lookups that were hits; 0.0 when nothing was looked up yet."""
        if self.lookups == 0:
            return 0.0
        return self.hits / self.lookups


class TTLCache:
    """A bounded cache whose entries expire after a time-to-live.

    Once ``max_size`` live entries are stored, adding another one evicts the
    least recently used entry (expired entries are dropped first). The clock
    is injected so expiry can be driven deterministically; it must return the
    current time in seconds as a float and never go backwards.

    Args:
        max_size: Maximum number of entries. Must be at least 1.
        ttl: Default lifetime of an entry in seconds, or ``None`` for entries
            that only leave the cache through eviction or deletion.
        clock: Callable returning the current time in seconds.

    Raises:
        ValueError: If ``max_size`` is smaller than 1 or ``ttl`` is not positive.
    """

    def __init__(
        self,
        max_size: int = 128,
        ttl: float | None = 300.0,
        clock: Clock = time.monotonic,
    ) -> None:
        if max_size < 1:
            raise ValueError(f"max_size must be at least 1, got {max_size}")
        if ttl is not None and ttl <= 0:
            raise ValueError(f"ttl must be positive, got {ttl}")
        self.max_size = max_size
        self.default_ttl = ttl
        self._clock = clock
        self._entries: OrderedDict[Hashable, tuple[Any, float | None]] = OrderedDict()
        self._hits = 0
        self._misses = 0
        self._evictions = 0
        self._expirations = 0

    @staticmethod
    def _is_expired(expires_at: float | None, now: float) -> bool:
        return expires_at is not None and now >= expires_at

    def get(self, key: Hashable, default: Any = None) -> Any:
        """Return the value stored under *key*, or *default* if there is none.

        Looking up an expired entry removes it and counts as a miss. A hit
        marks the entry as the most recently used one.
        """
        entry = self._entries.get(key, _MISSING)
        if entry is _MISSING:
            self._misses += 1
            return default
        value, expires_at = entry
        if self._is_expired(expires_at, self._clock()):
            del self._entries[key]
            self._expirations += 1
            self._misses += 1
            return default
        self._entries.move_to_end(key)
        self._hits += 1
        return value

    def set(self, key: Hashable, value: Any, ttl: Any = _MISSING) -> None:
        """Store *value* under *key*, replacing any previous value.

        :param key: any hashable key.
        :param value: the value to cache; ``None`` is a valid value.
        :param ttl: lifetime of this entry in seconds. When omitted the cache's
            default ttl applies; pass ``None`` explicitly for an entry that
            never expires.
        :raises ValueError: if *ttl* is zero or negative.
        """
        if ttl is _MISSING:
            ttl = self.default_ttl
        if ttl is not None and ttl <= 0:
            raise ValueError(f"ttl must be positive, got {ttl}")
        now = self._clock()
        expires_at = None if ttl is None else now + ttl
        if key in self._entries:
            self._entries.move_to_end(key)
        self._entries[key] = (value, expires_at)
        if len(self._entries) > self.max_size:
            self._drop_expired(now)
        while len(self._entries) > self.max_size:
            self._entries.popitem(last=False)
            self._evictions += 1

    def delete(self, key: Hashable) -> bool:
        entry = self._entries.pop(key, _MISSING)
        if entry is _MISSING:
            return False
        if self._is_expired(entry[1], self._clock()):
            self._expirations += 1
            return False
        return True

    def purge_expired(self) -> int:
        """Remove every expired entry and return how many were removed."""
        return self._drop_expired(self._clock())

    def _drop_expired(self, now: float) -> int:
        stale = [k for k, (_, exp) in self._entries.items() if self._is_expired(exp, now)]
        for key in stale:
            del self._entries[key]
        self._expirations += len(stale)
        return len(stale)

    def clear(self) -> None:
        """Drop all entries. Statistics are kept."""
        self._entries.clear()

    def __len__(self) -> int:
        self._drop_expired(self._clock())
        return len(self._entries)

    def __contains__(self, key: object) -> bool:
        """Membership test that neither updates statistics nor LRU order."""
        try:
            entry = self._entries.get(key, _MISSING)  # type: ignore[arg-type]
        except TypeError:
            return False
        if entry is _MISSING:
            return False
        return not self._is_expired(entry[1], self._clock())

    @property
    def stats(self) -> CacheStats:
        """Current hit/miss/eviction counters as an immutable snapshot."""
        return CacheStats(
            hits=self._hits,
            misses=self._misses,
            evictions=self._evictions,
            expirations=self._expirations,
        )

    def reset_stats(self):
        self._hits = self._misses = self._evictions = self._expirations = 0
