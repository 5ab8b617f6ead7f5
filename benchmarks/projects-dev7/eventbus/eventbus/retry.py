"""Retry decorator for flaky handlers (network calls, payment gateways...)."""

from __future__ import annotations

import functools
import inspect
import time
from typing import Callable


class RetryError(Exception):
    """Raised when every attempt of a retried call failed.

    The last underlying exception is available as ``last_error`` and is also
    chained as ``__cause__``.
    """

    def __init__(self, attempts: int, last_error: BaseException) -> None:
        super().__init__(f"gave up after {attempts} attempt(s): {last_error!r}")
        self.attempts = attempts
        self.last_error = last_error


def retry(
    times: int,
    delay: float = 0.0,
    sleep: Callable[[float], None] = time.sleep,
    exceptions: tuple[type[BaseException], ...] = (Exception,),
    backoff: float = 1.0,
):
    """Build a decorator that re-runs a function when it raises.

    :param times: total number of attempts, at least 1.
    :param delay: seconds to wait before the second attempt; must not be
        negative.
    :param sleep: function used to wait; pass a fake one in tests.
    :param exceptions: exception types that trigger another attempt. Any
        other exception propagates immediately without retrying.
    :param backoff: factor applied to the delay after each failure, at
        least 1.0.
    :raises ValueError: if ``times`` is below 1, ``delay`` is negative or
        ``backoff`` is below 1.

    The wrapped function raises :class:`RetryError` once all attempts have
    failed. There is no wait after the final attempt, and no wait at all
    when ``delay`` is zero. Coroutine functions are rejected with a
    ``TypeError`` when decorated, since the sleep is blocking.
    """
    if times < 1:
        raise ValueError("times must be at least 1")
    if delay < 0:
        raise ValueError("delay must not be negative")
    if backoff < 1.0:
        raise ValueError("backoff must be >= 1.0")

    def decorator(func):
        if inspect.iscoroutinefunction(func):
            raise TypeError("retry() does not support coroutine functions")

        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            wait = delay
            last_error: BaseException | None = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    last_error = exc
                    if attempt == times:
                        break
                    if wait > 0:
                        sleep(wait)
                    wait *= backoff
            assert last_error is not None
            raise RetryError(times, last_error) from last_error

        wrapper.max_attempts = times
        return wrapper

    return decorator
