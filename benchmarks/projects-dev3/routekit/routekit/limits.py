"""A sliding-window rate limit per client, against an injected clock."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    """At most ``limit`` requests per key in any ``window`` seconds."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        if limit < 1:
            raise ValueError(f"limit must be at least 1, got {limit}")
        if window <= 0:
            raise ValueError(f"window must be positive, got {window}")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}

    def _prune(self, key: str, now: float) -> deque[float]:
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        return hits

    def allow(self, key: str) -> bool:
        """Record a request for a key if the limit allows it.

        A request made exactly ``window`` seconds after an earlier one no longer counts that
        earlier one. Refused requests are not recorded.

        Args:
            key: Who is asking, usually the client address or an API key.

        Returns:
            True if the request is allowed (and now counts), False if the key is over its limit.
        """
        now = self._clock()
        hits = self._prune(key, now)
        if len(hits) >= self.limit:
            return False
        hits.append(now)
        if len(self._hits) > 10 * self.limit:
            for other in [k for k, v in self._hits.items() if not v and k != key]:
                del self._hits[other]
        return True

    def retry_after(self, key: str) -> float:
        """Seconds until a key may make its next request.

        Args:
            key: As given to ``allow``.

        Returns:
            0.0 if a request would be allowed now, otherwise the time until the oldest counted
            request leaves the window.
        """
        now = self._clock()
        hits = self._prune(key, now)
        if len(hits) < self.limit:
            return 0.0
        return max(0.0, hits[0] + self.window - now)
