"""Event records passed around the bus, and the dead-letter record."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any


class EventFormatError(ValueError):
    """Raised when a serialized event cannot be turned back into an Event."""


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _new_id() -> str:
    return uuid.uuid4().hex


@dataclass
class Event:
    """A single message published on a topic.

    Attributes:
        topic: Dotted topic name such as ``order.created``.
        payload: Arbitrary JSON-like data carried by the event.
        id: Unique identifier, generated when not given.
        created_at: Timezone-aware creation time (UTC by default).
    """

    topic: str
    payload: dict[str, Any] = field(default_factory=dict)
    id: str = field(default_factory=_new_id)
    created_at: datetime = field(default_factory=_utcnow)

    def __post_init__(self) -> None:
        if not isinstance(self.topic, str) or not self.topic.strip():
            raise ValueError("event topic must be a non-empty string")
        self.topic = self.topic.strip()

    def to_dict(self) -> dict[str, Any]:
        """Serialize the event to plain Python types.

        The creation time becomes an ISO 8601 string and the payload is
        copied (shallowly), so mutating the result does not touch the event.
        """
        return {
            "id": self.id,
            "topic": self.topic,
            "payload": dict(self.payload),
            "created_at": self.created_at.isoformat(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        """Rebuild an event from the output of :meth:`to_dict`.

        :param data: mapping with at least ``id`` and ``topic`` keys.
        :returns: a new :class:`Event`.
        :raises EventFormatError: if ``id`` or ``topic`` is missing, if the
            payload is not a mapping, or if ``created_at`` is not a valid
            ISO 8601 timestamp.

        A missing ``created_at`` is replaced by the current time, and a naive
        timestamp is assumed to be in UTC.
        """
        missing = [key for key in ("id", "topic") if key not in data]
        if missing:
            raise EventFormatError(f"missing required keys: {', '.join(missing)}")

        raw_ts = data.get("created_at")
        if raw_ts is None:
            created = _utcnow()
        else:
            try:
                created = datetime.fromisoformat(raw_ts)
            except (TypeError, ValueError) as exc:
                raise EventFormatError(f"invalid created_at: {raw_ts!r}") from exc
            if created.tzinfo is None:
                created = created.replace(tzinfo=timezone.utc)

        payload = data.get("payload")
        if payload is None:
            payload = {}
        if not isinstance(payload, dict):
            raise EventFormatError("payload must be a mapping")

        try:
            return cls(
                topic=data["topic"],
                payload=dict(payload),
                id=str(data["id"]),
                created_at=created,
            )
        except ValueError as exc:
            raise EventFormatError(str(exc)) from exc


@dataclass(frozen=True)
class DeadLetter:
    """Record of a handler that failed while processing an event."""

    event: Event
    handler: str
    error: Exception

    def describe(self):
        return (
            f"{self.handler} failed on {self.event.topic}: "
            f"{type(self.error).__name__}: {self.error}"
        )
