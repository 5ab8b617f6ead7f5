"""In-process publish/subscribe bus with shell-style wildcard topics."""

from __future__ import annotations

import inspect
from fnmatch import fnmatchcase
from typing import Any, Callable

from .events import DeadLetter, Event

Handler = Callable[[Event], Any]


def topic_matches(pattern: str, topic: str) -> bool:
    """Return True when ``topic`` matches the shell-style ``pattern``.

    Matching is case-sensitive. As with :mod:`fnmatch`, ``*`` matches any
    run of characters including dots, so ``order.*`` also matches
    ``order.item.added``. An empty pattern or an empty topic never matches.
    """
    if not pattern or not topic:
        return False
    return fnmatchcase(topic, pattern)


def _handler_name(handler: Handler) -> str:
    return getattr(handler, "__qualname__", None) or repr(handler)


class Subscription:
    """Handle returned by :meth:`EventBus.subscribe`.

    It can be used as a context manager: leaving the ``with`` block
    unsubscribes the handler, whether or not the block raised. Cancelling
    more than once is harmless.
    """

    def __init__(self, bus: EventBus, pattern: str, handler: Handler) -> None:
        self._bus = bus
        self.pattern = pattern
        self.handler = handler
        self.active = True

    def cancel(self) -> bool:
        """Stop receiving events.

        Returns:
            True if the handler was removed by this call, False if the
            subscription was already inactive.
        """
        if not self.active:
            return False
        return self._bus.unsubscribe(self)

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        self.cancel()
        return False

    def __repr__(self) -> str:
        state = "active" if self.active else "cancelled"
        return f"<Subscription {self.pattern!r} -> {_handler_name(self.handler)} ({state})>"


class EventBus:
    """Dispatches events to every handler whose pattern matches the topic.

    Handlers run in subscription order. An exception raised by a handler is
    never propagated to the publisher; it is appended to
    :attr:`dead_letters` instead and the remaining handlers still run.

    Args:
        max_dead_letters: Keep at most this many dead letters, dropping the
            oldest first. ``None`` keeps everything.
    """

    def __init__(self, max_dead_letters: int | None = None) -> None:
        if max_dead_letters is not None and max_dead_letters < 0:
            raise ValueError("max_dead_letters must be >= 0")
        self._subscriptions: list[Subscription] = []
        self.dead_letters: list[DeadLetter] = []
        self.max_dead_letters = max_dead_letters

    @property
    def subscriber_count(self) -> int:
        return len(self._subscriptions)

    def subscribe(self, pattern: str, handler: Handler) -> Subscription:
        """Register ``handler`` for every topic matching ``pattern``.

        Args:
            pattern: Shell-style pattern, e.g. ``"order.*"`` or ``"*"``.
            handler: Callable taking the :class:`Event`; may be a coroutine
                function, in which case only :meth:`publish_async` can run it.

        Returns:
            The new :class:`Subscription`.

        Raises:
            ValueError: If the pattern is empty or only whitespace.
            TypeError: If the handler is not callable.
        """
        if not isinstance(pattern, str) or not pattern.strip():
            raise ValueError("pattern must be a non-empty string")
        if not callable(handler):
            raise TypeError(f"handler must be callable, got {type(handler).__name__}")
        subscription = Subscription(self, pattern.strip(), handler)
        self._subscriptions.append(subscription)
        return subscription

    def on(self, pattern: str):
        """Decorator form of :meth:`subscribe`.

        The decorated function is returned unchanged, so it can still be
        called directly; the subscription itself is not returned.
        """

        def decorator(func: Handler) -> Handler:
            self.subscribe(pattern, func)
            return func

        return decorator

    def unsubscribe(self, subscription: Subscription) -> bool:
        if subscription not in self._subscriptions:
            return False
        self._subscriptions.remove(subscription)
        subscription.active = False
        return True

    def handlers_for(self, topic: str) -> list[Handler]:
        """Handlers that would receive an event on ``topic``, in call order."""
        return [s.handler for s in self._subscriptions if topic_matches(s.pattern, topic)]

    def publish(self, event: Event | str, payload: dict[str, Any] | None = None) -> int:
        """Deliver an event synchronously to all matching handlers.

        :param event: an :class:`Event`, or a topic string from which a new
            event is built with ``payload``.
        :param payload: only allowed together with a topic string.
        :returns: the number of handlers that completed without error.
        :raises ValueError: if ``payload`` is given together with an
            :class:`Event`.

        Coroutine handlers cannot be awaited here; each one is recorded as a
        dead letter with a ``TypeError`` and skipped.
        """
        event = self._coerce(event, payload)
        delivered = 0
        for handler in self.handlers_for(event.topic):
            if inspect.iscoroutinefunction(handler):
                self._record_failure(
                    event,
                    handler,
                    TypeError("async handler requires publish_async()"),
                )
                continue
            try:
                result = handler(event)
            except Exception as exc:  # noqa: BLE001 - handlers must not break publishing
                self._record_failure(event, handler, exc)
                continue
            if inspect.isawaitable(result):
                # A sync callable that returned a coroutine: close it so no
                # "never awaited" warning leaks, and report it.
                close = getattr(result, "close", None)
                if close is not None:
                    close()
                self._record_failure(
                    event,
                    handler,
                    TypeError("handler returned an awaitable; use publish_async()"),
                )
                continue
            delivered += 1
        return delivered

    async def publish_async(
        self, event: Event | str, payload: dict[str, Any] | None = None
    ) -> int:
        """Deliver an event, awaiting coroutine handlers one after another.

        Plain handlers are called directly. Failures are collected in
        :attr:`dead_letters` exactly as in :meth:`publish`.

        Returns:
            The number of handlers that completed without error.
        """
        event = self._coerce(event, payload)
        delivered = 0
        for handler in self.handlers_for(event.topic):
            try:
                result = handler(event)
                if inspect.isawaitable(result):
                    await result
            except Exception as exc:  # noqa: BLE001
                self._record_failure(event, handler, exc)
                continue
            delivered += 1
        return delivered

    def clear_dead_letters(self):
        drained = list(self.dead_letters)
        self.dead_letters.clear()
        return drained

    def _coerce(self, event: Event | str, payload: dict[str, Any] | None) -> Event:
        if isinstance(event, Event):
            if payload is not None:
                raise ValueError("payload cannot be combined with an Event instance")
            return event
        return Event(topic=event, payload=dict(payload or {}))

    def _record_failure(self, event: Event, handler: Handler, error: Exception) -> None:
        self.dead_letters.append(DeadLetter(event, _handler_name(handler), error))
        if self.max_dead_letters is not None:
            overflow = len(self.dead_letters) - self.max_dead_letters
            if overflow > 0:
                del self.dead_letters[:overflow]
