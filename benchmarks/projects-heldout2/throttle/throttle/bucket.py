"""A token bucket per API key: bursts up to the limit, refilled at the sustained rate."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from throttle.rates import Rate

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


class TokenBucket:
    """Tokens refill continuously at ``rate.per_second`` up to ``rate.limit``.

    The bucket starts full. The clock returns monotonic seconds and the sleep coroutine is
    what ``acquire`` awaits while it waits for tokens; both are injected so the gateway can
    share one clock and tests can control time.
    """

    def __init__(self, rate: Rate, clock: Clock = time.monotonic, sleep: Sleep = asyncio.sleep) -> None:
        self.rate = rate
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(rate.limit)
        self._updated = clock()

    def _refill(self) -> None:
        now = self._clock()
        elapsed = max(0.0, now - self._updated)
        self._tokens = min(float(self.rate.limit), self._tokens + elapsed * self.rate.per_second)
        self._updated = now

    def _check(self, tokens: int) -> None:
        if tokens < 1:
            raise ValueError(f"tokens must be at least 1, got {tokens}")
        if tokens > self.rate.limit:
            raise ValueError(f"cannot take {tokens} tokens from a bucket of {self.rate.limit}")

    def try_acquire(self, tokens: int = 1) -> bool:
        """Take tokens if enough are available, without waiting.

        Args:
            tokens: How many tokens the request costs.

        Returns:
            True if the tokens were taken, False if the bucket has too few (nothing is taken).

        Raises:
            ValueError: If ``tokens`` is less than 1 or more than the bucket can ever hold.
        """
        self._check(tokens)
        self._refill()
        if self._tokens >= tokens:
            self._tokens -= tokens
            return True
        return False

    def wait_time(self, tokens: int = 1) -> float:
        """Seconds until ``tokens`` tokens will be available, 0.0 if they are available now.

        Raises:
            ValueError: If ``tokens`` is less than 1 or more than the bucket can ever hold.
        """
        self._check(tokens)
        self._refill()
        missing = tokens - self._tokens
        return 0.0 if missing <= 0 else missing / self.rate.per_second

    async def acquire(self, tokens: int = 1) -> float:
        """Wait until the tokens are available, then take them.

        Args:
            tokens: How many tokens the request costs.

        Returns:
            The total time spent waiting, in seconds (0.0 when no wait was needed).

        Raises:
            ValueError: If ``tokens`` is less than 1 or more than the bucket can ever hold.
        """
        waited = 0.0
        while not self.try_acquire(tokens):
            delay = self.wait_time(tokens)
            await self._sleep(delay)
            waited += delay
        return waited
