"""Core ticket model: priorities, statuses and the status workflow."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum, IntEnum
from typing import NamedTuple


class TicketError(Exception):
    """Base class for every error raised by tickethub."""


class InvalidTicket(TicketError, ValueError):
    """Raised when a ticket is created with unusable data."""


class UnknownPriority(TicketError, ValueError):
    pass


class IllegalTransition(TicketError):
    """Raised when a ticket is moved to a status its workflow does not allow."""

    def __init__(self, current: TicketStatus, target: TicketStatus) -> None:
        super().__init__(f"cannot move ticket from {current.value!r} to {target.value!r}")
        self.current = current
        self.target = target


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3
    URGENT = 4

    @classmethod
    def from_string(cls, text: str) -> Priority:
        """Parse a priority as typed by a user or sent by the mail gateway.

        Accepts member names in any case (``"high"``), the short codes used by
        the old helpdesk (``"P1"`` is the most urgent, ``"P4"`` the least) and
        plain digits matching the enum value.

        :param text: the raw priority string.
        :returns: the matching :class:`Priority`.
        :raises UnknownPriority: if ``text`` matches no priority.
        """
        cleaned = text.strip().upper()
        if cleaned in cls.__members__:
            return cls[cleaned]
        if re.fullmatch(r"P[1-4]", cleaned):
            return cls(5 - int(cleaned[1]))
        if cleaned.isdigit() and int(cleaned) in {p.value for p in cls}:
            return cls(int(cleaned))
        raise UnknownPriority(f"unknown priority: {text!r}")


class TicketStatus(Enum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CLOSED = "closed"


# Which statuses a ticket may move to from each status.  Resolved tickets can
# be reopened (back to in_progress) until they are closed; closed is final.
ALLOWED_TRANSITIONS: dict[TicketStatus, frozenset[TicketStatus]] = {
    TicketStatus.OPEN: frozenset({TicketStatus.IN_PROGRESS, TicketStatus.CLOSED}),
    TicketStatus.IN_PROGRESS: frozenset({TicketStatus.OPEN, TicketStatus.RESOLVED}),
    TicketStatus.RESOLVED: frozenset({TicketStatus.IN_PROGRESS, TicketStatus.CLOSED}),
    TicketStatus.CLOSED: frozenset(),
}

MENTION_RE = re.compile(r"(?<![\w@])@([A-Za-z][\w.-]*[A-Za-z0-9_]|[A-Za-z])")


class Comment(NamedTuple):
    author: str
    body: str
    mentions: tuple[str, ...]
    created_at: datetime


def extract_mentions(text: str) -> list[str]:
    """Return the distinct ``@name`` mentions in *text*, lower-cased, in order of first appearance.

    E-mail addresses such as ``bob@example.com`` are not mentions.
    """
    seen: list[str] = []
    for match in MENTION_RE.finditer(text):
        name = match.group(1).lower()
        if name not in seen:
            seen.append(name)
    return seen


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(eq=False)
class Ticket:
    """A customer support ticket.

    Tickets sort by urgency: higher priority first, then the oldest first, so
    ``sorted(queue)`` gives the order agents should work in.
    """

    id: int
    title: str
    description: str = ""
    priority: Priority = Priority.NORMAL
    status: TicketStatus = TicketStatus.OPEN
    tags: set[str] = field(default_factory=set)
    assignee: str | None = None
    created_at: datetime = field(default_factory=_utcnow)
    comments: list[Comment] = field(default_factory=list)
    history: list[tuple[TicketStatus, TicketStatus, datetime]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.title = " ".join(self.title.split())
        if not self.title:
            raise InvalidTicket("ticket title must not be empty")
        if self.id <= 0:
            raise InvalidTicket(f"ticket id must be positive, got {self.id}")
        if isinstance(self.priority, str):
            self.priority = Priority.from_string(self.priority)
        if self.created_at.tzinfo is None:
            raise InvalidTicket("created_at must be timezone-aware")
        self.tags = {tag.strip().lower() for tag in self.tags if tag.strip()}

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Ticket):
            return NotImplemented
        return (-self.priority, self.created_at, self.id) < (-other.priority, other.created_at, other.id)

    def transition_to(self, new_status: TicketStatus, *, at: datetime | None = None) -> None:
        """Move the ticket to ``new_status``, recording the change in ``history``.

        Args:
            new_status: The status to move to.
            at: When the change happened; defaults to the current UTC time.

        Raises:
            IllegalTransition: If the workflow does not allow the move, including
                a "move" to the status the ticket already has.
        """
        if new_status not in ALLOWED_TRANSITIONS[self.status]:
            raise IllegalTransition(self.status, new_status)
        self.history.append((self.status, new_status, at or _utcnow()))
        self.status = new_status

    def add_comment(self, author: str, body: str, *, at: datetime | None = None) -> Comment:
        if not body.strip():
            raise InvalidTicket("comment body must not be empty")
        if self.status is TicketStatus.CLOSED:
            raise TicketError(f"ticket #{self.id} is closed; comments are not accepted")
        comment = Comment(author, body.strip(), tuple(extract_mentions(body)), at or _utcnow())
        self.comments.append(comment)
        return comment
