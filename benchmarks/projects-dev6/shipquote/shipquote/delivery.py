"""Delivery date estimates and the shipment event log."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any


def _to_date(value: date | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if "T" in value or " " in value.strip():
        return datetime.fromisoformat(value).date()
    return date.fromisoformat(value)


def estimate_delivery(
    shipped: str,
    business_days: int,
    holidays: Iterable[date | str] = (),
) -> str:
    """Estimate the delivery date of a shipment.

    Counting starts the day after ``shipped``; Saturdays, Sundays and the
    given holidays are not counted.

    Args:
        shipped: ISO 8601 date or date-time when the parcel left the depot;
            only its date part is used.
        business_days: Transit time announced by the carrier, in working days.
        holidays: Non-working days, as dates or ISO 8601 strings.

    Returns:
        The estimated delivery date as an ISO 8601 date string.

    Raises:
        ValueError: If a date cannot be parsed or ``business_days`` is
            smaller than 1.
    """
    if business_days < 1:
        raise ValueError(f"business_days must be at least 1, got {business_days}")
    day = _to_date(shipped)
    closed = {_to_date(h) for h in holidays}
    remaining = business_days
    while remaining:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in closed:
            remaining -= 1
    return day.isoformat()


@dataclass(frozen=True)
class Event:
    kind: str
    at: datetime
    data: dict[str, Any] = field(default_factory=dict)


Observer = Callable[[Event], None]


class EventLog:
    """Records shipment events and notifies the observers subscribed to them."""

    def __init__(self, clock: Callable[[], datetime] | None = None) -> None:
        self._clock = clock or (lambda: datetime.now(UTC))
        self._observers: dict[str, list[Observer]] = {}
        self.history: list[Event] = []

    def subscribe(self, kind: str, observer: Observer) -> Callable[[], None]:
        """Register ``observer`` for events of one kind, or ``"*"`` for all kinds.

        Returns a function that cancels the subscription; calling it twice
        does nothing.
        """
        observers = self._observers.setdefault(kind, [])
        observers.append(observer)

        def unsubscribe() -> None:
            if observer in observers:
                observers.remove(observer)

        return unsubscribe

    def emit(self, kind: str, **data: Any) -> Event:
        """
        Record an event and notify its observers.

        Observers of ``kind`` are called first, then the ``"*"`` observers,
        each in subscription order.

        Parameters
        ----------
        kind : str
            Event name, such as ``"picked_up"`` or ``"delivered"``.
        **data
            Details stored with the event.

        Returns
        -------
        Event
            The recorded event.

        Raises
        ------
        ValueError
            If ``kind`` is empty or is the wildcard ``"*"``.
        """
        if not kind or kind == "*":
            raise ValueError(f"invalid event kind: {kind!r}")
        event = Event(kind, self._clock(), dict(data))
        self.history.append(event)
        for observer in [*self._observers.get(kind, ()), *self._observers.get("*", ())]:
            observer(event)
        return event
