"""Order lifecycle modelled as a small state machine driven by bus events."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .bus import EventBus
from .events import Event


class OrderState(Enum):
    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class InvalidTransition(Exception):
    """An event was applied to an order in a state that does not accept it."""

    def __init__(self, state: OrderState, event: str) -> None:
        super().__init__(f"cannot apply {event!r} to an order in state {state.value!r}")
        self.state = state
        self.event = event


TRANSITIONS: dict[tuple[OrderState, str], OrderState] = {
    (OrderState.NEW, "pay"): OrderState.PAID,
    (OrderState.NEW, "cancel"): OrderState.CANCELLED,
    (OrderState.PAID, "ship"): OrderState.SHIPPED,
    (OrderState.PAID, "cancel"): OrderState.CANCELLED,
    (OrderState.SHIPPED, "deliver"): OrderState.DELIVERED,
}

FINAL_STATES = frozenset({OrderState.DELIVERED, OrderState.CANCELLED})


@dataclass
class Order:
    """An order and the transitions it went through.

    Each history entry is a ``(previous_state, event, new_state)`` tuple,
    oldest first.
    """

    order_id: str
    state: OrderState = OrderState.NEW
    history: list[tuple[OrderState, str, OrderState]] = field(default_factory=list)

    def transition(self, event: str) -> OrderState:
        """Apply ``event`` and move to the next state.

        Args:
            event: One of ``pay``, ``ship``, ``deliver`` or ``cancel``.
                Surrounding whitespace and case are ignored.

        Returns:
            The new state.

        Raises:
            InvalidTransition: If the event is unknown or not allowed in the
                current state; every event is refused once the order is
                delivered or cancelled. The state and history are left
                unchanged in that case.
        """
        name = event.strip().lower()
        target = TRANSITIONS.get((self.state, name))
        if target is None:
            raise InvalidTransition(self.state, name)
        self.history.append((self.state, name, target))
        self.state = target
        return target

    def allowed_events(self) -> list[str]:
        return sorted(name for (state, name) in TRANSITIONS if state is self.state)

    @property
    def is_final(self) -> bool:
        """Whether the order has reached a state with no way out."""
        return self.state in FINAL_STATES


def attach_order_handlers(bus: EventBus, orders: dict[str, Order], prefix: str = "order"):
    """Keep ``orders`` in sync with ``<prefix>.<event>`` events on ``bus``.

    The event name is the last dotted part of the topic and the order is
    looked up by ``payload["order_id"]``. An unknown order id raises
    ``KeyError`` and an illegal move raises :class:`InvalidTransition`;
    both end up in the bus's dead letters rather than reaching the
    publisher. Returns the registered handler.
    """

    @bus.on(f"{prefix}.*")
    def apply_order_event(event: Event) -> OrderState:
        order_id = event.payload.get("order_id")
        if order_id not in orders:
            raise KeyError(f"unknown order: {order_id!r}")
        return orders[order_id].transition(event.topic.rsplit(".", 1)[-1])

    return apply_order_event
