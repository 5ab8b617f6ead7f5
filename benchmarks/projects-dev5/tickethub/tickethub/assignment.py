"""Assigning tickets to agents and escalating them."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Protocol

from tickethub.models import Priority, Ticket, TicketError, TicketStatus

log = logging.getLogger(__name__)


class NoAgentsAvailable(TicketError):
    """Raised when a ticket must be assigned but the rotation is empty."""


class Notifier(Protocol):
    def notify(self, user: str, text: str) -> None: ...


class RoundRobinAssigner:
    """Hands out tickets to agents in turn, skipping nobody.

    The position in the rotation survives between calls, so tickets keep
    being spread evenly over the day.
    """

    def __init__(self, agents: Iterable[str], notifier: Notifier | None = None) -> None:
        self._agents: list[str] = []
        for agent in agents:
            if agent not in self._agents:
                self._agents.append(agent)
        self._next = 0
        self._notifier = notifier

    def assign(self, ticket: Ticket) -> str:
        """Assign *ticket* to the next agent in the rotation and notify them.

        Args:
            ticket: An open ticket. A ticket that already has an assignee keeps
                it and does not advance the rotation.

        Returns:
            The name of the agent now holding the ticket.

        Raises:
            NoAgentsAvailable: If there is nobody in the rotation.
        """
        if ticket.assignee is not None:
            return ticket.assignee
        if not self._agents:
            raise NoAgentsAvailable(f"no agent available for ticket #{ticket.id}")
        agent = self._agents[self._next % len(self._agents)]
        self._next = (self._next + 1) % len(self._agents)
        ticket.assignee = agent
        if self._notifier is not None:
            self._notifier.notify(agent, f"Ticket #{ticket.id} assigned to you: {ticket.title}")
        return agent

    def remove_agent(self, name: str) -> None:
        # The agent who would have been next keeps their turn.
        index = self._agents.index(name)
        del self._agents[index]
        if index < self._next:
            self._next -= 1
        if self._agents:
            self._next %= len(self._agents)
        else:
            self._next = 0


def escalate(
    ticket: Ticket,
    notifier: Notifier,
    *,
    to: str,
    reason: str = "",
    bump_priority: bool = True,
    reassign: bool = False,
    logger: logging.Logger | None = None,
) -> Priority:
    """Escalate a ticket to a supervisor.

    :param ticket: the ticket to escalate; it must not be resolved or closed.
    :param notifier: used to tell ``to`` (and the current assignee, if any).
    :param to: the supervisor's user name.
    :param reason: free text added to the notification.
    :param bump_priority: raise the priority by one level (URGENT stays URGENT).
    :param reassign: give the ticket to the supervisor.
    :param logger: where to log the escalation; defaults to the module logger.
    :returns: the ticket's priority after escalation.
    :raises TicketError: if the ticket is already resolved or closed.
    """
    logger = logger or log
    if ticket.status in (TicketStatus.RESOLVED, TicketStatus.CLOSED):
        raise TicketError(f"ticket #{ticket.id} is {ticket.status.value} and cannot be escalated")
    if bump_priority and ticket.priority < Priority.URGENT:
        ticket.priority = Priority(ticket.priority + 1)
    previous = ticket.assignee
    if reassign:
        ticket.assignee = to
    text = f"Ticket #{ticket.id} escalated ({ticket.priority.name.lower()}): {ticket.title}"
    if reason:
        text += f" - {reason}"
    notifier.notify(to, text)
    if previous and previous != to:
        notifier.notify(previous, text)
    logger.warning("escalated ticket #%d to %s (priority %s)", ticket.id, to, ticket.priority.name)
    return ticket.priority
