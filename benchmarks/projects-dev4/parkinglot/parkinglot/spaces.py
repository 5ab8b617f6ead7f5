"""Parking spaces, tickets and the lot that hands them out."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from enum import Enum


class TicketOpenError(ValueError):
    """The ticket has no exit time yet."""


def _normalize_plate(plate: str) -> str:
    normalized = "".join(plate.split()).replace("-", "").upper()
    if not normalized:
        raise ValueError("licence plate must not be empty")
    return normalized


@dataclass
class Ticket:
    ticket_id: str
    plate: str
    space_id: str
    entered_at: datetime
    exited_at: datetime | None = None
    paid_amount: Decimal | None = None

    def __post_init__(self) -> None:
        self.plate = _normalize_plate(self.plate)
        if self.exited_at is not None and self.exited_at < self.entered_at:
            raise ValueError("exit time is before entry time")

    @property
    def duration(self) -> timedelta:
        """Time between entry and exit.

        Raises:
            TicketOpenError: If the vehicle has not left yet.
        """
        if self.exited_at is None:
            raise TicketOpenError(f"ticket {self.ticket_id} is still open")
        return self.exited_at - self.entered_at


class SpaceSize(Enum):
    SMALL = 1  # motorbikes, scooters
    MEDIUM = 2  # ordinary cars
    LARGE = 3  # vans, campers


class LotFullError(Exception):
    """No free space is big enough for the vehicle."""


class UnknownTicketError(KeyError):
    """The ticket is not (or no longer) active in this lot."""


@dataclass(frozen=True)
class Space:
    space_id: str
    size: SpaceSize
    level: int = 0

    def __post_init__(self) -> None:
        if not self.space_id or not self.space_id.strip():
            raise ValueError("space_id must not be empty")
        if not isinstance(self.size, SpaceSize):
            raise TypeError(f"size must be a SpaceSize, got {self.size!r}")
        if self.level < 0:
            raise ValueError("level must not be negative")


class ParkingLot:
    """A set of spaces; vehicles get the smallest free space they fit in."""

    def __init__(
        self, spaces: Iterable[Space], *, clock: Callable[[], datetime] = datetime.now
    ) -> None:
        self.spaces: list[Space] = list(spaces)
        if not self.spaces:
            raise ValueError("a parking lot needs at least one space")
        ids = [space.space_id for space in self.spaces]
        if len(set(ids)) != len(ids):
            raise ValueError("space ids must be unique")
        self._clock = clock
        self._active: dict[str, Ticket] = {}
        self._numbers = itertools.count(1)

    def __len__(self) -> int:
        return len(self._active)

    def __iter__(self) -> Iterator[Ticket]:
        return iter(self._active.values())

    def _occupied_ids(self) -> set[str]:
        return {ticket.space_id for ticket in self._active.values()}

    def park(self, plate: str, size: SpaceSize = SpaceSize.MEDIUM) -> Ticket:
        """Assign a space to a vehicle and issue a ticket stamped with the current time.

        :param plate: licence plate of the vehicle
        :param size: the smallest space size the vehicle fits in
        :returns: the new, open ticket
        :raises LotFullError: if no free space of ``size`` or bigger is left
        :raises ValueError: if the vehicle is already parked here
        """
        ticket = Ticket("pending", plate, "pending", self._clock())
        if any(active.plate == ticket.plate for active in self._active.values()):
            raise ValueError(f"{ticket.plate} is already parked")
        occupied = self._occupied_ids()
        candidates = [
            space
            for space in self.spaces
            if space.space_id not in occupied and space.size.value >= size.value
        ]
        if not candidates:
            raise LotFullError(f"no free {size.name.lower()} space for {ticket.plate}")
        space = min(candidates, key=lambda s: (s.size.value, s.level, s.space_id))
        ticket.ticket_id = f"T{next(self._numbers):05d}"
        ticket.space_id = space.space_id
        self._active[ticket.ticket_id] = ticket
        return ticket

    def leave(self, ticket_id: str) -> Ticket:
        """Close a ticket and free its space. Raises UnknownTicketError if the ticket is not active."""
        try:
            ticket = self._active.pop(ticket_id)
        except KeyError:
            raise UnknownTicketError(ticket_id) from None
        ticket.exited_at = self._clock()
        return ticket
