"""Searching tickets and building the daily digest."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta

from tickethub.models import Ticket, TicketStatus


def search_tickets(
    tickets: Iterable[Ticket],
    text: str = "",
    *,
    tags: Iterable[str] = (),
    include_closed: bool = False,
    search_comments: bool = False,
) -> Iterator[Ticket]:
    """Yield tickets matching a free-text query and a set of tags.

    Every word of ``text`` must appear (case-insensitively) in the title or
    the description, or in a comment when ``search_comments`` is set. Every
    tag in ``tags`` must be on the ticket. Closed tickets are skipped unless
    ``include_closed`` is true. Tickets come out in the order given.
    """
    words = text.lower().split()
    wanted_tags = {tag.strip().lower() for tag in tags}
    for ticket in tickets:
        if ticket.status is TicketStatus.CLOSED and not include_closed:
            continue
        if not wanted_tags <= ticket.tags:
            continue
        haystack = f"{ticket.title}\n{ticket.description}"
        if search_comments:
            haystack += "\n" + "\n".join(comment.body for comment in ticket.comments)
        haystack = haystack.lower()
        if all(word in haystack for word in words):
            yield ticket


def daily_digest(
    tickets: Iterable[Ticket],
    now: datetime,
    *,
    key: Callable[[Ticket], object] | None = None,
    limit: int = 10,
) -> str:
    """Render the plain-text digest mailed to the support team every morning.

    Args:
        tickets: All known tickets.
        now: The time the digest is produced; the digest covers the 24 hours
            before it.
        key: Sort key for the "still open" list. By default tickets are listed
            in queue order (most urgent, then oldest, first).
        limit: At most this many open tickets are listed.

    Returns:
        The digest text, one item per line.

    Raises:
        ValueError: If ``limit`` is negative.
    """
    if limit < 0:
        raise ValueError("limit must not be negative")
    tickets = list(tickets)
    since = now - timedelta(days=1)
    created = [t for t in tickets if since <= t.created_at <= now]
    resolved = [
        t for t in tickets
        if any(new is TicketStatus.RESOLVED and since <= at <= now for _old, new, at in t.history)
    ]
    still_open = [t for t in tickets if t.status in (TicketStatus.OPEN, TicketStatus.IN_PROGRESS)]
    if key is None:
        still_open.sort()
    else:
        still_open.sort(key=key)
    by_priority = Counter(t.priority for t in still_open)

    open_line = f"Open: {len(still_open)}"
    if by_priority:
        breakdown = ", ".join(f"{p.name.lower()}: {n}" for p, n in sorted(by_priority.items(), reverse=True))
        open_line += f" ({breakdown})"
    lines = [
        f"Digest for {now:%Y-%m-%d}",
        f"New tickets: {len(created)}",
        f"Resolved: {len(resolved)}",
        open_line,
    ]
    for ticket in still_open[:limit]:
        owner = ticket.assignee or "unassigned"
        lines.append(f"  #{ticket.id} [{ticket.priority.name.lower()}] {ticket.title} ({owner})")
    if len(still_open) > limit:
        lines.append(f"  ... and {len(still_open) - limit} more")
    return "\n".join(lines)
