"""Exponential backoff and a retry loop for coroutines."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]


class RetryError(Exception):
    """Every attempt failed; ``last`` is the exception of the final attempt."""

    def __init__(self, attempts: int, last: BaseException) -> None:
        super().__init__(f"gave up after {attempts} attempts: {last!r}")
        self.attempts = attempts
        self.last = last


@dataclass
class Backoff:
    """How long to wait between attempts: ``base * factor ** (attempt - 1)``, capped at ``max_delay``.

    Attributes:
        base: Delay after the first failed attempt, in seconds.
        factor: Multiplier applied for every further attempt.
        max_delay: Upper bound of any single delay, in seconds.
        max_attempts: Attempts made in total before giving up.
    """

    base: float = 0.5
    factor: float = 2.0
    max_delay: float = 30.0
    max_attempts: int = 5

    def delay(self, attempt: int) -> float:
        """The delay to wait after failed attempt number ``attempt`` (counting from 1).

        Raises:
            ValueError: If ``attempt`` is less than 1.
        """
        if attempt < 1:
            raise ValueError(f"attempts are counted from 1, got {attempt}")
        return min(self.max_delay, self.base * self.factor ** (attempt - 1))

    def delays(self) -> list[float]:
        return [self.delay(attempt) for attempt in range(1, self.max_attempts)]


async def retry(
    operation: Callable[[], Awaitable[T]],
    backoff: Backoff,
    *,
    retry_on: tuple[type[BaseException], ...] = (Exception,),
    sleep: Sleep = asyncio.sleep,
) -> T:
    """Await ``operation()`` until it succeeds, sleeping between attempts as ``backoff`` says.

    Args:
        operation: A coroutine function taking no arguments; it is called once per attempt.
        backoff: The delays and the number of attempts.
        retry_on: Exception types that cause another attempt. Anything else propagates at once.
        sleep: Coroutine function awaited with each delay (``asyncio.sleep`` in production).

    Returns:
        What the first successful attempt returned.

    Raises:
        RetryError: If all ``backoff.max_attempts`` attempts raised one of ``retry_on``.
        ValueError: If ``backoff.max_attempts`` is less than 1.
    """
    if backoff.max_attempts < 1:
        raise ValueError("max_attempts must be at least 1")
    for attempt in range(1, backoff.max_attempts + 1):
        try:
            return await operation()
        except retry_on as error:
            if attempt == backoff.max_attempts:
                raise RetryError(attempt, error) from error
            await sleep(backoff.delay(attempt))
    raise AssertionError("unreachable")
