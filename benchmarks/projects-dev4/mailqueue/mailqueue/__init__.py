"""Outbound e-mail queue: addresses, messages, an outbox and delivery."""

from mailqueue.address import EmailAddress, InvalidAddressError, is_valid_address
from mailqueue.bounces import BounceRecord, parse_bounce_log
from mailqueue.delivery import (
    DeliveryFailedError,
    DomainRateLimiter,
    DrainReport,
    PermanentTransportError,
    TransientTransportError,
    Transport,
    drain_outbox,
    send_with_retry,
)
from mailqueue.message import Message, MissingPlaceholderError, Priority, render_template
from mailqueue.outbox import EmptyOutboxError, Outbox

__all__ = [
    "BounceRecord",
    "DeliveryFailedError",
    "DomainRateLimiter",
    "DrainReport",
    "EmailAddress",
    "EmptyOutboxError",
    "InvalidAddressError",
    "Message",
    "MissingPlaceholderError",
    "Outbox",
    "PermanentTransportError",
    "Priority",
    "TransientTransportError",
    "Transport",
    "drain_outbox",
    "is_valid_address",
    "parse_bounce_log",
    "render_template",
    "send_with_retry",
]
