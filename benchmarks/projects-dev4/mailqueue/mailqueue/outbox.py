from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterator
from contextlib import contextmanager

from mailqueue.message import Message, Priority


class EmptyOutboxError(LookupError):
    """Raised when taking a message from an outbox that has none."""


class Outbox:
    """A priority queue of messages waiting to be delivered.

    Messages with a higher priority come out first; messages of equal
    priority come out in the order they were pushed.
    """

    def __init__(self) -> None:
        self._heap: list[tuple[int, int, Message]] = []
        self._counter = itertools.count()

    def __len__(self) -> int:
        return len(self._heap)

    def __iter__(self) -> Iterator[Message]:
        for _, _, message in sorted(self._heap):
            yield message

    def push(self, message: Message, priority: Priority | None = None) -> None:
        """Queue a message, optionally overriding its own priority."""
        rank = (priority or message.priority).value
        heapq.heappush(self._heap, (rank, next(self._counter), message))

    def pop(self) -> Message:
        if not self._heap:
            raise EmptyOutboxError("outbox is empty")
        return heapq.heappop(self._heap)[2]

    @contextmanager
    def reserve(self, count: int = 1) -> Iterator[list[Message]]:
        """Take up to ``count`` messages for delivery, putting them back on failure.

        The messages are removed from the outbox for the duration of the
        ``with`` block. If the block raises, they are pushed back with their
        original priority (and behind anything of equal priority queued in the
        meantime) and the exception propagates.

        Args:
            count: Maximum number of messages to take. Must be positive.

        Yields:
            The reserved messages, highest priority first. The list is empty
            when the outbox is empty.

        Raises:
            ValueError: If ``count`` is less than 1.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        taken = [heapq.heappop(self._heap) for _ in range(min(count, len(self._heap)))]
        try:
            yield [entry[2] for entry in taken]
        except BaseException:
            for rank, _, message in taken:
                heapq.heappush(self._heap, (rank, next(self._counter), message))
            raise
