from __future__ import annotations

import asyncio
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from mailqueue.message import Message
from mailqueue.outbox import Outbox


class TransientTransportError(Exception):
    """A delivery attempt failed in a way that may succeed later (timeouts, 4xx replies)."""


class PermanentTransportError(Exception):
    """The remote side rejected the message for good (5xx replies)."""


class DeliveryFailedError(Exception):
    """All delivery attempts for a message were used up."""

    def __init__(self, message: Message, attempts: int, last_error: Exception) -> None:
        super().__init__(f"message {message.message_id} failed after {attempts} attempt(s): {last_error}")
        self.message = message
        self.attempts = attempts
        self.last_error = last_error


class Transport(Protocol):
    async def send(self, message: Message) -> str:
        """Hand the message to the mail server and return the server's queue id."""
        ...


@dataclass
class DrainReport:
    sent: dict[str, str] = field(default_factory=dict)
    failed: list[DeliveryFailedError] = field(default_factory=list)
    deferred: list[Message] = field(default_factory=list)


class DomainRateLimiter:
    """Allows at most ``limit`` sends per recipient domain within a sliding window."""

    def __init__(self, limit: int, window: float = 60.0, *, clock: Callable[[], float] = time.monotonic) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        if window <= 0:
            raise ValueError("window must be positive")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._sent: dict[str, deque[float]] = defaultdict(deque)

    def allow(self, domain: str) -> bool:
        """Record a send to ``domain`` if the limit permits it.

        :param domain: Recipient domain; compared case-insensitively.
        :returns: ``True`` if the send is allowed (and has been counted),
            ``False`` if the domain already used its quota for the current window.
        """
        now = self._clock()
        history = self._sent[domain.lower()]
        while history and now - history[0] >= self.window:
            history.popleft()
        if len(history) >= self.limit:
            return False
        history.append(now)
        return True


async def send_with_retry(
    transport: Transport,
    message: Message,
    *,
    attempts: int = 3,
    base_delay: float = 0.5,
    max_delay: float = 30.0,
    sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
) -> str:
    """Send a message, retrying transient failures with exponential backoff.

    The wait before retry ``n`` (counting from 1) is ``base_delay * 2 ** (n - 1)``,
    capped at ``max_delay``. Permanent errors are not retried.

    Args:
        transport: Object whose ``send`` coroutine delivers the message.
        message: The message to deliver.
        attempts: Total number of tries, including the first one.
        base_delay: Delay in seconds before the first retry.
        max_delay: Upper bound for any single delay.
        sleep: Coroutine function used to wait; injectable for tests.

    Returns:
        The queue id reported by the transport.

    Raises:
        ValueError: If ``attempts`` is less than 1.
        DeliveryFailedError: If every attempt failed, or a permanent error
            occurred. The original exception is chained.
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    for attempt in range(1, attempts + 1):
        try:
            return await transport.send(message)
        except PermanentTransportError as exc:
            raise DeliveryFailedError(message, attempt, exc) from exc
        except TransientTransportError as exc:
            if attempt == attempts:
                raise DeliveryFailedError(message, attempt, exc) from exc
            await sleep(min(base_delay * 2 ** (attempt - 1), max_delay))
    raise AssertionError("unreachable")  # pragma: no cover


async def drain_outbox(
    outbox: Outbox,
    transport: Transport,
    *,
    limiter: DomainRateLimiter | None = None,
    **retry_options: Any,
) -> DrainReport:
    """Deliver everything in the outbox; messages over a domain's rate limit are
    put back and reported as deferred. Extra keyword arguments go to
    :func:`send_with_retry`."""
    report = DrainReport()
    while len(outbox):
        message = outbox.pop()
        if limiter is not None:
            domains = {r.domain.lower() for r in message.recipients}
            if not all(limiter.allow(d) for d in sorted(domains)):
                report.deferred.append(message)
                continue
        try:
            report.sent[message.message_id] = await send_with_retry(transport, message, **retry_options)
        except DeliveryFailedError as exc:
            report.failed.append(exc)
    for message in report.deferred:
        outbox.push(message)
    return report
