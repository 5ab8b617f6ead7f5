"""The waiting queue, ordered by triage level and then by arrival time."""

from __future__ import annotations

import heapq
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from clinicq.patients import Patient


class QueueEmptyError(IndexError):
    """Raised when taking a patient from an empty queue."""


class TicketCounter:
    """Hands out consecutive ticket numbers; safe to share between threads."""

    def __init__(self, start: int = 1) -> None:
        if start < 1:
            raise ValueError("ticket numbers start at 1 or higher")
        self._next = start
        self._lock = threading.Lock()

    def next_number(self) -> int:
        with self._lock:
            number = self._next
            self._next += 1
            return number


@dataclass(frozen=True)
class QueueEntry:
    ticket: int
    patient: Patient
    arrived_at: datetime


class WaitingQueue:
    """Priority queue of waiting patients.

    The most urgent triage level comes first; within a level, patients are
    served in order of arrival, and ties are broken by ticket number.
    """

    def __init__(self, counter: TicketCounter | None = None) -> None:
        self._heap: list[tuple[int, datetime, int, QueueEntry]] = []
        self._counter = counter if counter is not None else TicketCounter()

    def __len__(self) -> int:
        return len(self._heap)

    def __iter__(self) -> Iterator[QueueEntry]:
        """Iterate over the entries in serving order without removing them."""
        return (item[-1] for item in sorted(self._heap))

    def push(self, patient: Patient, arrived_at: datetime, *, ticket: int | None = None) -> QueueEntry:
        """Add a patient to the queue.

        Args:
            patient: The patient who arrived.
            arrived_at: Arrival time; must be timezone-aware.
            ticket: Ticket number to reuse, when restoring a saved queue.
                A new number is drawn from the counter when omitted.

        Returns:
            The queue entry, holding the ticket number.

        Raises:
            ValueError: If ``arrived_at`` is naive or the ticket number is
                already in the queue.
        """
        if arrived_at.utcoffset() is None:
            raise ValueError("arrival time must be timezone-aware")
        if ticket is None:
            ticket = self._counter.next_number()
        elif any(item[2] == ticket for item in self._heap):
            raise ValueError(f"ticket {ticket} is already in the queue")
        entry = QueueEntry(ticket=ticket, patient=patient, arrived_at=arrived_at)
        heapq.heappush(self._heap, (int(patient.triage), arrived_at, ticket, entry))
        return entry

    def pop(self) -> QueueEntry:
        """Remove and return the next patient to be seen.

        Raises QueueEmptyError when nobody is waiting.
        """
        if not self._heap:
            raise QueueEmptyError("no patient is waiting")
        return heapq.heappop(self._heap)[-1]

    def peek(self) -> QueueEntry:
        if not self._heap:
            raise QueueEmptyError("no patient is waiting")
        return self._heap[0][-1]
