"""Service-level agreement deadlines, by ticket priority."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta

from tickethub.models import Priority, Ticket, TicketStatus

DEFAULT_RESPONSE_TIMES: dict[Priority, timedelta] = {
    Priority.URGENT: timedelta(hours=4),
    Priority.HIGH: timedelta(hours=8),
    Priority.NORMAL: timedelta(hours=24),
    Priority.LOW: timedelta(hours=72),
}

Clock = Callable[[], datetime]


class SLATimer:
    """Tracks resolution deadlines for tickets.

    The clock is injected so that the timer can be driven from tests and from
    the nightly batch job, which replays events with their original timestamps.
    Deadlines are computed once per ticket and then remembered, so raising a
    ticket's priority later does not shorten a deadline the customer was
    already promised.
    """

    def __init__(
        self,
        clock: Clock | None = None,
        response_times: Mapping[Priority, timedelta] | None = None,
    ) -> None:
        self._clock = clock or (lambda: datetime.now(UTC))
        self._response_times = dict(DEFAULT_RESPONSE_TIMES)
        if response_times:
            self._response_times.update(response_times)
        self._deadlines: dict[int, datetime] = {}

    def deadline_for(self, ticket: Ticket) -> datetime:
        """Return the resolution deadline for *ticket*.

        Parameters
        ----------
        ticket : Ticket
            The ticket; its ``created_at`` and ``priority`` fix the deadline the
            first time it is seen.

        Returns
        -------
        datetime
            The moment the ticket breaches its SLA.
        """
        if ticket.id not in self._deadlines:
            self._deadlines[ticket.id] = ticket.created_at + self._response_times[ticket.priority]
        return self._deadlines[ticket.id]

    def time_left(self, ticket: Ticket) -> timedelta:
        """Time until the deadline, negative once it has passed."""
        return self.deadline_for(ticket) - self._clock()

    def is_breached(self, ticket: Ticket) -> bool:
        """Tell whether *ticket* is past its deadline and still unresolved.

        :param ticket: the ticket to check.
        :returns: ``False`` for resolved and closed tickets, whatever the time.
        """
        if ticket.status in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
            return False
        return self.time_left(ticket) < timedelta(0)
