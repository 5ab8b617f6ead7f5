"""Appointment reminders sent through a pluggable notifier (SMS gateway, e-mail...)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo
from typing import Protocol

from clinicq.schedule import Appointment


class NotificationError(Exception):
    """Raised by a notifier when one message could not be delivered."""


class Notifier(Protocol):
    async def send(self, phone: str, message: str) -> None:
        """Deliver ``message`` to ``phone``; raise NotificationError if it cannot be delivered."""
        ...


async def send_reminders(
    appointments: Iterable[Appointment],
    notifier: Notifier,
    *,
    now: datetime,
    lead: timedelta = timedelta(hours=24),
    clinic_name: str = "the clinic",
    tz: tzinfo | None = None,
) -> tuple[list[Appointment], list[Appointment]]:
    """Send a reminder for every appointment starting within ``lead`` after ``now``.

    Appointments starting in the interval ``(now, now + lead]`` are
    reminded; the messages are sent concurrently. A ``NotificationError``
    for one message does not stop the others: that appointment is reported
    as failed. Any other exception from the notifier is re-raised.

    :param appointments: the booked appointments.
    :param notifier: object with an async ``send(phone, message)`` method.
    :param now: current time, timezone-aware.
    :param lead: how far ahead to remind.
    :param clinic_name: name used in the message text.
    :param tz: time zone in which the time is written in the message;
        the appointment's own zone when omitted.
    :returns: ``(sent, failed)`` lists of appointments, in start order.
    :raises ValueError: if ``now`` is naive or ``lead`` is not positive.
    """
    if now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    if lead <= timedelta(0):
        raise ValueError("lead must be positive")
    due = sorted(
        (a for a in appointments if now < a.start <= now + lead),
        key=lambda a: a.start,
    )
    messages = []
    for appointment in due:
        local = appointment.start.astimezone(tz) if tz else appointment.start
        messages.append(
            notifier.send(
                appointment.phone,
                f"Reminder: {appointment.patient_name}, your appointment at {clinic_name} "
                f"is on {local:%d.%m.%Y} at {local:%H:%M}.",
            )
        )
    results = await asyncio.gather(*messages, return_exceptions=True)
    sent: list[Appointment] = []
    failed: list[Appointment] = []
    for appointment, result in zip(due, results, strict=True):
        if isinstance(result, NotificationError):
            failed.append(appointment)
        elif isinstance(result, BaseException):
            raise result
        else:
            sent.append(appointment)
    return sent, failed
