"""tickethub - a small support ticket tracker."""

from tickethub.models import (
    Comment,
    IllegalTransition,
    InvalidTicket,
    Priority,
    Ticket,
    TicketError,
    TicketStatus,
    UnknownPriority,
)

__all__ = [
    "Comment",
    "IllegalTransition",
    "InvalidTicket",
    "Priority",
    "Ticket",
    "TicketError",
    "TicketStatus",
    "UnknownPriority",
]
