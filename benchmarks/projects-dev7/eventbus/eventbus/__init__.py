"""A small in-process event bus.

Handlers subscribe to shell-style topic patterns (``order.*``), may be plain
functions or coroutines, and never break the publisher: failures end up in
the bus's dead-letter list.
"""

from .bus import EventBus, Subscription, topic_matches
from .events import DeadLetter, Event, EventFormatError
from .orders import InvalidTransition, Order, OrderState, attach_order_handlers
from .retry import RetryError, retry

__all__ = [
    "DeadLetter",
    "Event",
    "EventBus",
    "EventFormatError",
    "InvalidTransition",
    "Order",
    "OrderState",
    "RetryError",
    "Subscription",
    "attach_order_handlers",
    "retry",
    "topic_matches",
]

__version__ = "0.4.0"
